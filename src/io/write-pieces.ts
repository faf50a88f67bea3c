/** Writes text given in pieces to a file (replacing it), never holding it whole: a JSON report can be tens of megabytes. */
import { open } from 'node:fs/promises';

export async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const piece of pieces) await handle.write(piece);
  } finally {
    await handle.close();
  }
}
