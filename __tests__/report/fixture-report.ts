/**
 * A report as the pipeline would write it for a pull request that fine-tunes a support assistant:
 * seven documents (four LLM ADRs and a manifest whose choices agree, differ or are still open, a
 * fine-tuning config and its training data), findings of each severity, one suppressed, one on a
 * policy file that is not a document, and evidence and titles carrying hostile text (mentions, HTML,
 * link injection, table pipes, a `</details>` breakout and a forged sticky-comment marker).
 */
import type { Finding, Report } from '../../src/report/report-types.js';

const RULES = 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules';

export const HOSTILE = '@octocat <img src=x onerror=alert(1)> [x](javascript:alert(1)) </details>';

const ADR = 'docs/adr/0007-support-assistant.md';
const CONFIG = 'ml/finetune/support-lora.yml';
const DATA = 'ml/data/support-train.jsonl';

function finding(partial: Omit<Finding, 'helpUri' | 'fingerprint'> & { fingerprint?: string }): Finding {
  return {
    helpUri: `${RULES}/${partial.ruleId}.md`,
    fingerprint: partial.fingerprint ?? `${partial.ruleId}:${partial.path}`,
    ...partial,
  };
}

export const FINDINGS: Finding[] = [
  finding({
    ruleId: 'finetune-for-fresh-facts',
    severity: 'error',
    title: 'Fine-tuning to carry fast-changing facts',
    path: ADR,
    line: 24,
    message:
      'The decision fine-tunes the model to know the rate cards, which change weekly ("rate cards change weekly"). Facts that change this fast belong in a retrieval store: weights go stale between training runs.',
    remedy:
      'Serve rate cards through retrieval (`approach: rag` or `hybrid`) and fine-tune only for behaviour, if a behaviour gap is measured.',
    evidence: [
      { path: ADR, line: 9, text: 'Rate cards change weekly and\nagents quote them verbatim.' },
      { path: ADR, line: 24, text: `We will fine-tune on the rate cards. ${HOSTILE}` },
    ],
  }),
  finding({
    ruleId: 'sensitive-data-in-weights',
    severity: 'error',
    title: 'Personal data trained into weights',
    path: DATA,
    line: 3,
    message:
      'Training examples carry customer names and account numbers. Weights cannot forget: personal data in training sets cannot be erased on request.',
    remedy: 'Remove or replace personal data with synthetic values, and serve customer records through retrieval with access control.',
    evidence: [{ path: DATA, line: 3, text: '{"role":"assistant","content":"Account 4417-22 for **Jane Doe** <jane@example.com>"}' }],
  }),
  finding({
    ruleId: 'missing-eval-harness',
    severity: 'warning',
    title: 'Fine-tuning without an evaluation harness',
    path: CONFIG,
    line: 12,
    message:
      'The fine-tuning run defines no held-out evaluation set (`val_set_size: 0`): there is no way to tell whether training improved behaviour.',
    remedy: 'Hold out a validation split (`val_set_size: 0.05`) or add an evaluation suite before training.',
    evidence: [{ path: CONFIG, line: 12, text: 'val_set_size: 0' }],
  }),
  finding({
    ruleId: 'insufficient-training-data',
    severity: 'warning',
    title: 'Too few labelled examples to fine-tune',
    path: CONFIG,
    line: 8,
    message: 'Fine-tuning with 180 labelled examples, fewer than the 500 this policy asks for.',
    remedy: 'Collect at least 500 labelled examples, or keep prompting with few-shot examples until you have them.',
    evidence: [{ path: CONFIG, line: 8, text: 'train_file: ml/data/support-train.jsonl # 180 rows | see `wc -l`' }],
  }),
  finding({
    ruleId: 'finetune-before-baseline',
    severity: 'warning',
    title: 'Fine-tuning before a measured baseline',
    path: ADR,
    line: 24,
    message: 'The ADR chooses fine-tuning without measuring a RAG or prompting baseline first.',
    remedy: 'Measure a retrieval or prompting baseline on the task and record the gap the fine-tune must close.',
    evidence: [{ path: ADR, line: 24, text: 'We will fine-tune on the rate cards.' }],
    suppressed: { reason: 'baseline in ADR-0012 @ops-team', until: '2027-06-30' },
  }),
  finding({
    ruleId: 'adr-missing-sections',
    severity: 'notice',
    title: 'LLM decision record lacks sections',
    path: ADR,
    line: 1,
    message: 'The ADR has no Consequences section: say what the decision costs (retraining, data handling, evaluation).',
    remedy: 'Add a `## Consequences` section.',
    evidence: [{ path: ADR, line: 1, text: '# 7. Support assistant <!-- llm-arch-lint:summary -->' }],
  }),
  finding({
    ruleId: 'policy-changed',
    severity: 'notice',
    title: 'Policy change takes effect after merge',
    path: '.github/llm-arch-lint.yml',
    line: 4,
    message:
      'This pull request turns off `insufficient-training-data`. The policy that judges it is read from the base commit; the change applies after merge.',
    remedy: 'Have the change reviewed by the policy owners.',
    evidence: [{ path: '.github/llm-arch-lint.yml', line: 4, text: 'insufficient-training-data: off' }],
  }),
];

