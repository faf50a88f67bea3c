/**
 * A report as the pipeline would write it for a pull request that fine-tunes a support assistant:
 * three documents, findings of each severity, one suppressed, one on a policy file that is not a
 * document, and evidence carrying hostile text (mentions, HTML, link injection, a `</details>`
 * breakout and a forged sticky-comment marker).
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
          approach: 'fine-tuning',
          'knowledge.volatility': 'weekly',
          recommendation: 'rag',
          'adr.sections': ['status', 'context', 'decision'],
        },
        signals: [{ side: 'knowledge', fact: 'knowledge.changesFast', line: 9, text: 'Rate cards change weekly' }],
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
    summary: { documents: 3, errors: 2, warnings: 2, notices: 2, suppressed: 1 },
  };
}

/** The same pull request after a push that fixed everything but the suppressed finding. */
export function allClearReport(): Report {
  const report = fixtureReport();
  report.findings = report.findings.filter((f) => f.suppressed !== undefined);
  report.summary = { documents: 3, errors: 0, warnings: 0, notices: 0, suppressed: 1 };
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
    documents: 3,
    errors: Math.ceil(count / 3),
    warnings: Math.floor((count + 1) / 3),
    notices: Math.floor(count / 3),
    suppressed: 0,
  };
  return report;
}
