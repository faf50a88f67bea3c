/**
 * The reader of plain Markdown must give, for every text it accepts, the same blocks and comments as
 * markdown-it's block parser; what it cannot read exactly it must decline.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { readSimpleInline } from '../../src/parse/read-simple-inline.js';
import { readSimpleMarkdown } from '../../src/parse/read-simple-markdown.js';
import { fixtureMarkdownFiles } from './fixture-markdown.js';
import { runs } from '../property-runs.js';

/** True when the reader accepted the text; fails the test when the two parses differ. */
function check(text: string): boolean {
  const accepted = readSimpleMarkdown(text) !== undefined;
  if (accepted) expect(parseMarkdown(text)).toStrictEqual(parseMarkdown(text, { markdownItOnly: true }));
  return accepted;
}

const RECORD = [
  '# Use retrieval for the rate cards',
  '',
  '## Context',
  '',
  'Rate cards change *weekly*; answers must cite the',
  '  card they come from.',
  '',
  '## Decision',
  '',
  '- We index the cards in a `pgvector` table.',
  '- Fine-tuning is kept for tone',
  'and format only.',
  '1. first',
  '',
  '<!-- llm-arch-lint-disable rag-without-citations -->',
  '```yaml',
  'rag: { topK: 5 }',
  '```',
  '',
].join('\n');

describe('plain Markdown reader', () => {
  it('reads a typical record, with the blocks markdown-it gives', () => {
    expect(check(RECORD)).toBe(true);
    const blocks = parseMarkdown(RECORD).blocks;
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['paragraph', 5],
      ['heading', 8],
      ['list-item', 10],
      ['list-item', 11],
      ['list-item', 13],
      ['code', 17],
    ]);
    expect(parseMarkdown(RECORD).comments).toEqual([{ text: 'llm-arch-lint-disable rag-without-citations', line: 15 }]);
  });

  it('declines what it does not read exactly', () => {
    for (const text of [
      'a\tb',
      'a\r\nb',
      '| a | b |\n|---|---|',
      '> quoted',
      'Title\n===',
      'text\n---',
      '***',
      '[ref]: https://example.com',
      '    indented code',
      '<div>\nx\n</div>',
      '-\n  item',
      '- a\n  - nested',
      '- # heading in an item',
      '- a\n\n      code in an item',
    ])
      expect(readSimpleMarkdown(text)).toBeUndefined();
  });

  it('agrees with markdown-it on every fixture record it accepts, and accepts most of them', () => {
    const fixtures = fixtureMarkdownFiles();
    let accepted = 0;
    for (const file of fixtures) if (check(fs.readFileSync(file, 'utf8'))) accepted++;
    expect(fixtures.length).toBeGreaterThan(200);
    expect(accepted / fixtures.length).toBeGreaterThan(0.5);
  });

  it('reads underscored lines and plain links as markdown-it does, and leaves other markup to it', () => {
    const good = fc.constantFrom(
      'word',
      'Owner: Mateo (logistics)',
      ' ',
      '  ',
      '\n',
      '  \n',
      '\u00a0',
      '\u2003',
      '[the review](https://wiki.example.com/adr-46)',
      '[notes](../0012-use-rag.md)',
      '[a]()',
      '[](x)',
      '[x](%6Aavascript:x)',
    );
    const bad = fc.constantFrom(
      '_',
      '__',
      '[x](javascript:alert(1))',
      '[x](JavaScript:x)',
      '[x](mailto:a@b.test)',
      '[x](a\u0001b)',
      '[x](a b)',
      '[x]( a )',
      '[x](y "title")',
      '[x] (y)',
      '[[x]](y)',
      '[x]',
      '![img](x.png)',
      '(',
      ')',
      ']',
      '*',
      '`',
      '&amp;',
      '\\_',
      '<b>',
    );
    const piece = fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad });
    const words = fc.array(piece, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
    const content = fc.oneof(
      words,
      words.map((w) => `_${w}_`),
    );
    let read = 0;
    let total = 0;
    fc.assert(
      fc.property(content, fc.constantFrom('', '- ', '# '), (text, lead) => {
        const source = lead + text;
        total++;
        if (readSimpleInline(text.trim()) !== undefined) read++;
        if (readSimpleMarkdown(source)) expect(parseMarkdown(source)).toStrictEqual(parseMarkdown(source, { markdownItOnly: true }));
      }),
      runs(6000, 7),
    );
    expect(read / total).toBeGreaterThan(0.1);
    expect(readSimpleInline('_Owner: Mateo Silva (logistics)_')).toBe('Owner: Mateo Silva (logistics)');
    expect(readSimpleInline('See [the forum](https://wiki.example.com/adr-46).')).toBe('See the forum.');
    expect(readSimpleInline('[x](javascript:alert)')).toBeUndefined();
  });

  it('agrees with markdown-it on generated Markdown', () => {
    const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '      ');
    const body = fc.constantFrom(
      '# Title',
      '## Decision ##',
      '### Closing #s#',
      '#',
      '#hashtag',
      '####### seven',
      '- item',
      '* item',
      '+ item',
      '-',
      '- ',
      '-item',
      '*emphasis* first',
      '**Decision:** bold',
      '1. first',
      '2. second',
      '1) paren',
      '01. zero',
      '1.',
      '10.  wide',
      '1234567890. long',
      '2024. a year',
      '-     five spaces',
      'plain words',
      'We cite `sources` and [links](https://x.test) &amp; \\*escapes\\*',
      'a line with trailing spaces   ',
      'opens a `code span',
      '- opens a `code span',
      'that closes here` after a break',
      'ends with a hard break  ',
      '\u00a0non-breaking start',
      '<!-- a comment -->',
      '<!--',
      'inside a comment',
      '-->',
      '<!-->',
      'text <!-- inline comment --> text',
      '<span>inline html</span>',
      '```',
      '```js',
      '``` a`b',
      '~~~',
      '````',
      '``code``',
      '[ref]: https://x.test',
      '[not a ref] text',
      '---',
      '===',
      '***',
      '> quote',
      '| a | b |',
      'a | b',
    );
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.constant('') },
      { weight: 4, arbitrary: fc.tuple(indent, body).map(([i, b]) => i + b) },
    );
    const doc = fc
      .tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('', '\n', '\n  '))
      .map(([lines, end]) => lines.join('\n') + end);
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(doc, (text) => {
        total++;
        if (check(text)) accepted++;
      }),
      runs(6000, 20261122),
    );
    // Most generated texts hold something the reader declines; enough must be accepted for this test to mean something.
    expect(accepted / total).toBeGreaterThan(0.15);
  });
});