export function fixtureReport(): Report {
  return {
    tool: { name: 'llm-arch-lint', version: '0.1.0' },
    repository: 'acme/support-bot',
    pullRequest: {
      repository: 'acme/support-bot',
      number: 42,
      baseSha: '1111111111111111111111111111111111111111',
      headSha: 'abc1234def5678abc1234def5678abc1234def56',
      changedLines: { [ADR]: [[1, 40]], [CONFIG]: [[1, 20]], [DATA]: [[1, 180]] },
    },
    policy: {
      sources: [
        { source: 'recommended' },
        { source: 'github:acme/ai-governance/policies/base.yml@v3', sha: '9fceb02d0ae598e95dc970b74767f19372d61af8' },
      ],
      rules: [
        {
          id: 'finetune-for-fresh-facts',
          severity: 'error',
          title: 'Fine-tuning to carry fast-changing facts',
          description: 'Facts that change quarterly or faster belong in retrieval, not weights.',
          remedy: 'Serve the facts through retrieval.',
          helpUri: `${RULES}/finetune-for-fresh-facts.md`,
        },
        {
          id: 'insufficient-training-data',
          severity: 'warning',
          title: 'Too few labelled examples to fine-tune',
          description: 'Fine-tuning needs enough labelled examples.',
          remedy: 'Collect more examples.',
          helpUri: `${RULES}/insufficient-training-data.md`,
        },
        {
          id: 'prompt-bloat',
          severity: 'off',
          title: 'Static prompt large enough to fine-tune away',
          description: 'A long static instruction prompt on a hot path.',
          remedy: 'Consider a behaviour fine-tune.',
          helpUri: `${RULES}/prompt-bloat.md`,
        },
      ],
    },
    documents: [
      {
        path: ADR,
        kind: 'adr',
        format: 'madr',
        facts: {
          'adr.status': 'accepted',
          'adr.title': 'Support assistant for @support-team | rate cards <!-- llm-arch-lint:summary -->',
          'adr.llmRelated': true,
          approach: 'fine-tuning',
          'uses.fineTuning': true,
          'finetune.purpose': 'knowledge',
          'knowledge.volatility': 'weekly',
          'knowledge.changesFast': true,
          'requires.citations': true,
          recommendation: 'rag',
          'adr.sections': ['status', 'context', 'decision'],
        },
        signals: [
          { side: 'knowledge', fact: 'knowledge.changesFast', line: 9, text: 'Rate cards change weekly and\nagents quote them verbatim.' },
          {
            side: 'knowledge',
            fact: 'requires.citations',
            line: 14,
            text: 'Answers must cite the rate card | clause, <b>verbatim</b> (@legal).',
          },
          { side: 'knowledge', fact: 'finetune.purpose', line: 24, text: `We will fine-tune on the rate cards. ${HOSTILE}` },
        ],
      },
      {
        path: 'docs/adr/0008-claims-triage.md',
        kind: 'adr',
        format: 'nygard',
        facts: {
          'adr.status': 'accepted',
          'adr.title': 'Claims triage: retrieved policy clauses, fine-tuned JSON output',
          'adr.llmRelated': true,
          approach: 'hybrid',
          'knowledge.volatility': 'daily',
          'knowledge.changesFast': true,
          'knowledge.corpusDocuments': 18000,
          recommendation: 'hybrid',
        },
        signals: [
          { side: 'knowledge', fact: 'knowledge.changesFast', line: 7, text: 'Policy clauses are amended daily by underwriting.' },
          { side: 'knowledge', fact: 'requires.audit', line: 8, text: 'Auditors must see which clause each triage decision rests on.' },
          { side: 'knowledge', fact: 'knowledge.perTenant', line: 9, text: 'Each insurer sees only its own policy wording.' },
          { side: 'knowledge', fact: 'knowledge.corpusDocuments', line: 10, text: 'about 18,000 policy documents' },
          { side: 'knowledge', fact: 'requires.citations', line: 11, text: 'Every answer cites the clause it used.' },
          { side: 'behavior', fact: 'behavior.strictFormat', line: 13, text: 'Output must validate against claim-triage.schema.json.' },
          { side: 'behavior', fact: 'behavior.narrowTask', line: 14, text: 'a seven-way triage classification' },
          { side: 'behavior', fact: 'behavior.highVolume', line: 15, text: '40k claims a day' },
          { side: 'behavior', fact: 'behavior.latencySensitive', line: 15, text: 'p95 under 800 ms' },
          { side: 'behavior', fact: 'behavior.vocabulary', line: 16, text: 'uses our internal loss codes (`LC-14`, `LC-22`)' },
        ],
      },
      {
        path: 'docs/adr/0009-search-answers.md',
        kind: 'adr',
        format: 'freeform',
        facts: {
          'adr.status': 'proposed',
          'adr.title': 'Answering questions in help-centre search',
          'adr.llmRelated': true,
          approach: 'none',
          'requires.citations': true,
          recommendation: 'rag',
        },
        signals: [{ side: 'knowledge', fact: 'requires.citations', line: 5, text: 'Answers link to the help article they come from.' }],
      },
      {
        path: 'docs/adr/0010-ticket-summaries.md',
        kind: 'adr',
        format: 'madr',
        facts: {
          'adr.status': 'accepted',
          'adr.title': 'Ticket summaries in our house style',
          'adr.llmRelated': true,
          approach: 'rag',
          'uses.retrieval': true,
          'behavior.strictFormat': true,
          'behavior.tone': true,
          'prompt.instructionTokens': 2400,
          recommendation: 'fine-tuning',
        },
        signals: [
          { side: 'behavior', fact: 'behavior.strictFormat', line: 6, text: 'Summaries follow the five-heading template exactly.' },
          { side: 'behavior', fact: 'behavior.tone', line: 7, text: 'They must read in our calm, second-person voice.' },
          { side: 'behavior', fact: 'prompt.instructionTokens', line: 8, text: 'The static instructions already run to 2,400 tokens.' },
        ],
      },
      {
        path: 'llm-architecture.yml',
        kind: 'manifest',
        format: 'llm-arch-manifest',
        facts: { approach: 'fine-tuning', 'finetune.purpose': 'behavior', recommendation: 'fine-tuning' },
        signals: [
          { side: 'behavior', fact: 'behavior.tone', line: 6, text: 'behavior: [tone, strict-format, reasoning, latency, high-volume]' },
          {
            side: 'behavior',
            fact: 'behavior.strictFormat',
            line: 6,
            text: 'behavior: [tone, strict-format, reasoning, latency, high-volume]',
          },
          {
            side: 'behavior',
            fact: 'behavior.reasoning',
            line: 6,
            text: 'behavior: [tone, strict-format, reasoning, latency, high-volume]',
          },
          {
            side: 'behavior',
            fact: 'behavior.latencySensitive',
            line: 6,
            text: 'behavior: [tone, strict-format, reasoning, latency, high-volume]',
          },
          {
            side: 'behavior',
            fact: 'behavior.highVolume',
            line: 6,
            text: 'behavior: [tone, strict-format, reasoning, latency, high-volume]',
          },
        ],
      },
      {
        path: CONFIG,
        kind: 'finetune-config',
        format: 'axolotl',
        facts: { 'uses.fineTuning': true, 'training.examples': 180, 'training.evalSet': false },
        signals: [],
      },
      {
        path: DATA,
        kind: 'training-data',
        format: 'openai-chat-jsonl',
        facts: { 'training.examples': 180, 'training.sensitiveData': true, 'training.volatileFactRatio': 0.02 },
        signals: [],
      },
    ],
    findings: FINDINGS.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e })) })),
    notes: ['docs/adr/0099-archive-dump.md skipped: 3.1 MiB over limits.maxFileBytes (2 MiB)'],
    summary: { documents: 7, errors: 2, warnings: 2, notices: 2, suppressed: 1 },
  };
}

