/**
 * The labelled decision records (__tests__/fixtures/adrs) hold what a careful reviewer expects:
 * every rule that must fire, and the approach chosen. `npm run accuracy` prints the full table;
 * this test keeps the pipeline from sliding back below the bar, and lists what it gets wrong.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAdr } from '../../src/extract/adr/extract-adr.js';
import { scoreCorpus } from '../fixtures/score-corpus.js';

const read = (set: string) => {
  const dir = join(import.meta.dirname, '..', 'fixtures', set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((name) => ({ name: `${set}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
};
// Three sets written independently of one another (see their README.md files).
const docs = ['adrs', 'adrs-validation', 'adrs-holdout'].flatMap(read);

describe('labelled ADR corpus', () => {
  const result = scoreCorpus(docs);

  it('has at least 200 labelled records', () => {
    expect(docs.length).toBeGreaterThanOrEqual(200);
  });

  it('meets the bar: precision ≥ 0.95 and recall ≥ 0.9 over every document × rule pair', () => {
    expect({ precision: result.overall.precision, recall: result.overall.recall, mistakes: result.mistakes }).toEqual({
      precision: expect.toBeGreaterThanOrEqualTo(0.95),
      recall: expect.toBeGreaterThanOrEqualTo(0.9),
      mistakes: expect.any(Array),
    });
  });

  it('reads the chosen approach of at least 95 % of the records', () => {
    expect(result.approach.agree / result.approach.total).toBeGreaterThanOrEqual(0.95);
  });

  it('fires nothing on the records that are not about LLMs', () => {
    const nonLlm = docs.filter((d) => /expect:\s*none\s*\|\s*approach:\s*none/.test(d.text));
    expect(nonLlm.length).toBeGreaterThanOrEqual(10);
    expect(result.mistakes.filter((m) => nonLlm.some((d) => m.endsWith(d.name)))).toEqual([]);
  });
});

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'adrs');
describe('real ADRs of ../shared/corpus (when present)', () => {
  const run = existsSync(join(REAL, 'SOURCES.tsv')) ? it : it.skip;
  run('get the approach SOURCES.tsv gives, for all but at most one', () => {
    const rows = readFileSync(join(REAL, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    const scored = rows.filter((r) => r[4] !== 'other');
    const wrong = scored
      .map(([file, , , , approach]) => ({
        file,
        approach,
        got: extractAdr(file!, readFileSync(join(REAL, file!), 'utf8')).facts.approach?.value,
      }))
      .filter((r) => r.got !== r.approach);
    expect(wrong.length).toBeLessThanOrEqual(1);
  });
});

declare module 'expect' {
  interface AsymmetricMatchers {
    toBeGreaterThanOrEqualTo(n: number): void;
  }
}
expect.extend({
  toBeGreaterThanOrEqualTo(received: number, n: number) {
    return { pass: received >= n, message: () => `expected ${received} to be ≥ ${n}` };
  },
});
