/**
 * fast-check arbitraries for the fuzz suite: plausible documents of every kind the pipeline reads (ADRs, YAML,
 * JSON and TOML configs, JSONL training data, policy files), built from pieces so that the extractors and rules
 * really run, and mutations that break them the way real files break (truncation, stray characters, lost
 * indentation, merge markers, NUL bytes, lone surrogates, CRLF, byte-order marks).
 */
import fc from 'fast-check';
import YAML from 'yaml';
import type { FileRole, SourceFile } from '../../src/pipeline/analyze-types.js';
import { runs } from '../property-runs.js';

/** The suite's fixed seed with `numRuns` runs in CI; FUZZ_RUNS and FUZZ_SEED scale them for a longer campaign (property-runs.ts). */
export const fuzzRuns = (numRuns: number) => runs(numRuns, 20260707);
export const FUZZ = fuzzRuns(200);

const SENTENCES = [
  'We will fine-tune the LLM on our support transcripts.',
  'We decided for retrieval-augmented generation over the policy documents.',
  'Prices change weekly and every answer must cite its source.',
  'Fine-tuning was rejected because the facts go stale.',
  'If retrieval proves insufficient we may later fine-tune.',
  'A held-out set of 300 examples is scored after each training run.',
  'Documents are chunked into 512-token windows with 64 tokens of overlap.',
  'Retrieval is measured with recall@5 on 200 labelled questions.',
  'The assistant must answer in our house tone and return strict JSON.',
  'We have about 350 labelled examples.',
  'Each tenant sees only its own documents.',
  'Training data contains customer names and account numbers.',
  'The model is retrained every month so that it knows the latest prices.',
  'The static system prompt is 1,800 tokens long on a high-volume path.',
  'We will tune the autoscaler thresholds.',
  'Audit logs are kept for 400 days.',
  'ping @octocat and @acme/ai-team about </details><details open> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
  '<!-- llm-arch-lint-disable finetune-before-baseline reason="baseline in ADR-0012" until=2027-06-30 -->',
  '<!-- llm-arch-lint-disable naive-chunking -->',
  '| Option | Verdict |\n|---|---|\n| Fine-tuning | rejected |\n| RAG | chosen |',
  '```yaml\nbase_model: x\nval_set_size: 0\n```',
  '- Good, because answers stay current.\n- Bad, because we run an index.',
];

const HEADINGS = [
  'Status',
  'Context',
  'Context and Problem Statement',
  'Decision',
  'Decision Outcome',
  'Consequences',
  'Considered Options',
  'Pros and Cons of the Options',
  'Links',
  'Notes',
];

/** Any text, including astral characters, control characters and lone surrogates. */
const noise = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\u202E', '\u0000', '\r', '\t', '\u2028', '\uFEFF', '\\', '`', '"', "'") },
);

const scalar = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
  fc.constantFrom('rag', 'fine-tuning', 'hybrid', 'prompting', 'weekly', 'static', 'structure', 'fixed', 'accepted', ''),
  fc.string({ maxLength: 20 }),
  fc.constant(null),
);

const llmBlock = fc.record(
  {
    approach: fc.constantFrom('rag', 'fine-tuning', 'hybrid', 'prompting', 'continued-pretraining', 'none', 'bogus'),
    'finetune-purpose': fc.constantFrom('knowledge', 'behavior', 'mixed'),
    'knowledge-volatility': fc.constantFrom(
      'realtime',
      'daily',
      'weekly',
      'monthly',
      'quarterly',
      'yearly',
      'static',
      'frequent',
      'sometimes',
    ),
    'citations-required': fc.oneof(fc.boolean(), scalar),
    'per-tenant': fc.boolean(),
    'personal-data': fc.boolean(),
    'training-examples': fc.oneof(fc.integer({ min: 0, max: 50_000 }), scalar),
    'eval-set': fc.boolean(),
    chunking: fc.constantFrom('fixed', 'recursive', 'semantic', 'structure', 'unknown'),
    behavior: fc.array(fc.constantFrom('strict-format', 'tone', 'narrow-task', 'latency', 'nonsense'), { maxLength: 3 }),
    unknown: scalar,
  },
  { requiredKeys: [] },
);

const frontMatter = fc.record(
  {
    status: fc.constantFrom('accepted', 'proposed', 'rejected', 'superseded', 'deprecated', 'draft', 'weird'),
    date: fc.constantFrom('2025-01-20', '2024-13-45', 'yesterday'),
    deciders: fc.string({ maxLength: 20 }),
    llm: fc.oneof(llmBlock, scalar),
  },
  { requiredKeys: [] },
);

/** A Markdown ADR in one of the usual shapes, from sentences that trigger (or avoid) the rules. */
export const adrText: fc.Arbitrary<string> = fc
  .record({
    fm: fc.option(frontMatter, { nil: undefined }),
    title: fc.oneof(
      fc.constantFrom('Use RAG for policy answers', 'Fine-tune the support LLM', 'Tune the autoscaler'),
      fc.string({ maxLength: 30 }),
    ),
    sections: fc.array(
      fc.record({
        heading: fc.oneof(fc.constantFrom(...HEADINGS), fc.string({ maxLength: 15 })),
        level: fc.integer({ min: 1, max: 4 }),
        body: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 1, arbitrary: noise }), {
          minLength: 1,
          maxLength: 5,
        }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ fm, title, sections }) => {
    const head = fm ? `---\n${YAML.stringify(fm)}---\n` : '';
    const body = sections.map((s) => `${'#'.repeat(s.level + 1)} ${s.heading}\n\n${s.body.join(' ')}\n`).join('\n');
    return `${head}# ${title}\n\n${body}`;
  });

