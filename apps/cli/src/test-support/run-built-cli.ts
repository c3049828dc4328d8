import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = join(__dirname, '..', '..', 'bin', 'junheng.js');
const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

/**
 * Runs the built CLI (bin/junheng.js -> dist/main.js) as a child process against the given database;
 * `input` is written to its standard input, which is then closed.
 */
export function runBuiltCli(args: readonly string[], databaseUrl: string, input = ''): Promise<CliRun> {
  if (!existsSync(MAIN)) throw new Error(`build the CLI first (npx tsc -p tsconfig.build.json): ${MAIN} is missing`);
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.on('error', () => undefined); // the CLI may exit without reading it
    child.stdin?.end(input);
  });
}
