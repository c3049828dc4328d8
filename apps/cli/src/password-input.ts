import { CliError } from './cli-error';

/**
 * Reads a password from standard input, never from the command line (where `ps` and the shell history
 * would show it): on a terminal a hidden prompt, asked twice; otherwise the first line of stdin.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden(`${prompt}: `);
    const second = await promptHidden('再输入一次 / again: ');
    if (first !== second) throw new CliError('两次输入的密码不一致，未作任何修改', 'the two passwords differ; nothing was changed');
    return first;
  }
  const line = await firstLine(process.stdin);
  if (line === null) {
    throw new CliError(
      '未从标准输入读到密码：在终端上运行以输入密码，或通过管道传入（例如 printf "%s\\n" "$PW" | junheng user add …）',
      'no password on standard input: run it on a terminal to be prompted, or pipe it in',
    );
  }
  return line;
}

/** The first line of a stream (without its line ending), or null when the stream ends before any character. */
function firstLine(stream: NodeJS.ReadStream): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let text = '';
    let done = false;
    const finish = (value: string | null): void => {
      if (done) return;
      done = true;
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
      stream.destroy();
      resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline >= 0) finish(text.slice(0, newline).replace(/\r$/, ''));
      else if (text.length > 64 * 1024) finish(text);
    };
    const onEnd = (): void => finish(text === '' ? null : text.replace(/\r$/, ''));
    const onError = (error: Error): void => {
      if (!done) {
        done = true;
        reject(error);
      }
    };
    stream.setEncoding('utf8');
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

/** A prompt on the terminal whose answer is not echoed; Ctrl-C aborts. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let answer = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    const stop = (): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stop();
          resolve(answer);
          return;
        }
        if (ch === '\u0003') {
          stop();
          reject(new CliError('已取消，未作任何修改', 'cancelled; nothing was changed'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') answer = [...answer].slice(0, -1).join('');
        else if (ch >= ' ') answer += ch;
      }
    };
    stdin.on('data', onData);
  });
}
