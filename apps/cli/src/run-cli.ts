import { CommanderError } from 'commander';
import { CliError } from './cli-error';
import { buildProgram } from './program';

/** Runs one command and returns the exit code: 0 on success, 1 on bad input or failure. */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1; // commander has printed the message
    if (error instanceof CliError) {
      process.stderr.write(`错误：${error.zh}\nError: ${error.en}\n${error.details.map((d) => `${d}\n`).join('')}`);
      return 1;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`内部错误 / internal error: ${message}\n`);
    return 1;
  }
}
