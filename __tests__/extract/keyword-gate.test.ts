/**
 * The keyword pre-filter of extraction must never hide a match: for every pattern of src/extract, on
 * every sentence of the labelled fixtures and on strings generated to match the pattern, a match
 * implies `mayMatch`. It must also filter: most fixture sentences are skipped for most patterns.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GATE_TABLE } from '../../src/extract/adr/gate-table.js';
import { anyMayMatch, gated, mayMatch, unregisteredPatterns, wordPrefixes } from '../../src/extract/adr/keyword-gate.js';
import { extractAdr } from '../../src/extract/adr/extract-adr.js';
import { extractionPatterns } from '../../scripts/extraction-patterns.js';
import { splitSentences } from '../../src/extract/adr/split-sentences.js';
import { runs } from '../property-runs.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** Every extraction pattern, registered with the pre-filter (copies of the source's, which registers its own). */
const patterns = async () => (await extractionPatterns()).map(({ where, re }) => ({ where, re: gated(re) }));

const sentences = files(FIXTURES, '.md').flatMap((f) =>
  readFileSync(f, 'utf8')
    .split(/\n\s*\n/)
    .flatMap((block) => [block, ...splitSentences(block, 1).map((s) => s.text)]),
);

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('wordPrefixes', () => {
  it.each([
    [/\bfine[- ]?tun\w*/i, ['fine', 'finetun']],
    [/\bfoo(?:bar)?\b/, ['foo', 'foobar']],
    [/(\d+)\s*(k)?\s+examples\b/, ['examples']],
    [/\d+(?:\.\d+)?[Bb][- ](?:model|parameter)\w*/, ['model', 'parameter']],
    [/\bhow (?:our|the) [ \w]{0,32}?(?:reason|structure)/i, ['how']],
    // A number that opens a word (after the start or a character outside \w) is a word starting with a digit.
    [/(?:^|[^\w.,])(\d+(?:\.\d+)?)\s*%/, DIGITS],
    // "200ms" has no word "ms": the number is the certain word.
    [/\b\d+\s?ms\b/, DIGITS],
    // ",000" opens a word of at least two digits: the longer prefixes filter more.
    [/\b\d{1,3}(?:,\d\d\d)+ users/, ['users']],
  ])('%s needs one of %j', (re, expected) => {
    expect(wordPrefixes(re)?.sort()).toEqual([...expected].sort());
  });

  it.each([/\d+%/, /[^a-z]\d+%/, /[^.;]{3}/, /(a)\1/, /\bfoo/iu, /\w+ing\b/])('%s has no certain word: always run', (re) => {
    expect(wordPrefixes(re)).toBeNull();
  });

  it('does not take a word that may be the tail of a longer one', () => {
    // "llm" can end "xllm": only words that start after \b or a non-word character count.
    expect(wordPrefixes(/[ \w-]{0,32}?(?:LLM|assistant)s?/i)).toBeNull();
  });
});

describe('the build-time table (gate-table.ts)', () => {
  it('holds what the analysis gives for every pattern of src/extract (else: npm run embed)', async () => {
    const all = await patterns();
    for (const { where, re } of all) {
      if (re.unicode || re.flags.includes('v')) continue;
      expect([where, Object.hasOwn(GATE_TABLE, re.source) ? GATE_TABLE[re.source] : 'missing']).toEqual([where, wordPrefixes(re)]);
    }
  });
});

describe('mayMatch', () => {
  it('never hides a match of any extraction pattern on the fixtures', async () => {
    const all = await patterns();
    expect(all.length).toBeGreaterThan(80);
    const missed: string[] = [];
    let skipped = 0;
    let tested = 0;
    for (const { where, re } of all)
      for (const text of sentences) {
        tested++;
        const may = mayMatch(text, re);
        if (!may) skipped++;
        if (!may && re.test(text)) missed.push(`${where}: ${text.slice(0, 80)}`);
      }
    expect(missed).toEqual([]);
    // The filter earns its keep: most (pattern, sentence) pairs are never run.
    expect(skipped / tested).toBeGreaterThan(0.5);
  });

  it('never hides a match on strings generated to match, in any case and surroundings', async () => {
    const all = (await patterns()).filter(({ re }) => wordPrefixes(re));
    const around = fc.stringMatching(/^[ a-zA-Z0-9.,;:'"()\-\n]{0,12}$/);
    for (const { where, re } of all) {
      let matching: fc.Arbitrary<string>;
      try {
        matching = fc.stringMatching(re);
      } catch {
        continue; // a construct fast-check cannot generate from; the fixture sentences still cover it
      }
      fc.assert(
        fc.property(around, matching, around, fc.boolean(), (before, middle, after, upper) => {
          const text = `${before}${upper ? middle.toUpperCase() : middle}${after}`;
          if (re.test(text) && !mayMatch(text, re)) throw new Error(`${where} hides a match in ${JSON.stringify(text)}`);
        }),
        runs(60, 7),
      );
    }
  });

  it('keeps a sentence copied with another text, and patterns registered later, exact', () => {
    const s = { text: 'We fine-tune the model.' };
    const fineTune = gated(/\bfine-tun\w*/i);
    expect(mayMatch(s, fineTune)).toBe(true);
    const copy = { ...s, text: 'We use retrieval.' };
    expect(mayMatch(copy, fineTune)).toBe(false);
    const sentences = [s, copy];
    expect(anyMayMatch(sentences, gated(/\bretrieval\b/))).toBe(true);
    // A pattern registered after the union was computed gets its own bit, not a stale "no".
    expect(anyMayMatch(sentences, gated(/\bmodel\b/))).toBe(true);
    expect(anyMayMatch(sentences, gated(/\bzebra\b/))).toBe(false);
  });

  it('runs a pattern nobody registered, and lists it', () => {
    const stray = /\bnever registered\b/;
    expect(mayMatch('nothing here', stray)).toBe(true);
    expect(anyMayMatch([{ text: 'nothing here' }], stray)).toBe(true);
    expect(unregisteredPatterns()).toContain(stray.source);
  });
});

describe('the detectors', () => {
  it('register every pattern they ask the pre-filter about (else it is never filtered)', () => {
    // Registered at module level with `gated`: a question about any other pattern runs it unfiltered.
    const before = new Set(unregisteredPatterns());
    for (const f of files(FIXTURES, '.md')) extractAdr(f, readFileSync(f, 'utf8'));
    expect(unregisteredPatterns().filter((p) => !before.has(p))).toEqual([]);
  });
});
