#!/usr/bin/env node
// Deterministic generator of a synthetic monorepo for `npm run bench`: ADRs in mixed formats (MADR with front
// matter, Nygard, Y-statement, free-form; LLM and non-LLM topics, varied phrasing and lengths) plus model
// configs (axolotl, llama-factory, OpenAI job JSON, PEFT adapter JSON, generic RAG YAML, Haystack pipelines and
// YAML that is none of ours). Same seed and sizes → byte-identical tree.
//
//   node scripts/bench/generate.mjs [--adrs 10000] [--configs N (default adrs/4)] [--seed 7] [--out DIR]
//
// DIR defaults to .tmp/bench/<adrs> (gitignored). The folder is replaced.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** mulberry32: a small, fast, seedable PRNG (same sequence on every platform). */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const some = (list, min, max) => {
    const copy = [...list];
    const n = Math.min(copy.length, int(min, max));
    const out = [];
    for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  /** Weighted choice: [[weight, value], ...]. */
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [w]) => s + w, 0);
    let r = next() * total;
    for (const [w, v] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  };
  return { next, int, pick, chance, some, weighted };
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const TEAMS = [
  'payments',
  'search',
  'support',
  'platform',
  'identity',
  'billing',
  'logistics',
  'claims',
  'hr-tools',
  'catalogue',
  'risk',
  'growth',
  'data-eng',
  'mobile',
  'infra',
  'legal-tech',
  'care',
  'pricing',
  'ops',
  'security',
];
const SERVICES = ['gateway', 'assistant', 'ledger', 'indexer', 'notifier', 'scheduler', 'portal', 'router', 'exporter', 'auditor'];
const PEOPLE = [
  'Amara Okafor',
  'Jonas Lindqvist',
  'Priya Raman',
  'Tomás Herrera',
  'Mei Chen',
  'Oluwaseun Adeyemi',
  'Lena Fischer',
  'Rahul Mehta',
  'Sofia Rossi',
  'Kenji Watanabe',
  'Fatima Zahra',
  'Dmitri Volkov',
  'Grace Kim',
  'Mateo Silva',
];
const DOMAINS = [
  { what: 'support tickets', who: 'support agents', corpus: 'the help-centre articles' },
  { what: 'the HR handbook', who: 'employees', corpus: 'HR policy pages' },
  { what: 'the product catalogue', who: 'shop assistants', corpus: 'product data sheets' },
  { what: 'freight rate cards', who: 'sales reps', corpus: 'rate-card spreadsheets' },
  { what: 'clinical guidelines', who: 'nurses', corpus: 'guideline PDFs' },
  { what: 'tax rulings', who: 'tax advisers', corpus: 'published rulings' },
  { what: 'engineering runbooks', who: 'on-call engineers', corpus: 'runbook pages' },
  { what: 'insurance policy wordings', who: 'claims handlers', corpus: 'policy wordings' },
  { what: 'warranty terms', who: 'dealers', corpus: 'warranty bulletins' },
  { what: 'release notes', who: 'customer success managers', corpus: 'release notes' },
  { what: 'supplier contracts', who: 'procurement', corpus: 'signed contracts' },
  { what: 'internal API documentation', who: 'developers', corpus: 'API reference pages' },
];
const MODELS = ['Llama 3.1 8B Instruct', 'Mistral 7B Instruct', 'Qwen2.5 7B', 'gpt-4o-mini', 'Gemma 2 9B', 'Phi-3 medium', 'Claude Haiku'];
const STORES = ['pgvector', 'OpenSearch', 'Qdrant', 'Weaviate', 'Elasticsearch', 'Milvus', 'Azure AI Search'];
const EMBEDDERS = ['text-embedding-3-small', 'bge-large-en-v1.5', 'e5-mistral-7b', 'nomic-embed-text', 'gte-base'];
const VOLATILITY = [
  ['change weekly', 'weekly'],
  ['are updated every day', 'daily'],
  ['are revised each quarter', 'quarterly'],
  ['change a few times a year', 'unknown'],
  ['rarely change', 'static'],
  ['are revised once a year', 'yearly'],
  ['change constantly', 'frequent'],
  ['are updated monthly', 'monthly'],
];
const FILLER = [
  'The team evaluated the operational cost of each option over a {n}-month horizon.',
  'We interviewed {n} people from the teams that would use the system day to day.',
  'This decision was discussed in the architecture forum on {date} and revisited a week later.',
  'The current setup was built in {year} and has grown without a clear owner since then.',
  'Most of the load arrives between 08:00 and 11:00 CET, with a smaller peak after lunch.',
  'Budget for the first year is capped, which rules out anything that needs a dedicated cluster.',
  'We want a design that a single team can operate without a specialist on call.',
  'Security review is required before anything reaches production, as for every customer-facing change.',
  'The previous attempt stalled because nobody owned the data pipeline feeding it.',
  'Latency matters less than correctness here; a slower answer is acceptable, a wrong one is not.',
  'Our observability stack (OpenTelemetry, Grafana) already covers the services involved.',
  'Roughly {pct} % of the requests come from the mobile app, the rest from the web portal.',
  'The vendor contract renews in {month}, so the decision has to be made before then.',
  'See the linked design document for the capacity estimates and the failure-mode analysis.',
  'We keep the interface stable so that the {service} service does not need to change.',
  'A spike in {month} showed that the current approach does not scale past {n} requests per second.',
  'Compliance asked for a written record of how this choice was made, hence this ADR.',
  'The migration can happen incrementally, one {team} workflow at a time.',
  'Nobody on the team has run this technology in production before, which we count as a risk.',
  'Costs were estimated from the last {n} days of traffic, extrapolated to next year.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------------------------------------
// One decision: a topic reduced to statements that the formats lay out differently.

function fill(r, s, ctx) {
  return s
    .replace(/\{n\}/g, () => String(r.int(3, 90)))
    .replace(/\{pct\}/g, () => String(r.int(5, 95)))
    .replace(/\{year\}/g, () => String(r.int(2015, 2023)))
    .replace(/\{date\}/g, () => date(r))
    .replace(/\{month\}/g, () => r.pick(MONTHS))
    .replace(/\{service\}/g, () => ctx.service)
    .replace(/\{team\}/g, () => ctx.team);
}

function date(r) {
  return `${r.int(2022, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function llmDecision(r, ctx) {
  const d = r.pick(DOMAINS);
  const [volText, vol] = r.pick(VOLATILITY);
  const model = r.pick(MODELS);
  const store = r.pick(STORES);
  const approach = r.weighted([
    [4, 'rag'],
    [3, 'fine-tuning'],
    [2, 'hybrid'],
    [1, 'prompting'],
  ]);
  const examples = r.weighted([
    [2, r.int(150, 480)],
    [3, r.int(600, 9000)],
    [1, r.int(10000, 60000)],
  ]);
  const context = [
    `${cap(d.who)} ask the ${ctx.service} assistant questions about ${d.what}.`,
    `The underlying facts ${volText}, and ${d.corpus} are the source of truth.`,
    r.pick([
      'Every answer must cite the document it comes from.',
      'Auditors need to trace each answer back to a source.',
      'Answers do not need to cite sources; speed matters more.',
      'Wrong answers have led to escalations in the past.',
    ]),
    r.chance(0.4) ? `We have about ${fmt(examples)} labelled question/answer pairs from past conversations.` : '',
    r.chance(0.3) ? `The corpus holds ${fmt(r.int(800, 40000))} documents and grows every month.` : '',
    r.chance(0.3)
      ? r.pick([
          'Outputs must follow a strict JSON schema consumed by the downstream system.',
          'The assistant must keep our house tone: plain, friendly, never flippant.',
          `The endpoint serves ${r.int(20, 400)} requests per second with a ${r.int(150, 900)} ms latency budget.`,
          'The task is narrow: classify each request into one of 24 intents.',
        ])
      : '',
    r.chance(0.2) ? 'Each customer sees only their own documents; permissions differ per tenant.' : '',
    r.chance(0.15) ? 'Some records contain names and account numbers of customers.' : '',
  ].filter(Boolean);
  const options = {
    rag: `Retrieval-augmented generation over ${d.corpus} in ${store}`,
    'fine-tuning': `Fine-tune ${model} with LoRA on our ${d.what} examples`,
    hybrid: `Fine-tune ${model} for format and tone, and retrieve facts from ${store}`,
    prompting: `Prompt ${model} with a carefully written system prompt`,
  };
  const chosen = options[approach];
  const others = Object.entries(options)
    .filter(([k]) => k !== approach)
    .map(([, v]) => v);
  const decision = [
    r.pick([
      `We will use ${lc(chosen)}.`,
      `We decided to go with ${lc(chosen)}.`,
      `Chosen approach: ${lc(chosen)}.`,
      `The team agreed on ${lc(chosen)}.`,
    ]),
    approach === 'rag' || approach === 'hybrid'
      ? r.pick([
          `Documents are split by headings and indexed with ${r.pick(EMBEDDERS)}.`,
          `We chunk documents into ${r.pick([256, 512, 1024])}-token windows with ${r.pick([0, 32, 64, 128])} tokens of overlap.`,
          'A semantic splitter cuts documents at topic boundaries.',
          `Each row of ${d.corpus} becomes one record in ${store}.`,
        ])
      : '',
    approach === 'rag' || approach === 'hybrid'
      ? r.pick([
          `Retrieval is measured with recall@5 on ${r.int(100, 600)} labelled questions.`,
          'Answer faithfulness is scored weekly on a labelled set.',
          'Evaluation will be added later.',
          '',
        ])
      : '',
    approach === 'fine-tuning' || approach === 'hybrid'
      ? r.pick([
          `A held-out set of ${r.int(100, 800)} examples is scored after each training run.`,
          `Training uses ${fmt(examples)} examples; 5 % are kept as a validation split.`,
          'We will watch user feedback after launch.',
          `The model is retrained every ${r.pick(['week', 'month', 'quarter'])} so that it knows the latest ${d.what}.`,
          `A prompted baseline scored ${r.int(40, 80)} % on ${r.int(150, 400)} questions; the target is ${r.int(85, 97)} %.`,
        ])
      : '',
    approach === 'prompting' ? `The system prompt is about ${fmt(r.int(300, 2400))} tokens of static instructions.` : '',
  ].filter(Boolean);
  const consequences = [
    r.pick([
      'Good, because answers reflect the current documents.',
      'Good, because the model follows the output format reliably.',
      'Good, because we avoid a new service to operate.',
    ]),
    r.pick([
      'Bad, because we run and pay for an index and an ingestion job.',
      'Bad, because the adapter knows the data only as of the day of training.',
      'Bad, because prompt size drives the token bill.',
      'Bad, because a wrong answer cannot always be traced to a source.',
    ]),
    r.chance(0.5) ? `The ${ctx.team} team owns the evaluation set and reviews it every ${r.pick(['sprint', 'month', 'quarter'])}.` : '',
  ].filter(Boolean);
  const title = r.pick([
    `${{ rag: 'RAG', 'fine-tuning': 'Fine-tuning', hybrid: 'Hybrid', prompting: 'Prompting' }[approach]} for ${d.what} answers in ${ctx.service}`,
    `How the ${ctx.service} assistant learns about ${d.what}`,
    `Use ${approach === 'rag' ? 'retrieval' : approach} for the ${d.who} assistant`,
    `${cap(d.what)}: ${lc(chosen)}`,
  ]);
  const llm =
    r.chance(0.35) && approach !== 'prompting'
      ? {
          approach,
          'knowledge-volatility': vol,
          ...(r.chance(0.5) ? { 'citations-required': r.chance(0.6) } : {}),
          ...(approach !== 'rag' && r.chance(0.6) ? { 'training-examples': examples, 'eval-set': r.chance(0.7) } : {}),
          ...(approach !== 'fine-tuning' && r.chance(0.5) ? { chunking: r.pick(['fixed', 'structure', 'semantic']) } : {}),
        }
      : undefined;
  return { title, context, drivers: driverList(r), options: [chosen, ...others], decision, consequences, llm, rejected: others };
}

const NON_LLM = [
  {
    title: (s) => `Tune the ${s} autoscaler thresholds`,
    decision: [
      'We will fine-tune the autoscaler: scale out at 65 % CPU and scale in at 30 %.',
      'Cool-down periods go from 60 to 180 seconds.',
    ],
    context: ['The autoscaler flaps during the morning peak.', 'Each flap costs a cold start of about 40 seconds.'],
  },
  {
    title: (s) => `Retention of ${s} audit logs`,
    decision: ['Audit logs are kept for 400 days in cold storage, 30 days hot.', 'Retrieval of old logs goes through a ticket.'],
    context: ['Auditors require 13 months of history.', 'Hot storage costs grew 3x last year.'],
  },
  {
    title: (s) => `Batch ${s} messages in chunks of 500`,
    decision: ['The consumer reads messages in chunks of 500 and commits offsets per chunk.'],
    context: ['Per-message commits overload the broker.', 'Chunk size was measured between 100 and 2,000.'],
  },
  {
    title: (s) => `PostgreSQL for the ${s} ledger`,
    decision: [
      'We will use PostgreSQL 16 with logical replication to the reporting replica.',
      'Row retrieval by id stays under 5 ms at p99.',
    ],
    context: ['The ledger needs transactions across accounts.', 'The team knows PostgreSQL well.'],
  },
  {
    title: (s) => `Feature flags for ${s} rollouts`,
    decision: ['Rollouts use the in-house flag service, evaluated server-side.', 'Flags older than 90 days are removed.'],
    context: ['Big-bang releases caused two incidents this year.'],
  },
  {
    title: (s) => `Rotate ${s} API tokens every 30 days`,
    decision: ['Tokens are rotated automatically every 30 days; the old token stays valid for 24 hours.'],
    context: ['A leaked token stayed valid for 14 months last year.'],
  },
  {
    title: (s) => `Event-driven notifications in ${s}`,
    decision: ['Notifications are published to a topic; the notifier subscribes and fans out.'],
    context: ['Synchronous calls to the notifier add 120 ms to checkout.'],
  },
  {
    title: (s) => `Train on-call engineers for ${s}`,
    decision: ['Every engineer joining the rota does two shadow shifts and one game day.'],
    context: ['Incident response times vary from 4 to 45 minutes by engineer.'],
  },
];

function plainDecision(r, ctx) {
  const t = r.pick(NON_LLM);
  return {
    title: t.title(ctx.service),
    context: [...t.context],
    drivers: driverList(r),
    options: [t.decision[0].replace(/^We will /, '').replace(/\.$/, ''), 'Keep the current setup', 'Buy a managed product'],
    decision: [...t.decision],
    consequences: [
      r.pick(['Good, because operations get simpler.', 'Good, because the cost is predictable.', 'Good, because incidents drop.']),
      r.pick(['Bad, because we need a migration.', 'Bad, because the team must learn a new tool.', 'Bad, because latency grows slightly.']),
    ],
    llm: undefined,
    rejected: ['Keep the current setup', 'Buy a managed product'],
  };
}

function driverList(r) {
  return r.some(
    [
      'Cost per request',
      'Time to market',
      'Answer accuracy',
      'Auditability',
      'Operational load',
      'Data privacy',
      'Latency',
      'Vendor lock-in',
    ],
    2,
    4,
  );
}

function padContext(r, ctx, paragraphs) {
  const out = [];
  for (let i = 0; i < paragraphs; i++) {
    const n = r.int(2, 5);
    const sentences = [];
    for (let j = 0; j < n; j++) sentences.push(fill(r, r.pick(FILLER), ctx));
    out.push(wrap(sentences.join(' ')));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Formats

function status(r) {
  return r.weighted([
    [6, 'accepted'],
    [2, 'proposed'],
    [1, 'superseded'],
    [1, 'rejected'],
    [1, 'deprecated'],
  ]);
}

function toMadr(r, dec, n, ctx, extra) {
  const fm = [`status: ${status(r)}`, `date: ${date(r)}`, `deciders: ${r.some(PEOPLE, 1, 3).join(', ')}`];
  if (r.chance(0.3)) fm.push(`consulted: ${ctx.team} team`);
  if (dec.llm) {
    fm.push('llm:');
    for (const [k, v] of Object.entries(dec.llm)) fm.push(`  ${k}: ${v}`);
  }
  const lines = [`---`, ...fm, `---`, '', `# ${dec.title}`, '', '## Context and Problem Statement', '', wrap(dec.context.join(' ')), ''];
  for (const p of extra) lines.push(p, '');
  lines.push('## Decision Drivers', '', ...dec.drivers.map((d) => `* ${d}`), '');
  lines.push('## Considered Options', '', ...dec.options.map((o) => `* ${o}`), '');
  lines.push('## Decision Outcome', '', `Chosen option: "${dec.options[0]}", because ${lc(dec.drivers[0])} matters most.`, '');
  lines.push(wrap(dec.decision.join(' ')), '');
  lines.push('### Consequences', '', ...dec.consequences.map((c) => `* ${c}`), '');
  if (r.chance(0.4)) {
    lines.push('## Pros and Cons of the Options', '');
    for (const o of dec.options)
      lines.push(
        `### ${o}`,
        '',
        `* Good, because ${r.pick(['it is simple', 'it is cheap', 'we know it'])}`,
        `* Bad, because ${r.pick(['it adds a service', 'it needs data', 'it is slow'])}`,
        '',
      );
  }
  if (r.chance(0.3))
    lines.push('## More Information', '', `Discussed in [the ${ctx.team} forum](https://wiki.example.com/${ctx.team}/adr-${n}).`, '');
  return lines.join('\n');
}

function toNygard(r, dec, n, _ctx, extra) {
  const lines = [
    `# ${n}. ${dec.title}`,
    '',
    `Date: ${date(r)}`,
    '',
    '## Status',
    '',
    cap(status(r)),
    '',
    '## Context',
    '',
    wrap(dec.context.join(' ')),
    '',
  ];
  for (const p of extra) lines.push(p, '');
  if (r.chance(0.3)) {
    lines.push('| Option | Verdict |', '|---|---|');
    for (const o of dec.options) lines.push(`| ${o} | ${o === dec.options[0] ? 'chosen' : 'rejected'} |`);
    lines.push('');
  }
  lines.push('## Decision', '', wrap(dec.decision.join(' ')), '');
  if (dec.rejected.length && r.chance(0.5)) lines.push(`We will not ${lc(dec.rejected[0])}.`, '');
  lines.push('## Consequences', '', wrap(dec.consequences.map((c) => c.replace(/^(Good|Bad), because /, '')).join(' ')), '');
  return lines.join('\n');
}

function toYStatement(r, dec, _n, ctx, extra) {
  const lines = [
    `# ${dec.title}`,
    '',
    `In the context of ${ctx.team} ${dec.context[0] ? lc(dec.context[0]).replace(/\.$/, '') : ''},`,
    `facing ${dec.context[1] ? lc(dec.context[1]).replace(/\.$/, '') : 'growing load'},`,
    `we decided for ${lc(dec.options[0])}`,
    `and neglected ${dec.rejected.map(lc).join(' and ')},`,
    `to achieve ${lc(dec.drivers[0])} we can defend,`,
    `accepting that ${lc(dec.consequences[dec.consequences.length - 1])
      .replace(/^(good|bad), because /, '')
      .replace(/\.$/, '')}.`,
    '',
  ];
  if (r.chance(0.6)) lines.push('## Status', '', cap(status(r)), '');
  for (const p of extra) lines.push(p, '');
  lines.push('## Consequences', '', ...dec.consequences.map((c) => `- ${c}`), '');
  return lines.join('\n');
}

function toFreeform(r, dec, _n, ctx, extra) {
  const lines = [`# ${dec.title}`, '', `_Owner: ${r.pick(PEOPLE)} (${ctx.team})_`, '', wrap(dec.context.join(' ')), ''];
  for (const p of extra) lines.push(p, '');
  lines.push('What we do:', '', ...dec.decision.map((d) => `- ${d}`), '');
  if (r.chance(0.35)) {
    lines.push('```yaml', `service: ${ctx.service}`, `owner: ${ctx.team}`, `replicas: ${r.int(2, 12)}`, '```', '');
  }
  if (r.chance(0.2)) lines.push('<!-- llm-arch-lint-disable finetune-before-baseline reason="baseline tracked in the eval repo" -->', '');
  lines.push(wrap(dec.consequences.join(' ')), '');
  return lines.join('\n');
}

const FORMATS = [
  [4, toMadr],
  [3, toNygard],
  [1, toYStatement],
  [2, toFreeform],
];

// ---------------------------------------------------------------------------------------------------------
// Configs

function axolotl(r, ctx) {
  const lines = [
    `# ${ctx.team}: ${r.pick(['support tone adapter', 'invoice extraction', 'intent classifier', 'summary style'])}`,
    `base_model: ${r.pick(['meta-llama/Llama-3.1-8B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3', 'Qwen/Qwen2.5-7B-Instruct'])}`,
    'model_type: AutoModelForCausalLM',
    'tokenizer_type: AutoTokenizer',
    `load_in_8bit: ${r.chance(0.5)}`,
    'adapter: lora',
    `lora_r: ${r.pick([8, 16, 32, 64])}`,
    `lora_alpha: ${r.pick([16, 32, 64])}`,
    `lora_dropout: ${r.pick([0.05, 0.1])}`,
    'lora_target_modules:',
    ...r.some(['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'], 2, 7).map((m) => `  - ${m}`),
    'datasets:',
    `  - path: data/${ctx.team}/train-${r.int(1, 99)}.jsonl`,
    `    type: ${r.pick(['chat_template', 'alpaca', 'sharegpt'])}`,
  ];
  if (r.chance(0.7)) lines.push(`val_set_size: ${r.pick([0, 0.02, 0.05, 0.1])}`);
  lines.push(
    `sequence_len: ${r.pick([2048, 4096, 8192])}`,
    `micro_batch_size: ${r.pick([1, 2, 4])}`,
    `gradient_accumulation_steps: ${r.pick([4, 8, 16])}`,
    `num_epochs: ${r.int(1, 5)}`,
    `learning_rate: ${r.pick(['0.0002', '0.0001', '0.00005'])}`,
    'optimizer: adamw_torch',
    'lr_scheduler: cosine',
    `warmup_steps: ${r.int(10, 200)}`,
    `output_dir: ./outputs/${ctx.service}-${r.int(1, 999)}`,
    `wandb_project: ${ctx.team}-ft`,
    '',
  );
  return lines.join('\n');
}

function llamaFactory(r, ctx) {
  return [
    `model_name_or_path: ${r.pick(['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-7B-Instruct'])}`,
    'stage: sft',
    'do_train: true',
    'finetuning_type: lora',
    'lora_target: all',
    `dataset: ${ctx.team}_${ctx.service}_sft`,
    `template: ${r.pick(['llama3', 'qwen'])}`,
    `cutoff_len: ${r.pick([1024, 2048])}`,
    `val_size: ${r.pick([0, 0.1])}`,
    `per_device_train_batch_size: ${r.pick([1, 2])}`,
    `learning_rate: 1.0e-4`,
    `num_train_epochs: ${r.int(1, 4)}.0`,
    `output_dir: saves/${ctx.service}/lora/sft`,
    '',
  ].join('\n');
}

function openaiJob(r, ctx) {
  const job = {
    model: r.pick(['gpt-4o-mini-2024-07-18', 'gpt-4.1-mini-2025-04-14', 'gpt-3.5-turbo-0125']),
    training_file: `file-${hex(r, 24)}`,
    ...(r.chance(0.6) ? { validation_file: `file-${hex(r, 24)}` } : {}),
    suffix: `${ctx.team}-${ctx.service}`.slice(0, 18),
    seed: r.int(1, 99999),
    hyperparameters: { n_epochs: r.int(1, 6), batch_size: r.pick(['auto', 8, 16]), learning_rate_multiplier: r.pick([0.5, 1, 2]) },
    metadata: { owner: ctx.team, ticket: `ML-${r.int(100, 9999)}` },
  };
  return `${JSON.stringify(job, null, 2)}\n`;
}

function peftAdapter(r) {
  return `${JSON.stringify(
    {
      peft_type: 'LORA',
      base_model_name_or_path: r.pick(['meta-llama/Llama-3.1-8B-Instruct', 'mistralai/Mistral-7B-v0.3']),
      task_type: 'CAUSAL_LM',
      r: r.pick([8, 16]),
      lora_alpha: 32,
      lora_dropout: 0.05,
      target_modules: ['q_proj', 'v_proj'],
      inference_mode: true,
    },
    null,
    2,
  )}\n`;
}

function genericRag(r, ctx) {
  const lines = [
    `# Retrieval settings for ${ctx.service}`,
    `name: ${ctx.team}-${ctx.service}-rag`,
    `embedding_model: ${r.pick(EMBEDDERS)}`,
    'vector_store:',
    `  type: ${r.pick(STORES).toLowerCase().replace(/ /g, '-')}`,
    `  url: http://vectors.${ctx.team}.internal:${r.int(6000, 9999)}`,
    `  collection: ${ctx.service}_docs_v${r.int(1, 9)}`,
    `chunk_size: ${r.pick([256, 512, 800, 1024])}`,
    `chunk_overlap: ${r.pick([0, 32, 64, 100])}`,
  ];
  if (r.chance(0.5)) lines.push(`splitter: ${r.pick(['recursive', 'markdown-headings', 'fixed', 'sentence'])}`);
  lines.push(`top_k: ${r.int(3, 12)}`);
  if (r.chance(0.4)) lines.push(`reranker: ${r.pick(['bge-reranker-base', 'cohere-rerank-3'])}`);
  lines.push(
    'prompt: |',
    '  You answer questions using only the context below.',
    '  Cite the source of every statement as [n].',
    '  Context:',
    '  {context}',
    '',
  );
  return lines.join('\n');
}

function haystack(r, ctx) {
  return [
    'components:',
    '  retriever:',
    '    type: haystack_integrations.components.retrievers.qdrant.QdrantEmbeddingRetriever',
    '    init_parameters:',
    `      top_k: ${r.int(3, 10)}`,
    '  embedder:',
    '    type: haystack.components.embedders.SentenceTransformersTextEmbedder',
    '    init_parameters:',
    `      model: ${r.pick(EMBEDDERS)}`,
    '  prompt_builder:',
    '    type: haystack.components.builders.PromptBuilder',
    '    init_parameters:',
    `      template: "Answer for ${ctx.team} from the documents: {{documents}} Question: {{query}}"`,
    'connections:',
    '  - sender: embedder.embedding',
    '    receiver: retriever.query_embedding',
    '  - sender: retriever.documents',
    '    receiver: prompt_builder.documents',
    '',
  ].join('\n');
}

function notOurs(r, ctx) {
  return r.pick([
    () =>
      [
        `name: ${ctx.service} CI`,
        'on: [push, pull_request]',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: make test',
        '',
      ].join('\n'),
    () =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${ctx.service}`,
        `  namespace: ${ctx.team}`,
        'spec:',
        `  replicas: ${r.int(1, 9)}`,
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: ${ctx.service}`,
        `          image: registry.example.com/${ctx.team}/${ctx.service}:${r.int(1, 40)}.${r.int(0, 9)}`,
        '',
      ].join('\n'),
    () =>
      `${JSON.stringify({ name: `@acme/${ctx.service}`, version: `1.${r.int(0, 30)}.0`, private: true, scripts: { test: 'jest' } }, null, 2)}\n`,
  ])();
}

