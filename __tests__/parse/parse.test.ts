import { describe, expect, it } from '@jest/globals';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parseStructured } from '../../src/parse/parse-structured.js';
import { splitSentences } from '../../src/extract/adr/split-sentences.js';

describe('parseMarkdown', () => {
  it('keeps file line numbers after front matter and strips inline markup', () => {
    const md = parseMarkdown('---\nstatus: accepted\nllm:\n  approach: rag\n---\n# Title\n\nRate cards change **weekly**.\nSecond line.\n');
    expect(md.frontMatter?.data).toEqual({ status: 'accepted', llm: { approach: 'rag' } });
    expect(md.frontMatter?.keyLines.get('llm.approach')).toBe(4);
    expect(md.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title', line: 6 },
      { kind: 'paragraph', text: 'Rate cards change weekly.\nSecond line.', line: 8 },
    ]);
  });

  it('reads table rows as statements and HTML comments with their line', () => {
    const md = parseMarkdown(
      '| Option | Verdict |\n|---|---|\n| Fine-tuning | rejected |\n\n<!-- llm-arch-lint-disable x reason="y" -->\n',
    );
    expect(md.blocks.filter((b) => b.kind === 'table-row').map((b) => [b.text, b.line])).toEqual([
      ['Option | Verdict', 1],
      ['Fine-tuning | rejected', 3],
    ]);
    expect(md.comments).toEqual([{ text: 'llm-arch-lint-disable x reason="y"', line: 5 }]);
  });

  it('strips a BOM and tolerates a lone thematic break', () => {
    const md = parseMarkdown('\uFEFF---\n# Not front matter\n');
    expect(md.frontMatter).toBeUndefined();
    expect(md.blocks.some((b) => b.text === 'Not front matter')).toBe(true);
  });
});

describe('parseStructured', () => {
  it('gives the line of every key, nested ones included', () => {
    const p = parseStructured('base_model: x\ndatasets:\n  - path: a.jsonl\nval_set_size: 0.05\n');
    expect(p.keyLines.get('val_set_size')).toBe(4);
    expect(p.keyLines.get('datasets')).toBe(2);
    expect(p.error).toBeUndefined();
  });

  it('parses JSON and reports syntax errors with a line', () => {
    expect(parseStructured('{"training_file": "file-abc", "model": "gpt-4o-mini"}').data).toEqual({
      training_file: 'file-abc',
      model: 'gpt-4o-mini',
    });
    const bad = parseStructured('a: 1\nb: [2\n');
    expect(bad.error?.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    const p = parseStructured(bomb);
    expect(p.data).toBeUndefined();
    expect(p.error).toBeDefined();
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and keeps the starting line', () => {
    expect(splitSentences('We use RAG. Rate cards change\nweekly, e.g. on Mondays. Version 1.2 ships.', 10)).toEqual([
      { text: 'We use RAG.', line: 10 },
      { text: 'Rate cards change weekly, e.g. on Mondays.', line: 10 },
      { text: 'Version 1.2 ships.', line: 11 },
    ]);
  });
});
