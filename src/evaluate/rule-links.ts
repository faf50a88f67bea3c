/** Where rules are documented (SPEC §1): one page per rule under docs/rules/. */
export const RULE_DOCS_BASE = 'https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/';

export function ruleDocUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
