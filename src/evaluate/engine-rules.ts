/**
 * The engine's own rules (SPEC §6.2): always on, in no pack, raised by the engine rather than by a condition.
 * Their metadata lives here once, for findings, the report's rule list and the docs.
 */
import type { Finding, Severity } from '../report/report-types.js';
import { fingerprint } from './fingerprint.js';
import { ruleDocUri } from './rule-links.js';

export type EngineRuleId = 'policy-changed' | 'parse-error' | 'invalid-suppression' | 'invalid-front-matter' | 'invalid-policy';

export interface EngineRule {
  id: EngineRuleId;
  severity: Severity;
  title: string;
  description: string;
  remedy: string;
}

export const ENGINE_RULES: Readonly<Record<EngineRuleId, EngineRule>> = {
  'policy-changed': {
    id: 'policy-changed',
    severity: 'notice',
    title: 'Policy change takes effect after merge',
    description:
      'The pull request changes the config, a local policy it extends, or the workflow step that runs llm-arch-lint. The pull request is still judged by the policy of its base commit; the message says what the change would do to the effective policy once merged.',
    remedy: 'Have a reviewer who owns the policy approve the change; nothing to fix if it is intended.',
  },
  'parse-error': {
    id: 'parse-error',
    severity: 'error',
    title: 'Document cannot be parsed',
    description:
      'A document in scope cannot be parsed (broken ADR front matter, invalid YAML, JSON, TOML or JSONL), so none of its facts can be read and no rule can judge it.',
    remedy: 'Fix the syntax at the line and column given in the message.',
  },
  'invalid-suppression': {
    id: 'invalid-suppression',
    severity: 'warning',
    title: 'Suppression comment is invalid',
    description:
      'An llm-arch-lint-disable comment has no reason, names a rule that does not exist, or has an `until` that is not a date. It suppresses nothing.',
    remedy:
      'Write `<!-- llm-arch-lint-disable RULE-ID reason="why this is acceptable" until=YYYY-MM-DD -->` with an existing rule id and a reason.',
  },
  'invalid-front-matter': {
    id: 'invalid-front-matter',
    severity: 'warning',
    title: 'The llm: front-matter block is invalid',
    description:
      'The `llm:` block of an ADR has an unknown key or a value of the wrong type. Declared values win over prose, so a mistyped one is ignored rather than guessed.',
    remedy: 'Use the keys and values listed in the README (approach, finetune-purpose, knowledge-volatility, …).',
  },
  'invalid-policy': {
    id: 'invalid-policy',
    severity: 'error',
    title: 'Config or policy is invalid',
    description:
      'A config or policy file changed by the pull request fails validation: unknown fact or rule, a schema violation, an unsafe regular expression, or an `extends` cycle. After merge, every run would stop on it.',
    remedy: 'Fix the file at the line and JSON path the message names.',
  },
};

export function isEngineRuleId(id: string): id is EngineRuleId {
  return Object.hasOwn(ENGINE_RULES, id);
}

/** A finding of an engine rule; `evidence` is the quoted text it is about (also what the fingerprint follows). */
export function engineFinding(ruleId: EngineRuleId, path: string, line: number, message: string, evidence?: string): Finding {
  const rule = ENGINE_RULES[ruleId];
  return {
    ruleId,
    severity: rule.severity,
    title: rule.title,
    path,
    line: Math.max(1, line),
    message,
    remedy: rule.remedy,
    helpUri: ruleDocUri(ruleId),
    evidence: evidence !== undefined ? [{ path, line: Math.max(1, line), text: evidence }] : [],
    fingerprint: fingerprint(ruleId, path, evidence ?? message),
  };
}
