/** The evaluator around the conditions: scope, kinds, locations, messages, fingerprints, engine findings. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatNumber } from '../../src/evaluate/render-message.js';
import { engineFinding, ENGINE_RULES } from '../../src/evaluate/engine-rules.js';
import { evaluate, toReportRules } from '../../src/evaluate/evaluate.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';
import type { Policy, Rule } from '../../src/policy/policy-types.js';
import { adr, makeDoc } from './make-doc.js';
import { runs } from '../property-runs.js';

const now = new Date('2026-03-01T00:00:00Z');
const recommended = loadBuiltinPolicy();

function customRule(overrides: Partial<Rule>): Rule {
  return {
    id: 'adr-needs-owner',
    severity: 'warning',
    title: 'LLM decisions name an owner',
    message: '{{doc.path}} names no owner for this LLM decision.',
    remedy: 'Add `owner:` to the front matter.',
    options: {},
    when: { all: [{ fact: 'adr.llmRelated', equals: true }, { not: { fact: 'adr.frontMatter.owner', exists: true } }] },
    definedIn: 'policies/team.yml',
    ...overrides,
  };
}
const policyOf = (...rules: Rule[]): Policy => ({ sources: [{ source: 'policies/team.yml' }], rules });

describe('evaluate', () => {
  it('runs the SPEC §5 custom rule: message interpolation, absence located at the decision line, custom help link', () => {
    const [finding] = evaluate([adr({}, { frontMatter: { status: 'accepted' } })], policyOf(customRule({})), { now });
    expect(finding).toMatchObject({
      ruleId: 'adr-needs-owner',
      severity: 'warning',
      path: 'docs/adr/0007-assistant.md',
      line: 12,
      message: 'docs/adr/0007-assistant.md names no owner for this LLM decision.',
      evidence: [],
      helpUri: 'https://github.com/llm-arch-lint/llm-arch-lint#custom-rules',
    });
    expect(evaluate([adr({}, { frontMatter: { owner: 'ml-platform' } })], policyOf(customRule({})), { now })).toEqual([]);
  });

  it('links a custom rule to its own helpUri and built-in rules to docs/rules', () => {
    const rules = toReportRules({ ...recommended, rules: [...recommended.rules, customRule({ helpUri: 'https://wiki.acme.dev/owners' })] });
    expect(rules.find((r) => r.id === 'adr-needs-owner')?.helpUri).toBe('https://wiki.acme.dev/owners');
    expect(rules.find((r) => r.id === 'naive-chunking')?.helpUri).toBe(
      'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/naive-chunking.md',
    );
  });

  it('skips rules that are off, documents out of scope, other kinds and unparsable documents', () => {
    const rule = customRule({});
    const docs = [adr({}, { path: 'docs/adr/a.md' }), adr({}, { path: 'docs/adr/b.md' }), makeDoc('unknown', { 'adr.llmRelated': true })];
    expect(evaluate(docs, policyOf({ ...rule, severity: 'off' }), { now })).toEqual([]);
    expect(evaluate(docs, policyOf(rule), { now, scope: new Set(['docs/adr/b.md']) }).map((f) => f.path)).toEqual(['docs/adr/b.md']);
    expect(evaluate(docs, policyOf({ ...rule, appliesTo: ['manifest'] }), { now })).toEqual([]);
    expect(evaluate(docs, policyOf(rule), { now }).map((f) => f.path)).toEqual(['docs/adr/a.md', 'docs/adr/b.md']);
  });

  it('never reports the same rule twice on one document', () => {
    const rule = customRule({});
    expect(evaluate([adr({})], policyOf(rule, { ...rule }), { now })).toHaveLength(1);
  });

  it('locates at the title, then line 1, when nothing else locates the finding', () => {
    const rule = customRule({});
    expect(evaluate([adr({}, { anchors: { titleLine: 3 } })], policyOf(rule), { now })[0]?.line).toBe(3);
    expect(evaluate([adr({}, { anchors: {} })], policyOf(rule), { now })[0]?.line).toBe(1);
  });

  it('never locates in another file: a config judged on its training file points at its own key', () => {
    const doc = makeDoc('finetune-config', {
      'training.examples': [80, 1, '80 examples'],
      'uses.fineTuning': [true, 4, 'base_model: llama'],
    });
    doc.facts['training.examples']!.evidence!.path = 'ml/data/replies.jsonl';
    const [finding] = evaluate([doc], recommended, { now }).filter((f) => f.ruleId === 'insufficient-training-data');
    expect(finding?.line).toBe(4);
    expect(finding?.evidence.map((e) => e.path)).toEqual(['ml/data/replies.jsonl', 'ml/finetune/axolotl.yml']);
  });

  it('keeps document-classifying facts out of evidence and location', () => {
    const doc = adr({
      'adr.status': ['accepted', 3, 'Status: Accepted'],
      'adr.llmRelated': [true, 5, 'the assistant uses GPT-4o'],
      'uses.fineTuning': [true, 14, 'We will fine-tune.'],
    });
    const [finding] = evaluate([doc], recommended, { now }).filter((f) => f.ruleId === 'finetune-before-baseline');
    expect(finding?.line).toBe(14);
    expect(finding?.evidence).toEqual([{ path: doc.path, line: 14, text: 'We will fine-tune.' }]);
  });

  it('gives a fingerprint that survives line moves and whitespace but not a different quote', () => {
    const at = (line: number, text: string) =>
      evaluate([adr({ 'uses.fineTuning': [true, line, text] })], recommended, { now }).find((f) => f.ruleId === 'finetune-before-baseline')
        ?.fingerprint;
    const base = at(14, 'We will fine-tune Llama 3.');
    expect(base).toMatch(/^[0-9a-f]{20}$/);
    expect(at(40, 'We will   fine-tune\nllama 3.')).toBe(base);
    expect(at(14, 'We will fine-tune Mistral.')).not.toBe(base);
  });

  it('renders options, percentages, lists, unknown values and long quotes', () => {
    const rule = customRule({
      options: { min: 500 },
      message:
        '{{training.examples}} < {{options.min}}; {{training.volatileFactRatio|percent}}; {{adr.sections}}; {{behavior.tone}}; {{evidence}}; {{evidence.requires.audit}}',
      when: { fact: 'uses.fineTuning', equals: true },
    });
    const long = `We will fine-tune ${'a very long sentence '.repeat(20)}`;
    const [finding] = evaluate(
      [adr({ 'uses.fineTuning': [true, 14, long], 'training.volatileFactRatio': 0.0625, 'adr.sections': ['status', 'decision'] })],
      policyOf(rule),
      { now },
    );
    const quoted = finding?.message.split('; ')[4] ?? '';
    expect(finding?.message.startsWith('unknown < 500; 6.3%; status, decision; false; "We will fine-tune a very long')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(202);
    expect(quoted.endsWith('…"')).toBe(true);
    expect(finding?.message.split('; ')[5]).toBe(quoted); // a fact without evidence quotes the finding's evidence
  });

  it('turns document problems into engine findings', () => {
    const doc = makeDoc(
      'unknown',
      {},
      {
        path: 'ml/rag/broken.yml',
        problems: [{ ruleId: 'parse-error', line: 7, column: 3, message: 'Unexpected end of flow sequence at 7:3', text: 'chunks: [' }],
      },
    );
    expect(evaluate([doc], recommended, { now })).toEqual([
      {
        ruleId: 'parse-error',
        severity: 'error',
        title: ENGINE_RULES['parse-error'].title,
        path: 'ml/rag/broken.yml',
        line: 7,
        message: 'Unexpected end of flow sequence at 7:3',
        remedy: ENGINE_RULES['parse-error'].remedy,
        helpUri: 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/parse-error.md',
        evidence: [{ path: 'ml/rag/broken.yml', line: 7, text: 'chunks: [' }],
        fingerprint: expect.stringMatching(/^[0-9a-f]{20}$/),
      },
    ]);
  });

  it('gives invalid front matter its warning', () => {
    const doc = adr(
      {},
      { problems: [{ ruleId: 'invalid-front-matter', line: 4, message: 'llm.approach: "finetune" is not one of rag, fine-tuning, …' }] },
    );
    expect(evaluate([doc], recommended, { now }).map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['invalid-front-matter', 'warning', 4],
      ['undecided-llm-adr', 'notice', 12],
    ]);
  });
});

describe('engineFinding', () => {
  it('builds a finding with the engine rule metadata', () => {
    const f = engineFinding('invalid-policy', '.github/llm-arch-lint.yml', 13, 'rules.x: unknown fact', 'fact: knowlege.volatility');
    expect(f).toMatchObject({
      ruleId: 'invalid-policy',
      severity: 'error',
      line: 13,
      evidence: [{ path: '.github/llm-arch-lint.yml', line: 13, text: 'fact: knowlege.volatility' }],
    });
    expect(engineFinding('policy-changed', 'c.yml', 0, 'm').line).toBe(1);
  });
});

describe('toReportRules', () => {
  it('lists the policy rules (off ones too) and then the engine rules', () => {
    const policy = {
      ...recommended,
      rules: recommended.rules.map((r) => (r.id === 'prompt-bloat' ? { ...r, severity: 'off' as const } : r)),
    };
    const rules = toReportRules(policy);
    expect(rules).toHaveLength(25);
    expect(rules.find((r) => r.id === 'prompt-bloat')?.severity).toBe('off');
    expect(rules.slice(20).map((r) => r.id)).toEqual([
      'policy-changed',
      'parse-error',
      'invalid-suppression',
      'invalid-front-matter',
      'invalid-policy',
    ]);
    for (const r of rules) expect(r.description.length).toBeGreaterThan(20);
  });
});

describe('formatNumber', () => {
  it('writes numbers as toLocaleString("en-US") does', () => {
    for (const n of [
      0,
      -0,
      7,
      999,
      1000,
      -1000,
      12000,
      1234567,
      -98765432,
      2 ** 53 - 1,
      2 ** 53,
      1e21,
      0.5,
      1234.5678,
      -0.0001,
      NaN,
      Infinity,
    ])
      expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.double()), (n) => {
        expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
      }),
      runs(2000, 2),
    );
  });
});
