/** Block YAML read without the composer must be exactly what `yaml` reads (data and key lines), or be left to it. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { composeYaml, parseStructured } from '../../src/parse/parse-structured.js';
import { readBlockYaml } from '../../src/parse/read-block-yaml.js';
import { runs } from '../property-runs.js';

type Tree = string | { map: [string, Tree][] } | { seq: Tree[] } | { lit: string[]; header: string };

const safeKey = fc.constantFrom('name', 'base_model', 'lora_r', 'runs-on', 'on', 'a.b', 'x/y', 'k_1');
const key = fc.oneof({ arbitrary: safeKey, weight: 6 }, fc.constantFrom('true', 'Null', '__proto__', '1', 'a b', '"q"'));
const safe = fc.constantFrom('lora', 'q_proj', 'data/train.jsonl', '4096', '0.1', 'true', 'ubuntu-latest', "'quoted'", 'two words');
const scalar = fc.oneof(
  { arbitrary: safe, weight: 8 },
  fc.constantFrom(
    'lora',
    'mistralai/Mistral-7B-Instruct-v0.3',
    './outputs/run-1',
    'registry.example.com/identity/svc:30.2',
    'actions/checkout@v4',
    'make test',
    '16',
    '-3',
    '+7',
    '0012',
    '0.00005',
    '1e-5',
    '1.',
    '.5',
    '0x1F',
    '0o17',
    '.inf',
    '-.Inf',
    '.nan',
    '.iNf',
    '1_000',
    'null',
    'NULL',
    '~',
    'True',
    'false',
    'yes',
    'on',
    '2024-05-01',
    'a #comment',
    'a#b',
    'a: b',
    'a:',
    'a:b',
    '[push, pull_request]',
    '{a: 1}',
    '&anchor x',
    '*alias',
    '!tag x',
    '|',
    '>-',
    '- x',
    '-x',
    '? x',
    ':x',
    '%x',
    '@x',
    '`x',
    '"double"',
    '"a # b"',
    '"esc\\n"',
    "'single'",
    "'it''s'",
    "'open",
    '"x" y',
    "'x' # c",
  ),
  fc.stringMatching(/^[A-Za-z0-9 ,.()'"#:!&*|>{}[\]@%-]{0,12}$/),
);

/** Lines of a literal block scalar, relative to its indentation: blank, more indented, comment-like, trailing spaces. */
const literalLine = fc.oneof(
  { arbitrary: fc.constantFrom('You answer from the retrieved passages.', '{{ context }}', 'Cite the source.'), weight: 4 },
  fc.constantFrom('', '  ', '    indented', '# not a comment', 'x  ', '- item', 'k: v'),
);

function trees(keys: fc.Arbitrary<string>, scalars: fc.Arbitrary<string>): fc.Arbitrary<[string, Tree][]> {
  const unique = { selector: ([k]: [string, Tree]) => k, minLength: 1, maxLength: 4 };
  const { node } = fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalars,
      fc
        .record({
          lit: fc.array(literalLine, { minLength: 1, maxLength: 4 }),
          header: fc.oneof({ arbitrary: fc.constantFrom('|', '|-'), weight: 4 }, fc.constantFrom('|+', '>', '|2', '| # c')),
        })
        .map((l) => l as Tree),
      fc.uniqueArray(fc.tuple(keys, tie('node')), unique).map((map) => ({ map })),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
    ),
  }));
  return fc.uniqueArray(fc.tuple(keys, node), unique);
}

interface Style {
  width: number;
  compact: boolean;
  comments: boolean;
  /** Sequences of scalars written `[a, b]`. */
  flow: boolean;
}

/** Writes a tree as block YAML; scalars are written as given, so some of them make the text invalid or another shape. */
function render(t: Tree, indent: number, style: Style): string[] {
  const pad = ' '.repeat(indent);
  if (typeof t === 'string') return [`${pad}${t}`];
  if ('lit' in t) return t.lit.map((l) => (l ? `${pad}${l}` : l));
  const out: string[] = [];
  if ('map' in t) {
    for (const [k, v] of t.map) {
      if (style.comments) out.push(`${pad}# about ${k}`);
      if (typeof v === 'string') out.push(`${pad}${k}: ${v}`);
      else if ('lit' in v) out.push(`${pad}${k}: ${v.header}`, ...render(v, indent + style.width, style));
      else if ('seq' in v && style.flow && v.seq.every((x) => typeof x === 'string')) out.push(`${pad}${k}: [${v.seq.join(', ')}]`);
      else if ('seq' in v && style.compact) out.push(`${pad}${k}:`, ...render(v, indent, style));
      else out.push(`${pad}${k}:`, ...render(v, indent + style.width, style));
    }
    return out;
  }
  for (const item of t.seq) {
    if (typeof item === 'string') {
      out.push(`${pad}- ${item}`);
      continue;
    }
    if ('lit' in item) {
      out.push(`${pad}- ${item.header}`, ...render(item, indent + 2, style));
      continue;
    }
    const inner = render(item, indent + 2, style);
    while (inner[0]?.trimStart().startsWith('#')) out.push(inner.shift()!);
    if (inner.length === 0) continue;
    // The item's first line goes on the dash line.
    out.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
  }
  return out;
}

