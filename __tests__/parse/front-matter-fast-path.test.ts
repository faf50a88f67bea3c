/** The flat front matter read without the YAML composer must be exactly what `yaml` reads, or be left to it. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { parseFrontMatter } from '../../src/parse/parse-front-matter.js';
import { collectKeyLines } from '../../src/parse/parse-structured.js';
import { readBlockYaml } from '../../src/parse/read-block-yaml.js';
import { runs } from '../property-runs.js';

function byYaml(text: string): { data: unknown; keyLines: Map<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const keyLines = new Map<string, number>();
  collectKeyLines(doc.contents, lineCounter, keyLines, 1);
  return { data: doc.errors.length ? 'error' : doc.toJS(), keyLines };
}

const key = fc.constantFrom(
  'status',
  'date',
  'deciders',
  'llm',
  'approach',
  'knowledge-volatility',
  'eval_set',
  'true',
  'null',
  'x1',
  'Tags',
);
const value = fc.oneof(
  fc.constantFrom(
    'accepted',
    'Accepted',
    '2024-05-01',
    '42',
    '0012',
    '1.5',
    '1e3',
    '1.',
    '0x1F',
    '0o17',
    'null',
    'NULL',
    'True',
    'false',
    'yes',
    '~',
  ),
  fc.constantFrom(
    'Amara Okafor, Tomás Herrera',
    "it's fine",
    'a: b',
    'a #b',
    '"quoted"',
    "'single'",
    '[a, b]',
    '{a: 1}',
    '- item',
    '&anchor',
    '*alias',
    '|',
  ),
  fc.stringMatching(/^[A-Za-z0-9 ,.()'#:-]{0,12}$/),
);
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  key.map((k) => `${k}:`),
  fc.tuple(fc.constantFrom('  ', '    ', '\t', ' '), key, value).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(fc.constantFrom('  ', '    '), key).map(([i, k]) => `${i}${k}:`),
  fc.constantFrom('', '   ', '# a comment', '- a list item', 'plain text', 'k:v', 'key:  spaced  '),
);

/** The front matter as parseFrontMatter reads it from a record opening with the block. */
const fast = (text: string) => (readBlockYaml(text) ? parseFrontMatter(`---\n${text}\n---\n# Title\n`) : undefined);

describe('front matter without the YAML composer', () => {
  it('reads exactly what yaml reads, or leaves the block to yaml', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const simple = fast(text);
        if (!simple) return;
        read++;
        const expected = byYaml(text);
        expect(simple.data).toEqual(expected.data);
        expect([...simple.keyLines].sort()).toEqual([...expected.keyLines].sort());
      }),
      runs(3000, 3),
    );
    // The generator reaches the fast path often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(150);
  });

  it('reads the shape decision records use', () => {
    const text =
      'status: accepted\ndate: 2025-04-10\ndeciders: Amara Okafor, Tomás Herrera\nllm:\n  approach: rag\n  citations-required: false\n  training-examples: 1200';
    expect(fast(text)?.data).toEqual(byYaml(text).data);
    expect(fast(text)?.keyLines.get('llm.approach')).toBe(6);
  });
});