const axolotl = fc.record({
  base_model: fc.constantFrom('meta-llama/Llama-3.1-8B-Instruct', 'mistralai/Mistral-7B-v0.3'),
  datasets: fc.array(
    fc.record({ path: fc.constantFrom('data/train.jsonl', 'ml/data/train.jsonl', 'hf://org/set'), type: fc.constant('chat_template') }),
    {
      maxLength: 2,
    },
  ),
  val_set_size: fc.oneof(fc.constantFrom(0, 0.05), scalar),
  adapter: fc.constant('lora'),
  lora_r: fc.integer({ min: 1, max: 128 }),
  num_epochs: fc.integer({ min: 1, max: 5 }),
});
const openaiJob = fc.record(
  {
    model: fc.constantFrom('gpt-4o-mini-2024-07-18', 'gpt-3.5-turbo'),
    training_file: fc.constantFrom('file-abc', 'ml/data/train.jsonl'),
    validation_file: fc.oneof(fc.constant('file-def'), scalar),
    hyperparameters: fc.record({ n_epochs: fc.integer({ min: 1, max: 9 }) }),
  },
  { requiredKeys: ['model', 'training_file'] },
);
const genericRag = fc.record({
  embedding_model: fc.constantFrom('text-embedding-3-small', 'bge-large'),
  vector_store: fc.record({ type: fc.constantFrom('qdrant', 'pgvector') }),
  chunk_size: fc.oneof(fc.integer({ min: 1, max: 4096 }), scalar),
  chunk_overlap: fc.oneof(fc.integer({ min: 0, max: 512 }), scalar),
  splitter: fc.constantFrom('recursive', 'fixed', 'markdown-headings'),
  top_k: fc.integer({ min: 1, max: 20 }),
});
const manifest = fc.record({
  name: fc.string({ maxLength: 10 }),
  kind: fc.constant('llm-arch-manifest'),
  approach: fc.constantFrom('rag', 'fine-tuning'),
});
const anyObject = fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 6 });

/** The data of a config: a known toolchain's shape or any object (which is none of ours). */
export const configData = fc.oneof(axolotl, openaiJob, genericRag, manifest, anyObject);

const chatLine = fc
  .record({
    user: fc.oneof(fc.constantFrom('How much is the Pro plan?', 'Reset my password'), fc.string({ maxLength: 30 })),
    assistant: fc.oneof(
      fc.constantFrom(
        'The Pro plan currently costs $49 per month.',
        'Jane Doe, account 12345678, is in arrears.',
        'Click "Forgot password".',
      ),
      fc.string({ maxLength: 30 }),
    ),
  })
  .map(({ user, assistant }) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: user },
        { role: 'assistant', content: assistant },
      ],
    }),
  );

