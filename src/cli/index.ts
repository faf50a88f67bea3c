#!/usr/bin/env node
import { runCli } from './run-cli.js';

// `llm-arch-lint … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

/** Writes `s`; when the stream's buffer is full, a promise that settles once it drained (or closed). */
function writeStdout(s: string): Promise<void> | undefined {
  if (process.stdout.write(s)) return undefined;
  return new Promise((resolve) => {
    const go = () => {
      process.stdout.off('drain', go);
      process.stdout.off('close', go);
      resolve();
    };
    process.stdout.on('drain', go);
    process.stdout.on('close', go);
  });
}

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: writeStdout,
  stderr: (s) => process.stderr.write(s),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`llm-arch-lint: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
