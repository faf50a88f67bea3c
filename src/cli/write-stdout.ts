/**
 * stdout for the CLI's report pieces. A pipe or terminal is a stream: a piece it cannot take yet returns a promise
 * that settles once it drained, so a report piped to a slower reader is written as it is read instead of queued
 * whole in memory. A regular file (`> report.json`) is written synchronously from one reused buffer: Node's own
 * file stdout makes a fresh Buffer of every piece, ~30 MB of short-lived memory for a 10,000-record report.
 */
import { fstatSync, writeSync } from 'node:fs';

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
    const encoder = new TextEncoder();
    let buffer = new Uint8Array(1 << 16);
    return (s) => {
      // UTF-8 takes at most three bytes per UTF-16 unit.
      if (buffer.length < s.length * 3) buffer = new Uint8Array(s.length * 3);
      const length = encoder.encodeInto(s, buffer).written;
      for (let at = 0; at < length;) at += writeSync(STDOUT, buffer, at, length - at);
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
