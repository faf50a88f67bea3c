/**
 * What a pull request's change of the config or a local policy would do to the effective policy (pure): rules
 * added, dropped (with an `extends` entry), turned off or on, severities lowered or raised, options or
 * conditions changed. Used in the `policy-changed` finding's message.
 */
import type { Policy, Rule, RuleSeverity } from '../policy/policy-types.js';

const RANK: Record<RuleSeverity, number> = { error: 3, warning: 2, notice: 1, off: 0 };

export function describePolicyChange(base: Policy, head: Policy): string[] {
  const before = new Map<string, Rule>(base.rules.map((r) => [r.id, r]));
  const after = new Map<string, Rule>(head.rules.map((r) => [r.id, r]));
  const changes: string[] = [];
  for (const [id, rule] of after) {
    const old = before.get(id);
    if (!old) {
      if (rule.severity !== 'off') changes.push(`adds \`${id}\` (${rule.severity})`);
      continue;
    }
    if (old.severity !== rule.severity) {
      if (rule.severity === 'off') changes.push(`turns off \`${id}\` (was ${old.severity})`);
      else if (old.severity === 'off') changes.push(`turns on \`${id}\` (${rule.severity})`);
      else
        changes.push(
          `${RANK[rule.severity] < RANK[old.severity] ? 'lowers' : 'raises'} \`${id}\` from ${old.severity} to ${rule.severity}`,
        );
    }
    if (JSON.stringify(old.options ?? {}) !== JSON.stringify(rule.options ?? {})) changes.push(`changes the options of \`${id}\``);
    if (JSON.stringify(old.when) !== JSON.stringify(rule.when)) changes.push(`changes the condition of \`${id}\``);
  }
  for (const [id, old] of before) {
    if (!after.has(id) && old.severity !== 'off') changes.push(`drops \`${id}\` (was ${old.severity})`);
  }
  return changes;
}