/** The same pull request after a push that fixed everything but the suppressed finding. */
export function allClearReport(): Report {
  const report = fixtureReport();
  report.findings = report.findings.filter((f) => f.suppressed !== undefined);
  report.summary = { documents: 7, errors: 0, warnings: 0, notices: 0, suppressed: 1 };
  return report;
}

/** A run where no ADR or model config matched. */
export function emptyReport(): Report {
  const report = fixtureReport();
  report.documents = [];
  report.findings = [];
  report.notes = [];
  report.summary = { documents: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 };
  return report;
}

/** `count` open findings spread over documents and severities, with long messages. */
export function hugeReport(count: number): Report {
  const report = fixtureReport();
  const severities = ['error', 'warning', 'notice'] as const;
  report.findings = Array.from({ length: count }, (_, i) => {
    const severity = severities[i % 3] ?? 'notice';
    const path = `docs/adr/${String(i % 40).padStart(4, '0')}-decision.md`;
    return {
      ruleId: 'finetune-for-knowledge',
      severity,
      title: 'Fine-tuning to teach facts',
      path,
      line: i + 1,
      message: `Finding ${i}: the fine-tune is meant to teach product facts. ${HOSTILE} ${'x'.repeat(300)}`,
      remedy: 'Put the facts in a retrieval store.',
      helpUri: `${RULES}/finetune-for-knowledge.md`,
      evidence: [{ path, line: i + 1, text: `${HOSTILE} ${'y'.repeat(400)}` }],
      fingerprint: `fp-${i}`,
    };
  });
  report.summary = {
    documents: 7,
    errors: Math.ceil(count / 3),
    warnings: Math.floor((count + 1) / 3),
    notices: Math.floor(count / 3),
    suppressed: 0,
  };
  return report;
}

