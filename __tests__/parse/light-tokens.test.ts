/** The block tokens of the parser with plain-field tokens must be markdown-it's own, field for field and in order. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { markdownParser } from '../../src/parse/parse-markdown.js';
import { fixtureMarkdownFiles } from './fixture-markdown.js';
import { runs } from '../property-runs.js';

const stock = new MarkdownIt({ html: true, linkify: false, typographer: false });
const StockToken = new stock.core.State('', stock, {}).Token;

function blockTokens(md: typeof stock, src: string): Token[] {
  const tokens: Token[] = [];
  md.block.parse(src, md, {}, tokens);
  return tokens;
}

/** Every own field with its value, in the order the token has them. */
const fields = (tokens: Token[]) => JSON.stringify(tokens.map((t) => Object.entries(t)));

function expectSame(src: string): void {
  const ours = blockTokens(markdownParser, src);
  const theirs = blockTokens(stock, src);
  expect(fields(ours)).toBe(fields(theirs));
  for (const t of ours) expect(t).toBeInstanceOf(StockToken);
}

describe('plain-field block tokens', () => {
  const fixtures = fixtureMarkdownFiles();

  it('gives markdown-it’s tokens on every fixture record', () => {
    expect(fixtures.length).toBeGreaterThan(200);
    for (const file of fixtures) expectSame(fs.readFileSync(file, 'utf8'));
  });

  it('gives markdown-it’s tokens on generated Markdown', () => {
    const line = fc.constantFrom(
      '# Title',
      '## Decision',
      'Setext',
      '===',
      '---',
      '- item',
      '  continued',
      '1. first',
      '3) third',
      '> quoted',
      '```yaml',
      '```',
      '    indented code',
      '| a | b |',
      '|---|---|',
      '<!-- llm-arch-lint-disable -->',
      '<div>',
      '[ref]: https://example.com',
      'Plain *emphasis* and `code`.',
      '',
      '* * *',
      '- [ ] task',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => expectSame(lines.join('\n'))),
      runs(500, 9),
    );
  });
});
