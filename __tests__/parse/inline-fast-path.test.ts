/**
 * parseMarkdown runs markdown-it's inline tokeniser only on content with inline markup. The plain
 * text it reads otherwise must be exactly what the full tokeniser would give.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

const full = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Plain text of each inline token by the full tokeniser: text runs, line breaks as "\n". */
function reference(source: string): string[] {
  return full
    .parse(source, {})
    .filter((t) => t.type === 'inline')
    .map((t) =>
      (t.children ?? [])
        .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.type === 'html_inline' ? '' : c.content))
        .join(''),
    )
    .filter((s) => s.trim());
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
          .blocks.filter((b) => b.kind !== 'code' && b.kind !== 'table-row')
          .map((b) => b.text);
        expect(ours).toEqual(reference(source));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('still parses markup where there is some', () => {
    const { blocks } = parseMarkdown('We **fine-tune** the [model](https://x) with `LoRA`.\nSecond &amp; line');
    expect(blocks[0]?.text).toBe('We fine-tune the model with LoRA.\nSecond & line');
  });
});