export const jsonlText = fc
  .array(fc.oneof({ weight: 6, arbitrary: chatLine }, { weight: 1, arbitrary: fc.json() }, { weight: 1, arbitrary: noise }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((lines) => `${lines.join('\n')}\n`);

export type Syntax = 'yaml' | 'json' | 'toml';

/** Config text in a syntax, from data (YAML may also be a multi-document stream or carry anchors). */
export const configText = (syntax: Syntax): fc.Arbitrary<string> =>
  configData.chain((data) => {
    if (syntax === 'json') return fc.constantFrom(JSON.stringify(data, null, 2), JSON.stringify(data));
    if (syntax === 'toml') return fc.constant(toToml(data));
    return fc.constantFrom(YAML.stringify(data), `---\n${YAML.stringify(data)}---\nsecond: doc\n`, `# comment\n${YAML.stringify(data)}`);
  });

/** A minimal TOML writer for flat-ish data (enough to feed the TOML reader plausible files). */
function toToml(data: Record<string, unknown>): string {
  const lines: string[] = [];
  const tables: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    const key = /^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      tables.push(`[${key}]`, ...Object.entries(v).map(([ik, iv]) => `${JSON.stringify(ik)} = ${tomlValue(iv)}`));
    } else if (v !== null && v !== undefined) lines.push(`${key} = ${tomlValue(v)}`);
  }
  return `${[...lines, ...tables].join('\n')}\n`;
}

function tomlValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return `[${v
      .filter((x) => x !== null && typeof x !== 'object')
      .map(tomlValue)
      .join(', ')}]`;
  return '""';
}

/** One edit of the kind that breaks real files. */
const mutation = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      noise,
      fc.constantFrom('{', '[', ']', '}', ':', '- ', '  ', '\t', '---\n', '"', '<<<<<<< HEAD\n', '&a ', '*a', '!!js/function', '\n'),
    ),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('dedent' as const), at: fc.nat() }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'bom' as const }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  const pos = (at: number) => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (m.op) {
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'duplicate':
      return text.slice(0, pos(m.at) + m.length) + text.slice(pos(m.at));
    case 'dedent': {
      const lines = text.split('\n');
      const i = lines.length ? m.at % lines.length : 0;
      lines[i] = (lines[i] ?? '').trimStart();
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
  }
}

/** A text with 0–4 mutations applied (0 keeps a share of the documents intact). */
export const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(base, fc.array(mutation, { maxLength: 4 })).map(([text, ms]) => ms.reduce(apply, text));

const LLM_DIRS = ['ml/finetune', 'training', 'rag', 'prompts', 'ml/lora'];
const OTHER_DIRS = ['deploy', 'charts/app', '.github/workflows', 'config'];

/** A file of the repository: role, a realistic path, and random or mutated content. */
export const sourceFile: fc.Arbitrary<SourceFile> = fc
  .record({
    kind: fc.constantFrom('adr', 'yaml', 'json', 'toml', 'jsonl'),
    llmPath: fc.boolean(),
    llmDir: fc.constantFrom(...LLM_DIRS),
    otherDir: fc.constantFrom(...OTHER_DIRS),
    explicit: fc.boolean(),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
  })
  .chain(({ kind, llmPath, llmDir, otherDir, explicit, name }) => {
    const dir = kind === 'adr' ? 'docs/adr' : llmPath ? llmDir : otherDir;
    const ext = { adr: 'md', yaml: 'yml', json: 'json', toml: 'toml', jsonl: 'jsonl' }[kind];
    const role: FileRole = kind === 'adr' ? 'adr' : kind === 'jsonl' ? 'data' : 'config';
    const text = kind === 'adr' ? mutated(adrText) : kind === 'jsonl' ? mutated(jsonlText) : mutated(configText(kind as Syntax));
    return text.map((t): SourceFile => ({ path: `${dir}/${name}.${ext}`, role, text: t, ...(explicit ? { explicit: true } : {}) }));
  });

/** Several files with distinct paths. */
export const repository = fc.uniqueArray(sourceFile, { minLength: 1, maxLength: 6, selector: (f) => f.path });

