/** The file writePieces leaves is exactly the pieces joined, whatever their sizes (pieces larger than its buffer, multi-byte text). */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePieces } from '../../src/io/write-pieces.js';
import { runs } from '../property-runs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'write-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function written(pieces: string[]): Promise<string> {
  const file = path.join(dir, `out-${n++}.json`);
  await writePieces(file, pieces);
  return readFileSync(file, 'utf8');
}

const MIB = 1 << 20;

describe('writePieces', () => {
  it.each([
    ['no pieces', []],
    ['one empty piece', ['']],
    ['ASCII pieces', ['{', '"a": 1', '}\n']],
    ['multi-byte characters (…, é, an emoji)', ['“quoted” …', 'é'.repeat(1000), '😀 end\n']],
    ['a piece larger than the buffer', ['head ', 'x'.repeat(MIB + 17), ' tail']],
    ['a multi-byte piece larger than the buffer', ['…'.repeat(MIB / 2), 'after']],
    [
      'pieces that fill the buffer exactly, then overflow it',
      ['a'.repeat(MIB / 3), 'b'.repeat(MIB / 3), 'c'.repeat(MIB / 3), 'd'.repeat(10)],
    ],
    ['many 64 KiB pieces', Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(65536))],
  ])('%s', async (_name, pieces) => {
    expect(await written(pieces)).toBe(pieces.join(''));
  });

  it('replaces a longer file that was there', async () => {
    const file = path.join(dir, 'replaced.json');
    writeFileSync(file, 'x'.repeat(5000));
    await writePieces(file, ['short\n']);
    expect(readFileSync(file, 'utf8')).toBe('short\n');
  });

  it('random pieces of random sizes round-trip', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.string({ unit: 'grapheme', maxLength: 200 }),
            fc.nat(300_000).map((k) => '…'.repeat(k)),
          ),
          { maxLength: 12 },
        ),
        async (pieces) => {
          expect(await written(pieces)).toBe(pieces.join(''));
        },
      ),
      runs(40, 1122),
    );
  });

  it('a folder that does not exist is an error, as before', async () => {
    await expect(writePieces(path.join(dir, 'missing', 'x.json'), ['a'])).rejects.toThrow(/ENOENT/);
  });
});
