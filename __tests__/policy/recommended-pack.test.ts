/** The built-in packs against SPEC §6.2: exactly the 20 rule ids and default severities, fully documented. */
import { describe, expect, it } from '@jest/globals';
import { FACT_BY_NAME } from '../../src/facts/vocabulary.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';
import type { Condition } from '../../src/policy/policy-types.js';

const SPEC_TABLE: [string, string][] = [
  ['finetune-for-fresh-facts', 'error'],
  ['finetune-for-knowledge', 'warning'],
  ['citations-need-retrieval', 'error'],
  ['sensitive-data-in-weights', 'error'],
  ['tenant-knowledge-in-weights', 'warning'],
  ['retraining-to-refresh-facts', 'error'],
  ['large-corpus-in-weights', 'warning'],
  ['insufficient-training-data', 'warning'],
  ['missing-eval-harness', 'warning'],
  ['finetune-before-baseline', 'warning'],
  ['finetune-to-fix-retrieval', 'warning'],
  ['naive-chunking', 'warning'],
  ['rag-without-evaluation', 'warning'],
  ['rag-for-behavior', 'notice'],
  ['unjustified-hybrid', 'notice'],
  ['training-data-volatile-facts', 'warning'],
  ['finetune-config-without-adr', 'warning'],
  ['adr-missing-sections', 'notice'],
  ['undecided-llm-adr', 'notice'],
  ['prompt-bloat', 'notice'],
];

/** SPEC §6.3 "Which documents a rule judges" (ADR-only rules also judge the manifest, §6.4, except the structure rules). */
const JUDGES: Record<string, string[]> = {
  'missing-eval-harness': ['adr', 'manifest', 'finetune-config'],
  'insufficient-training-data': ['adr', 'manifest', 'finetune-config'],
  'finetune-config-without-adr': ['finetune-config'],
  'naive-chunking': ['adr', 'manifest', 'rag-config'],
  'training-data-volatile-facts': ['training-data'],
  'sensitive-data-in-weights': ['adr', 'manifest', 'training-data'],
  'adr-missing-sections': ['adr'],
  'undecided-llm-adr': ['adr'],
  // Issue #4: continued pre-training configs on a large document corpus (SPEC §6.3 lists ADRs only).
  'large-corpus-in-weights': ['adr', 'manifest', 'finetune-config'],
};

const recommended = loadBuiltinPolicy('recommended');

function facts(c: Condition, out: string[] = []): string[] {
  if ('all' in c) c.all.forEach((x) => facts(x, out));
  else if ('any' in c) c.any.forEach((x) => facts(x, out));
  else if ('not' in c) facts(c.not, out);
  else out.push(c.fact);
  return out;
}

describe('recommended', () => {
  it('has exactly the rules and default severities of SPEC §6.2, in that order', () => {
    expect(recommended.rules.map((r) => [r.id, r.severity])).toEqual(SPEC_TABLE);
  });

  it('declares the options SPEC §6.2 names', () => {
    const options = Object.fromEntries(recommended.rules.filter((r) => Object.keys(r.options).length).map((r) => [r.id, r.options]));
    expect(options).toEqual({ 'insufficient-training-data': { min: 500 }, 'training-data-volatile-facts': { minRatio: 0.05 } });
  });

  it.each(recommended.rules.map((r) => [r.id, r] as const))('%s is documented and judges the documents of SPEC §6.3', (id, rule) => {
    for (const text of [
      rule.title,
      rule.message,
      rule.remedy,
      rule.description,
      rule.rationale,
      rule.examples?.fail,
      rule.examples?.pass,
    ]) {
      expect(text?.trim().length).toBeGreaterThan(10);
    }
    expect(rule.appliesTo).toEqual(JUDGES[id] ?? ['adr', 'manifest']);
    for (const fact of facts(rule.when)) expect(FACT_BY_NAME.has(fact)).toBe(true);
    expect(rule.message).toMatch(/\{\{/); // speaks about the document, not in generalities
  });

  it('guards every ADR content rule with adr.llmRelated and the judged statuses', () => {
    for (const rule of recommended.rules) {
      if (!rule.appliesTo?.includes('adr')) continue;
      const read = facts(rule.when);
      expect(read).toContain('adr.llmRelated');
      if (rule.id !== 'adr-missing-sections') expect(read).toContain('adr.status');
    }
  });
});
