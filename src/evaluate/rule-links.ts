/** Where rules are documented (SPEC §1): one page per built-in rule under docs/rules/. */
import type { Rule } from '../policy/policy-types.js';
import { BUILTIN_PACKS } from '../policy/embedded-assets.js';

export const RULE_DOCS_BASE = 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/';
/** Custom rules without their own `helpUri` link to the README's section on writing rules. */
export const CUSTOM_RULES_URI = 'https://github.com/llm-arch-lint/llm-arch-lint#custom-rules';

const BUILTIN_FILES = new Set(Object.values(BUILTIN_PACKS).map((p) => p.file));

export function ruleDocUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

export function ruleHelpUri(rule: Rule): string {
  if (rule.helpUri) return rule.helpUri;
  return BUILTIN_FILES.has(rule.definedIn) ? ruleDocUri(rule.id) : CUSTOM_RULES_URI;
}
