/**
 * Accuracy of the recommended pack on the labelled corpus (__tests__/fixtures/adrs): precision and
 * recall per rule and micro-averaged over every document × rule pair, plus `approach` agreement.
 * Usage: npm run accuracy [-- --verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus, type LabelledDoc } from '../__tests__/fixtures/score-corpus.js';

const dir = join(import.meta.dirname, '..', '__tests__', 'fixtures', 'adrs');
const docs: LabelledDoc[] = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const result = scoreCorpus(docs);
const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3));
console.log(`${'rule'.padEnd(30)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`);
for (const [rule, s] of Object.entries(result.perRule).sort()) {
  console.log(
    `${rule.padEnd(30)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`,
  );
}
const o = result.overall;
console.log(
  `${'overall (micro)'.padEnd(30)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}  ${pct(o.precision).padStart(9)}  ${pct(o.recall).padStart(6)}`,
);
console.log(`approach agreement: ${result.approach.agree}/${result.approach.total}`);
console.log(`documents: ${docs.length}`);
if (process.argv.includes('--verbose')) for (const m of result.mistakes) console.log(m);
