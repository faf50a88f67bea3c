/** The positional parsers configs are read with: JSON, TOML and YAML, each giving the line of every key. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseJson } from '../../../src/parse/parse-json.js';
import { indentQuotedContinuations, parseStructured, syntaxOf } from '../../../src/parse/parse-structured.js';
import { parseToml } from '../../../src/parse/parse-toml.js';
import { runs } from '../../property-runs.js';

describe('parseJson', () => {
  it('gives the line of every key and array element by dotted path', () => {
    const p = parseJson('{\n  "model": "m",\n  "datasets": [\n    {"path": "a.jsonl"},\n    {"path": "b.jsonl"}\n  ]\n}\n');
    expect(p.error).toBeUndefined();
    expect(Object.fromEntries(p.keyLines)).toEqual({
      model: 2,
      datasets: 3,
      'datasets.0': 4,
      'datasets.0.path': 4,
      'datasets.1': 5,
      'datasets.1.path': 5,
    });
  });

  it('reports a syntax error with its line and column', () => {
    expect(parseJson('{\n  "a": 1\n  "b": 2\n}').error).toEqual({
      line: 3,
      column: 3,
      message: "Unexpected '\"': expected ',' or '}' after property value",
    });
    expect(parseJson('[1, 2').error).toMatchObject({ line: 1, column: 6 });
    expect(parseJson('{"a": tru}').error).toMatchObject({ line: 1, column: 7 });
    expect(parseJson('{"a": 1} x').error?.message).toContain('after the JSON value');
  });

  it('keeps a __proto__ key as data, as JSON.parse does', () => {
    const p = parseJson('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(p.data)).toBe(Object.prototype);
    expect(p.data).toEqual(JSON.parse('{"__proto__": {"polluted": true}}'));
  });

  it('refuses nesting deep enough to exhaust the stack', () => {
    expect(parseJson('['.repeat(10_000)).error?.message).toBe('Nesting too deep');
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJson(text).data).toEqual(JSON.parse(text));
      }),
      runs(300),
    );
  });
});

describe('parseToml', () => {
  it('gives the line of keys in tables, dotted keys and arrays of tables', () => {
    const p = parseToml(
      [
        '[app]',
        'fast_llm = "a"',
        '',
        '[ingestion]',
        'chunk_size = 1_024',
        'x.y = 2',
        '"quoted key" = 3',
        '[[tools]]',
        'name = "t1"',
        '[[tools]]',
        'name = "t2"',
      ].join('\n'),
    );
    expect(p.data).toMatchObject({ ingestion: { chunk_size: 1024, x: { y: 2 } }, tools: [{ name: 't1' }, { name: 't2' }] });
    expect(p.keyLines.get('app.fast_llm')).toBe(2);
    expect(p.keyLines.get('ingestion.chunk_size')).toBe(5);
    expect(p.keyLines.get('ingestion.x.y')).toBe(6);
    expect(p.keyLines.get('ingestion.quoted key')).toBe(7);
    expect(p.keyLines.get('tools.1.name')).toBe(11);
  });

  it('does not mistake the inside of a multi-line string for keys', () => {
    const p = parseToml('[a]\nprompt = """\nfake = 1\n"""\nreal = 2\n');
    expect(p.keyLines.has('a.fake')).toBe(false);
    expect(p.keyLines.get('a.real')).toBe(5);
  });

  it('turns dates into ISO strings and reports errors with their position', () => {
    expect(parseToml('d = 2025-01-02T03:04:05Z').data).toEqual({ d: '2025-01-02T03:04:05.000Z' });
    expect(parseToml('a = 1\nb = = 2\n').error).toMatchObject({ line: 2 });
  });
});

describe('parseStructured (YAML)', () => {
  it('gives sequence items their index in the path', () => {
    const p = parseStructured('datasets:\n  - path: a.jsonl\n    type: alpaca\n  - path: b.jsonl\n');
    expect(p.keyLines.get('datasets.0.path')).toBe(2);
    expect(p.keyLines.get('datasets.1.path')).toBe(4);
  });

  it('chooses the syntax by extension', () => {
    expect([syntaxOf('a/b.JSON'), syntaxOf('r2r.toml'), syntaxOf('x.yml'), syntaxOf('x')]).toEqual(['json', 'toml', 'yaml', 'yaml']);
  });
});

describe('indentQuotedContinuations', () => {
  it('indents only the lines inside an open quoted scalar, never adding lines', () => {
    const text = "a:\n  text: 'one\n\ntwo'\n  b: 1\n";
    const fixed = indentQuotedContinuations(text);
    expect(fixed).toBe("a:\n  text: 'one\n\n    two'\n  b: 1\n");
    expect(fixed.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('knows that doubled single quotes and escaped double quotes do not close', () => {
    expect(indentQuotedContinuations("k: 'it''s\nnext'\n")).toBe("k: 'it''s\n  next'\n");
    expect(indentQuotedContinuations('k: "say \\"hi\\"\nmore"\n')).toBe('k: "say \\"hi\\"\n  more"\n');
    expect(indentQuotedContinuations("k: 'closed'\nnext: 1\n")).toBe("k: 'closed'\nnext: 1\n");
  });
});
