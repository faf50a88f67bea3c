/** Writes text given in pieces to a file (replacing it), never holding it whole: a JSON report can be tens of megabytes. */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are encoded into a buffer of this size and written when it is full. */
const BUFFER_BYTES = 1 << 20;

/**
 * Synchronous writes through one reused buffer, on purpose: nothing else is in flight while the report is written,
 * and an awaited `FileHandle.write` per 64 KiB piece (a thread-pool round trip and a fresh UTF-8 copy of each
 * piece) cost ~120 ms more CPU on a 30 MB report than encoding into this buffer (`npm run bench`, Node 20).
 */
export async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const fd = openSync(file, 'w');
  try {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    for (const piece of pieces) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8, so a piece this size always fits once the buffer is empty.
      const most = piece.length * 3;
      if (used + most > BUFFER_BYTES && used > 0) {
        writeAll(fd, buffer, used);
        used = 0;
      }
      if (most > BUFFER_BYTES) writeAll(fd, Buffer.from(piece, 'utf8'), -1);
      else used += buffer.write(piece, used, 'utf8');
    }
    if (used > 0) writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}

/** `writeSync` may write less than asked (a full disk reports an error; a signal can cut a write short). */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  const end = length < 0 ? buffer.length : length;
  for (let off = 0; off < end;) off += writeSync(fd, buffer, off, end - off);
}