const KNOWLEDGE_FACTS = [
  'knowledge.changesFast',
  'requires.citations',
  'requires.audit',
  'knowledge.perTenant',
  'data.sensitive',
  'data.erasure',
  'knowledge.corpusGrowing',
  'finetune.purpose',
];
const BEHAVIOR_FACTS = [
  'behavior.strictFormat',
  'behavior.tone',
  'behavior.narrowTask',
  'behavior.highVolume',
  'behavior.latencySensitive',
  'behavior.reasoning',
  'behavior.vocabulary',
  'prompt.instructionTokens',
];

/** File names a pull request can choose, each trying to break the table or the Mermaid chart. */
export const HOSTILE_DECISION_PATHS = [
  'docs/decisions/title classDef [x](javascript:alert(1)) @octocat.md',
  'docs/adr/0003-search.md',
  'docs/decisions/0003-search.md',
  'docs/adr/决定-检索.md',
  'docs/adr/quadrantChart x-axis --> y-axis.md',
  'docs/adr/ADR-012_accTitle: x | y.md',
  'docs/adr/%%{init: {"theme":"dark"}}%%.md',
  'docs/adr/`pwn`<script>alert(1)</script>.md',
];

/**
 * `count` LLM decisions (hostile file names first, then numbered ADRs) whose signal counts, choices and
 * agreement vary, with long hostile quotes: enough to fold the table, cap the chart and trim rows.
 */
export function manyDecisionsReport(count = 30): Report {
  const report = fixtureReport();
  const approaches = ['rag', 'fine-tuning', 'hybrid', 'prompting', 'continued-pretraining', 'none'];
  report.documents = Array.from({ length: count }, (_, i) => {
    const path = HOSTILE_DECISION_PATHS[i] ?? `docs/adr/${String(i + 20).padStart(4, '0')}-decision-${i}.md`;
    const knowledge = i % 10;
    const behavior = (i * 3 + Math.floor(i / 10)) % 10;
    const signals = [
      ...Array.from({ length: knowledge }, (_, j) => ({
        side: 'knowledge' as const,
        fact: KNOWLEDGE_FACTS[j] ?? `knowledge.extra${j} | @octocat`,
        line: 10 + j,
        text: `Knowledge quote ${j} of ${path}: ${HOSTILE} ${'k'.repeat(120)}`,
      })),
      ...Array.from({ length: behavior }, (_, j) => ({
        side: 'behavior' as const,
        fact: BEHAVIOR_FACTS[j] ?? `behavior.extra${j}`,
        line: 30 + j,
        text: `Behaviour quote ${j}\n| not | a | row |`,
      })),
    ];
    const facts: Record<string, unknown> = {
      'adr.llmRelated': true,
      'adr.status': i % 7 === 3 ? 'superseded' : 'accepted',
      'adr.title': `Decision ${i} ${HOSTILE}`,
      approach: approaches[i % approaches.length],
      'knowledge.volatility': 'weekly',
    };
    if (i % 5 !== 4)
      facts['recommendation'] = knowledge && behavior ? 'hybrid' : knowledge ? 'rag' : behavior ? 'fine-tuning' : 'prompting';
    return { path, kind: i === count - 1 ? 'manifest' : 'adr', format: i === count - 1 ? 'llm-arch-manifest' : 'madr', facts, signals };
  });
  report.documents.push({
    path: 'docs/adr/0099-autoscaler.md',
    kind: 'adr',
    format: 'nygard',
    facts: { 'adr.llmRelated': false, approach: 'none' },
    signals: [],
  });
  report.summary = { ...report.summary, documents: report.documents.length };
  return report;
}
