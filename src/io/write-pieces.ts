/** Writes text given in pieces to a file (replacing it), never holding it whole: a JSON report can be tens of megabytes. */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Synchronous writes on purpose: nothing else is in flight while the report is written, and an awaited
 * `FileHandle.write` per 64 KiB piece (a thread-pool round trip and a fresh UTF-8 copy of each piece) cost ~120 ms
 * more CPU on a 30 MB report than encoding each piece into one reused buffer (`npm run bench`, Node 20).
 */
export async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const fd = openSync(file, 'w');
  try {
    const write = syncWriter(fd);
    for (const piece of pieces) write(piece);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes each piece to `fd` at once, encoded into one reused buffer (grown when a piece needs more) and written to
 * the end (`writeSync` may write less than asked). Also the CLI's stdout when it is a regular file.
 */
export function syncWriter(fd: number): (piece: string) => void {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 16);
  return (piece) => {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (buffer.length < piece.length * 3) buffer = new Uint8Array(piece.length * 3);
    const length = encoder.encodeInto(piece, buffer).written;
    for (let at = 0; at < length;) at += writeSync(fd, buffer, at, length - at);
  };
}
