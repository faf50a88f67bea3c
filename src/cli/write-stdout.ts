/**
 * stdout for the CLI's report pieces. A pipe or terminal is a stream: a piece it cannot take yet returns a promise
 * that settles once it drained, so a report piped to a slower reader is written as it is read instead of queued
 * whole in memory. A regular file (`> report.json`) is written synchronously from one reused buffer: Node's own
 * file stdout makes a fresh Buffer of every piece, ~30 MB of short-lived memory for a 10,000-record report.
 */
import { fstatSync } from 'node:fs';
import { syncWriter } from '../io/write-pieces.js';

const STDOUT = 1;

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

export function createStdoutWriter(): (s: string) => Promise<void> | undefined {
  if (isRegularFile(STDOUT)) {
    const write = syncWriter(STDOUT);
    return (s) => {
      write(s);
      return undefined;
    };
  }
  const stream = process.stdout;
  return (s) => {
    if (stream.write(s)) return undefined;
    return new Promise((resolve) => {
      const go = () => {
        stream.off('drain', go);
        stream.off('close', go);
        resolve();
      };
      stream.on('drain', go);
      stream.on('close', go);
    });
  };
}
