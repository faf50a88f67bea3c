/** `--rules` and `--explain` text, from the rule metadata of the loaded policy (rules are data). */
import { ENGINE_RULES } from '../evaluate/engine-rules.js';
import type { Policy, Rule } from '../policy/policy-types.js';

export function renderRuleList(policy: Policy): string {
  const rows = [
    ...policy.rules.map((r) => [r.id, r.severity, r.title]),
    ...Object.values(ENGINE_RULES).map((r) => [r.id, `${r.severity} (engine)`, r.title]),
  ];
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  return `${rows.map(([id, sev, title]) => `${id!.padEnd(w0)}  ${sev!.padEnd(w1)}  ${title}`).join('\n')}\n`;
}

export function renderExplain(policy: Policy, id: string): string | undefined {
  const rule: Partial<Rule> | undefined = policy.rules.find((r) => r.id === id) ?? Object.values(ENGINE_RULES).find((r) => r.id === id);
  if (!rule) return undefined;
  const parts = [`${rule.id} (${rule.severity}): ${rule.title}`];
  if (rule.description) parts.push(rule.description.trim());
  if (rule.rationale) parts.push(`Why:\n${indent(rule.rationale)}`);
  if (rule.examples?.fail) parts.push(`Fails:\n${indent(rule.examples.fail)}`);
  if (rule.examples?.pass) parts.push(`Passes:\n${indent(rule.examples.pass)}`);
  if (rule.remedy) parts.push(`Remedy:\n${indent(rule.remedy)}`);
  if (rule.options && Object.keys(rule.options).length) parts.push(`Options: ${JSON.stringify(rule.options)}`);
  parts.push(`Docs: https://github.com/llm-arch-lint/llm-arch-lint/blob/main/docs/rules/${rule.id}.md`);
  return `${parts.join('\n\n')}\n`;
}

function indent(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