const CONFIGS = [
  [30, ['ml/finetune', 'yml', axolotl]],
  [8, ['ml/finetune', 'yaml', llamaFactory]],
  [17, ['ml/openai', 'json', openaiJob]],
  [5, ['ml/adapters', 'json', peftAdapter]],
  [25, ['ml/rag', 'yaml', genericRag]],
  [5, ['ml/pipelines', 'yml', haystack]],
  [10, ['deploy', 'yml', notOurs]],
];

// ---------------------------------------------------------------------------------------------------------

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function lc(s) {
  return /^[A-Z][a-z]/.test(s) && !/^(PostgreSQL|OpenSearch)/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function fmt(n) {
  return n.toLocaleString('en-US');
}
function hex(r, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[r.int(0, 15)];
  return s;
}
function slug(s) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}
/** Wraps prose at ~100 columns, as people do in Markdown files. */
function wrap(text) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > 100) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Writes the repository; returns counts and bytes. */
export function generate({ adrs = 10000, configs = Math.round(adrs / 4), seed = 7, out }) {
  const r = createRandom(seed);
  fs.rmSync(out, { recursive: true, force: true });
  const stats = { adrs: 0, configs: 0, files: 0, bytes: 0 };
  const write = (rel, text) => {
    const file = path.join(out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    stats.files += 1;
    stats.bytes += Buffer.byteLength(text);
  };
  write('README.md', `# Synthetic monorepo (${adrs} ADRs, ${configs} configs, seed ${seed})\n\nGenerated by scripts/bench/generate.mjs.\n`);
  // ~100 ADRs per service folder, a few decision logs elsewhere (all under the default ADR globs).
  const folders = Math.max(1, Math.ceil(adrs / 100));
  for (let i = 0; i < adrs; i++) {
    const folder = i % folders;
    const team = TEAMS[folder % TEAMS.length];
    const service = `${SERVICES[Math.floor(folder / TEAMS.length) % SERVICES.length]}-${folder}`;
    const ctx = { team, service };
    const n = Math.floor(i / folders) + 1;
    const dec = r.chance(0.7) ? llmDecision(r, ctx) : plainDecision(r, ctx);
    const extra = padContext(
      r,
      ctx,
      r.weighted([
        [2, 1],
        [3, 2],
        [3, 3],
        [2, 5],
      ]),
    );
    const render = r.weighted(FORMATS);
    const base = folder % 7 === 6 ? `services/${service}/docs/decisions` : `services/${service}/docs/adr`;
    write(`${base}/${String(n).padStart(4, '0')}-${slug(dec.title)}.md`, render(r, dec, n, ctx, extra));
    stats.adrs += 1;
  }
  for (let i = 0; i < configs; i++) {
    const team = TEAMS[i % TEAMS.length];
    const ctx = { team, service: `${r.pick(SERVICES)}-${i % 97}` };
    const [dir, ext, make] = r.weighted(CONFIGS);
    write(`${dir}/${team}/${ctx.service}-${String(i).padStart(5, '0')}.${ext}`, make(r, ctx));
    stats.configs += 1;
  }
  return stats;
}

/**
 * A JSONL training file of about `bytes` bytes (OpenAI chat format; some answers state prices or dates, some
 * carry personal data), written 1 MiB at a time.
 */
export function generateTrainingData({ bytes, seed = 7, file }) {
  const r = createRandom(seed);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  const questions = [
    'How much is the Pro plan?',
    'Can I change my delivery address?',
    'Summarise this ticket.',
    'Which intent is this?',
    'Reset my password',
  ];
  const answers = [
    () => `The Pro plan currently costs $${r.int(9, 99)} per month.`,
    () => `Your order ships on ${date(r)}.`,
    () => 'Click "Forgot password" on the sign-in page and follow the link we e-mail you.',
    () => `Intent: ${r.pick(['billing', 'shipping', 'returns', 'account'])}.`,
    () => `Customer ${r.pick(PEOPLE)} (account ${r.int(10000000, 99999999)}) asked for a refund.`,
    () => 'The customer reports that the app crashes when uploading a photo; the agent asked for the app version and a screenshot.',
  ];
  let written = 0;
  let lines = 0;
  try {
    while (written < bytes) {
      let chunk = '';
      while (chunk.length < 1048576) {
        chunk += `${JSON.stringify({
          messages: [
            { role: 'system', content: 'You are the support assistant of Acme.' },
            { role: 'user', content: `${r.pick(questions)} ${fill(r, r.pick(FILLER), { service: 'shop', team: 'care' })}` },
            { role: 'assistant', content: r.pick(answers)() },
          ],
        })}\n`;
        lines += 1;
      }
      fs.writeSync(fd, chunk);
      written += Buffer.byteLength(chunk);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes: written, lines };
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const adrs = Number(arg('adrs', '10000'));
  const configs = Number(arg('configs', String(Math.round(adrs / 4))));
  const seed = Number(arg('seed', '7'));
  const out = path.resolve(arg('out', path.join(ROOT, '.tmp', 'bench', String(adrs))));
  const stats = generate({ adrs, configs, seed, out });
  console.log(`${out}: ${stats.adrs} ADRs, ${stats.configs} configs, ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MiB`);
}