const style = fc.record({ width: fc.constantFrom(2, 4), compact: fc.boolean(), comments: fc.boolean(), flow: fc.boolean() });
const mutation = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', ':', '-', '#', '\t', "'", '"', '---\n', '  ')),
);

function byYaml(text: string) {
  const r = composeYaml(text);
  return { data: r.error ? 'error' : r.data, keyLines: [...r.keyLines].sort() };
}

describe('readBlockYaml', () => {
  const cases = [
    // Every spelling that matters, most of which send the text to yaml.
    ['any keys and scalars', trees(key, scalar), 500],
    // The shapes configs have, with mutations: reaches the reader's structure far more often.
    ['config keys and scalars', trees(safeKey, safe), 1200],
  ] as const;
  it.each(cases)('reads exactly what yaml reads, or leaves the text to yaml: %s', (_name, top, atLeast) => {
    let read = 0;
    fc.assert(
      fc.property(top, style, mutation, (map, s, m) => {
        let text = render({ map }, 0, s).join('\n');
        if (m) {
          const at = m[0] % (text.length + 1);
          text = text.slice(0, at) + m[1] + text.slice(at);
        }
        const fast = readBlockYaml(text);
        if (!fast) return;
        read++;
        const expected = byYaml(text);
        expect(fast.data).toEqual(expected.data);
        expect([...fast.keyLines].sort()).toEqual(expected.keyLines);
      }),
      runs(5000, 11),
    );
    // The generator reaches the fast path often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(atLeast);
  });

  const CONFIGS: Record<string, string> = {
    axolotl: [
      '# support tone adapter',
      'base_model: mistralai/Mistral-7B-Instruct-v0.3',
      'load_in_8bit: false',
      'adapter: lora',
      'lora_r: 16',
      'lora_dropout: 0.1',
      'lora_target_modules:',
      '  - v_proj',
      '  - q_proj',
      'datasets:',
      '  - path: data/train.jsonl   # the labelled set',
      '    type: alpaca',
      'learning_rate: 0.00005',
      "output_dir: './outputs/run'",
      'wandb_project:',
    ].join('\n'),
    rag: [
      'retriever:',
      '  top_k: 5',
      '  filters: [tenant_id, "region"]',
      'prompt: |',
      '  Answer only from the passages below.',
      '',
      '  # Passages',
      '  {{ context }}',
      'generator:',
      '  model: gpt-4o-mini',
      '  stop: []',
      '  params: {}',
    ].join('\n'),
    workflow: [
      'name: ci',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '    - uses: actions/checkout@v4',
      '    - run: make test',
    ].join('\n'),
    deployment: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      '          image: registry.example.com/api:30.2',
      '          env:',
      '            - name: MODE',
      '              value: "rag"',
    ].join('\n'),
  };

  it.each(Object.entries(CONFIGS))('reads a %s config as yaml does, without yaml', (_name, text) => {
    const fast = readBlockYaml(text);
    expect(fast).toBeDefined();
    const expected = byYaml(text);
    expect(fast!.data).toEqual(expected.data);
    expect([...fast!.keyLines].sort()).toEqual(expected.keyLines);
  });

  it('leaves what it does not read to yaml, through parseStructured', () => {
    for (const text of [
      'on: {push: 1}',
      'a: [b, [c]]',
      'a: &x 1\nb: *x',
      'a: >\n  text',
      'a: b\n  c',
      '---\na: 1\n---\nb: 2',
      'a: 1\na: 2',
    ])
      expect(readBlockYaml(text)).toBeUndefined();
    // …and parseStructured still reads them (the flow mapping, the alias, the multi-line plain scalar).
    expect(parseStructured('on: {push: 1}').data).toEqual({ on: { push: 1 } });
    expect(parseStructured('a: &x 1\nb: *x').data).toEqual({ a: 1, b: 1 });
    expect(parseStructured('a: b\n  c').data).toEqual({ a: 'b c' });
  });
});
