/**
 * parseMarkdown runs markdown-it's inline tokeniser only on content with inline markup. The plain
 * text it reads otherwise must be exactly what the full tokeniser would give.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { runs } from '../property-runs.js';

const full = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Plain text of an inline token by the full tokeniser: text runs, line breaks as "\n". */
const plain = (t: Token) =>
  (t.children ?? [])
    .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.type === 'html_inline' ? '' : c.content))
    .join('');

/** The full tokeniser's reading, block by block; a table row as its cells joined by " | ", as parseMarkdown gives it. */
function reference(source: string): string[] {
  const out: string[] = [];
  let row: string[] | undefined;
  for (const t of full.parse(source, {})) {
    if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close') {
      if (row?.some((c) => c.trim())) out.push(row.join(' | '));
      row = undefined;
    } else if (t.type === 'inline') {
      if (row) row.push(plain(t));
      else if (plain(t).trim()) out.push(plain(t));
    }
  }
  return out;
}

describe('inline fast path', () => {
  it('reads plain paragraphs, list items, headings and table cells as the full tokeniser does', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,;:'"()?#%$@=+^{}|-]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '   ', '\t', ' \t', '\n', ' \n', '  \n', '   \n  ', '\n\t', ' \n ');
    const paragraph = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 12 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(paragraph, fc.constantFrom('', '- ', '# ', '1. '), (text, lead) => {
        const source = `${lead}${text}`;
        const ours = parseMarkdown(source)
          .blocks.filter((b) => b.kind !== 'code')
          .map((b) => b.text);
        expect(ours).toEqual(reference(source));
      }),
      runs(300, 11),
    );
  });

  it('still parses markup where there is some', () => {
    const { blocks } = parseMarkdown('We **fine-tune** the [model](https://x) with `LoRA`.\nSecond &amp; line');
    expect(blocks[0]?.text).toBe('We fine-tune the model with LoRA.\nSecond & line');
  });
});
