/**
 * Training data streamed at the edge (src/io/scan-training-data.ts) reads exactly like the whole text through
 * `extractTrainingData`, whatever the read-buffer size cuts (property-based, fixed seed); beyond
 * `limits.maxDataBytes` every line is counted and a sample scanned, and the notes say so.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractTrainingData, toTrainingDataDocument } from '../../src/extract/data/extract-training-data.js';
import { scanTrainingDataFile } from '../../src/io/scan-training-data.js';
import { readWorkspace } from '../../src/io/read-workspace.js';
import { FUZZ, jsonlText, mutated } from './arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'lal-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

function scanText(text: string | Buffer, maxDataBytes: number, opts: { chunkBytes?: number; sampleBytes?: number } = {}) {
  const file = join(dir, `f${++counter}.jsonl`);
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  try {
    const size = Buffer.byteLength(text);
    return scanTrainingDataFile(fd, size, 'ml/data/f.jsonl', maxDataBytes, opts);
  } finally {
    closeSync(fd);
  }
}

const line = (content: string) =>
  `${JSON.stringify({
    messages: [
      { role: 'user', content: 'Price?' },
      { role: 'assistant', content },
    ],
  })}\n`;

describe('streamed training data', () => {
  it('gives the same document as the whole text, whatever the chunk size (CRLF, BOM, no final newline, blank lines)', () => {
    const text = fc.oneof(
      mutated(jsonlText),
      jsonlText.map((t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
      jsonlText.map((t) => t.replace(/\n$/, '')),
      jsonlText.map((t) => t.replace(/\n/g, '\n\n  \n')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 64 }), fc.boolean(), (t, chunkBytes, explicit) => {
        // What a file can hold: lone surrogates do not survive UTF-8.
        const whole = extractTrainingData('ml/data/f.jsonl', Buffer.from(t).toString('utf8'), explicit);
        const streamed = scanText(t, 1 << 30, { chunkBytes });
        expect(toTrainingDataDocument('ml/data/f.jsonl', streamed.scan, explicit)).toEqual(whole);
        expect(streamed.notes).toEqual([]);
      }),
      FUZZ,
    );
  });

  it('scans the first maxDataBytes in full, counts every line after them and samples 1 in k, saying so', () => {
    const priced = line('The Pro plan currently costs $49 per month.');
    const plain = line('Click "Forgot password" on the sign-in page.');
    // 2,000 examples; every 4th states a price: the ratio is 0.25 everywhere.
    const text = Array.from({ length: 2000 }, (_, i) => (i % 4 === 0 ? priced : plain)).join('');
    const maxDataBytes = 20 * plain.length;
    const streamed = scanText(text, maxDataBytes, { sampleBytes: 50 * plain.length, chunkBytes: 4096 });
    const doc = toTrainingDataDocument('ml/data/f.jsonl', streamed.scan, false);
    expect(doc?.facts['training.examples']?.value).toBe(2000);
    expect(doc?.facts['training.volatileFactRatio']?.value).toBeCloseTo(0.25, 1);
    expect(streamed.notes).toHaveLength(1);
    expect(streamed.notes[0]).toMatch(
      /^ml\/data\/f\.jsonl: [\d.]+ KiB of training data; the first [\d.]+ KiB were scanned in full, then about 1 line in 40 of the remaining 1,9\d\d was sampled \(limits\.maxDataBytes\): counts and ratios beyond that point are estimates$/,
    );
  });

  it('skips a line longer than 64 MiB with a note instead of holding it', () => {
    // A sparse file: one example, then 64 MiB + 1 of NUL bytes with no newline, at no disk cost.
    const file = join(dir, 'sparse.jsonl');
    writeFileSync(file, line('ok'));
    const size = line('ok').length + 64 * 1048576 + 1;
    const fd = openSync(file, 'r+');
    try {
      ftruncateSync(fd, size);
      const result = scanTrainingDataFile(fd, size, 'ml/data/sparse.jsonl', 1 << 30);
      expect(result.notes).toEqual(['ml/data/sparse.jsonl: line 2 is longer than 64 MiB and was not read']);
      expect(result.scan.examples).toBe(1);
    } finally {
      closeSync(fd);
    }
  });

  it('readWorkspace streams .jsonl files (no text held) and reads binary or UTF-16 ones as text', async () => {
    const ws = mkdtempSync(join(dir, 'ws-'));
    const write = (rel: string, content: string | Buffer) => {
      const p = join(ws, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
    };
    write('ml/data/train.jsonl', line('hello'));
    write('ml/data/binary.jsonl', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
    write('ml/data/utf16.jsonl', Buffer.from(`\uFEFF${line('hello')}`, 'utf16le'));
    const read = await readWorkspace(ws, { include: {}, exclude: [], maxFileBytes: 2_097_152 });
    const byPath = Object.fromEntries(read.files.map((f) => [f.path, f]));
    expect(byPath['ml/data/train.jsonl']).toMatchObject({ text: '', scan: { examples: 1 } });
    expect(byPath['ml/data/binary.jsonl']?.text).toContain('\u0000');
    expect(byPath['ml/data/utf16.jsonl']?.text).toBe(line('hello'));
  });
});
