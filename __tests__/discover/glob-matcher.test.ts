/** globMatcher answers exactly what picomatch's own matcher over the same globs answers. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, globMatcher } from '../../src/discover/discover-files.js';
import { runs } from '../property-runs.js';

const SEGMENTS = [
  'docs',
  'doc',
  'adr',
  'adrs',
  'decisions',
  'architecture',
  'node_modules',
  '.git',
  'dist',
  'vendor',
  'a',
  '.hidden',
  '..',
  '.',
  'x.md',
  'README.md',
  '0001-use-rag.md',
  'llm.yaml',
  'train.jsonl',
  'cfg.json',
  'c.toml',
  'A.MD',
  '*',
  '[x]',
  'a b',
  'é',
];
const path = fc
  .array(fc.oneof(fc.constantFrom(...SEGMENTS), fc.stringMatching(/^[a-z.*\-_]{1,6}$/)), { minLength: 1, maxLength: 6 })
  .map((p) => p.join('/'));
const glob = fc
  .array(
    fc.oneof(
      fc.constantFrom('**', '*', '*.md', '*.{yml,json}', 'docs', 'adr', '.git', '?.md', '[ab]*', '!(x)*'),
      fc.stringMatching(/^[a-z.]{1,5}$/),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((p) => p.join('/'));

const LISTS: [string, string[], picomatch.PicomatchOptions][] = [
  ['default ADR globs', DEFAULT_INCLUDE.adr, { dot: true }],
  ['default config globs', DEFAULT_INCLUDE.config, { dot: true }],
  ['default data globs', DEFAULT_INCLUDE.data, { dot: true }],
  ['default excludes', DEFAULT_EXCLUDE, { dot: true }],
  ['index and template pages, any case', ['**/README.md', '**/index.md', '**/*-template.md'], { dot: true, nocase: true }],
];

describe('globMatcher', () => {
  it.each(LISTS)('%s: the same answer as picomatch on random paths', (_name, globs, opts) => {
    const ours = globMatcher(globs, opts);
    const theirs = picomatch(globs, opts);
    fc.assert(
      fc.property(path, (p) => ours(p) === theirs(p)),
      runs(300, 31),
    );
  });

  it('the same answer as picomatch for random glob lists and paths', () => {
    fc.assert(
      fc.property(
        fc.array(glob, { minLength: 1, maxLength: 4 }),
        fc.array(path, { maxLength: 8 }),
        fc.boolean(),
        (globs, paths, nocase) => {
          const opts = { dot: true, nocase };
          const ours = globMatcher(globs, opts);
          const theirs = picomatch(globs, opts);
          for (const p of [...paths, ...globs, '']) expect([p, ours(p)]).toEqual([p, theirs(p)]);
        },
      ),
      runs(300, 32),
    );
  });

  it.each([
    ['docs/adr/0001-use-rag.md', true],
    ['svc/docs/adr/nested/0002.md', true],
    ['docs/adr/.hidden/x.md', true],
    ['docs/adr/x.yaml', false],
    ['docs/adrx/x.md', false],
  ])('default ADR globs: %s → %s', (p, expected) => {
    expect(globMatcher(DEFAULT_INCLUDE.adr, { dot: true })(p)).toBe(expected);
  });

  it('no globs match nothing', () => {
    expect(globMatcher([], { dot: true })('a.md')).toBe(false);
  });
});
