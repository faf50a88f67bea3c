/**
 * Accuracy of the recommended pack on the labelled decision records: precision and recall per rule and
 * micro-averaged over every document × rule pair, plus `approach` agreement, for each labelled set
 * (__tests__/fixtures/adrs, adrs-validation, adrs-holdout: written independently of one another) and all
 * of them together. Usage: npm run accuracy [-- --verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus, type LabelledDoc } from '../__tests__/fixtures/score-corpus.js';

const FIXTURES = join(import.meta.dirname, '..', '__tests__', 'fixtures');
const SETS = ['adrs', 'adrs-validation', 'adrs-holdout'].filter((s) => existsSync(join(FIXTURES, s)));

const read = (set: string): LabelledDoc[] =>
  readdirSync(join(FIXTURES, set))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => ({ name: `${set}/${f}`, text: readFileSync(join(FIXTURES, set, f), 'utf8') }));

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3));
const row = (name: string, s: { tp: number; fp: number; fn: number; precision: number; recall: number }) =>
  `${name.padEnd(30)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`;

const all = SETS.flatMap(read);
const result = scoreCorpus(all);
console.log(`${'rule'.padEnd(30)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`);
for (const [rule, s] of Object.entries(result.perRule).sort()) console.log(row(rule, s));
for (const set of SETS) {
  const r = scoreCorpus(read(set));
  console.log(`${row(`${set} (${r.approach.total} docs)`, r.overall)}   approach ${r.approach.agree}/${r.approach.total}`);
}
console.log(`${row('overall (micro)', result.overall)}   approach ${result.approach.agree}/${result.approach.total}`);
console.log(`documents: ${all.length}`);
if (process.argv.includes('--verbose')) for (const m of result.mistakes) console.log(m);
