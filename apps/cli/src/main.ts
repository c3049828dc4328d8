import { runCli } from './run-cli';

// Entry point of bin/junheng.js. The exit code is set, not forced, so that piped output is flushed.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