const FACTS = [
  'approach',
  'uses.fineTuning',
  'knowledge.volatility',
  'training.examples',
  'adr.frontMatter.owner',
  'config.base_model',
  'knowlege.volatility',
  'doc.kind',
];
const predicate = fc.oneof(
  fc.record({ fact: fc.constantFrom(...FACTS), equals: scalar }),
  fc.record({ fact: fc.constantFrom(...FACTS), exists: fc.boolean() }),
  fc.record({ fact: fc.constantFrom(...FACTS), gte: fc.oneof(fc.integer(), fc.record({ option: fc.constantFrom('min', 'nope') })) }),
  fc.record({ fact: fc.constantFrom(...FACTS), in: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ fact: fc.constantFrom(...FACTS), contains: scalar }),
  fc.record({
    fact: fc.constantFrom(...FACTS),
    matches: fc.constantFrom('^fine', '(a+)+$', '(x|x)*y', '[', '\\bRAG\\b', '.*.*.*=.*', '(?<n>a)\\k<n>'),
  }),
);
const condition = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    predicate,
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const ruleEntry = fc.oneof(
  fc.constantFrom('off', 'notice', 'warning', 'error', 'fatal'),
  fc.record({ severity: fc.constantFrom('off', 'notice', 'warning', 'error') }, { requiredKeys: [] }),
  fc.record(
    {
      severity: fc.constantFrom('notice', 'warning', 'error'),
      title: fc.string({ maxLength: 20 }),
      message: fc.constantFrom('{{doc.path}} fails', 'quote {{evidence}}', '{{options.min}} {{nope}}', '{{'),
      remedy: fc.string({ maxLength: 20 }),
      when: condition,
      options: fc.dictionary(fc.constantFrom('min', 'minRatio'), fc.oneof(fc.integer(), fc.double({ noNaN: true }))),
      appliesTo: fc.array(fc.constantFrom('adr', 'finetune-config', 'rag-config', 'training-data', 'manifest', 'widget'), { maxLength: 2 }),
    },
    { requiredKeys: ['when'] },
  ),
);

const VALID_FACTS = [
  'approach',
  'uses.fineTuning',
  'knowledge.volatility',
  'training.examples',
  'adr.frontMatter.owner',
  'config.base_model',
  'doc.kind',
  'adr.title',
];
const validCondition = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ fact: fc.constantFrom(...VALID_FACTS), equals: fc.oneof(fc.boolean(), fc.constantFrom('rag', 'fine-tuning', 'adr')) }),
    fc.record({ fact: fc.constantFrom(...VALID_FACTS), exists: fc.boolean() }),
    fc.record({ fact: fc.constantFrom(...VALID_FACTS), gte: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant({ option: 'min' })) }),
    fc.record({ fact: fc.constantFrom(...VALID_FACTS), matches: fc.constantFrom('^fine', '\\bRAG\\b', 'tun(e|ing)') }),
    fc.record({ fact: fc.constantFrom(...VALID_FACTS), contains: fc.constantFrom('a', 'fine') }),
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

/** A policy that should load: built-in packs, severity adjustments and custom rules over real facts. */
const validPolicy = fc.record(
  {
    extends: fc.array(fc.constantFrom('recommended', 'strict'), { maxLength: 2 }),
    exclude: fc.array(fc.constantFrom('**/archive/**', 'docs/old/**'), { maxLength: 2 }),
    limits: fc.record({ maxFileBytes: fc.integer({ min: 1, max: 1e7 }) }, { requiredKeys: [] }),
    rules: fc.dictionary(
      fc.constantFrom('finetune-before-baseline', 'naive-chunking', 'missing-eval-harness', 'custom-rule', 'adr-needs-owner'),
      fc.oneof(
        fc.constantFrom('off', 'notice', 'warning', 'error'),
        fc.record({
          severity: fc.constantFrom('notice', 'warning', 'error'),
          title: fc.constant('Custom rule'),
          message: fc.constantFrom('{{doc.path}} fails', 'quote {{evidence}}', 'min {{options.min}}'),
          remedy: fc.constant('Fix it.'),
          when: validCondition,
          options: fc.constant({ min: 3 }),
        }),
      ),
      { maxKeys: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** A config or policy file: mostly one that loads, else random and mutated (valid or not). */
export const policyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: validPolicy.map((p) => YAML.stringify(p)) },
  { weight: 2, arbitrary: mutated(anyPolicyText()) },
);

function anyPolicyText(): fc.Arbitrary<string> {
  return fc
    .record(
      {
        extends: fc.array(
          fc.constantFrom('recommended', 'strict', 'nonexistent-pack', './team.yml', '../policies/base.yml', 'github:acme/gov/p.yml@v1'),
          {
            maxLength: 3,
          },
        ),
        include: fc.record({ adr: fc.array(fc.constantFrom('docs/**/*.md', '[', '**'), { maxLength: 2 }) }, { requiredKeys: [] }),
        exclude: fc.array(fc.constantFrom('**/archive/**', '!', ''), { maxLength: 2 }),
        limits: fc.record({ maxFileBytes: fc.oneof(fc.integer({ min: -1, max: 1e7 }), scalar) }, { requiredKeys: [] }),
        rules: fc.dictionary(
          fc.constantFrom(
            'finetune-before-baseline',
            'naive-chunking',
            'adr-needs-owner',
            'parse-error',
            'finetune-befor-baseline',
            'custom-rule',
          ),
          ruleEntry,
          { maxKeys: 3 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((p) => YAML.stringify(p));
}
