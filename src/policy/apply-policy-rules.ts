/**
 * Applies one file's `rules` over the rules it inherits (SPEC §5): an entry with `when` defines (or replaces)
 * a rule; an entry without `when` adjusts an inherited one, and naming a rule that does not exist is an error.
 */
import type { DocKind } from '../facts/types.js';
import { isEngineRuleId } from '../evaluate/engine-rules.js';
import { didYouMean } from './did-you-mean.js';
import type { ParsedPolicyFile } from './parse-policy-file.js';
import { toJsonPath } from './json-path.js';
import { PolicyError, type Condition, type Rule, type RuleSeverity } from './policy-types.js';

type Obj = Record<string, unknown>;

/** Mutates `rules` (insertion order = the order rules are listed in reports). */
export function applyPolicyRules(rules: Map<string, Rule>, parsed: ParsedPolicyFile): void {
  for (const [id, entry] of Object.entries(parsed.data.rules ?? {})) {
    const fail = (path: (string | number)[], detail: string): never => {
      const full = ['rules', id, ...path];
      throw new PolicyError(parsed.file, parsed.lineOf(full), toJsonPath(full), detail);
    };
    if (typeof entry === 'object' && entry['when'] !== undefined) {
      rules.set(id, toRule(id, entry, parsed.file));
      continue;
    }
    const inherited = rules.get(id);
    if (!inherited) {
      if (isEngineRuleId(id)) fail([], `"${id}" is an engine rule: it is always on and cannot be adjusted`);
      const hint = didYouMean(id, rules.keys());
      fail([], `unknown rule "${id}"${hint}: to define a new rule, give it "when", "severity", "title", "message" and "remedy"`);
      return;
    }
    const adjustment = typeof entry === 'string' ? { severity: entry } : entry;
    const options = { ...inherited.options };
    for (const [name, value] of Object.entries((adjustment['options'] as Obj | undefined) ?? {})) {
      if (!(name in inherited.options)) {
        const known = Object.keys(inherited.options);
        fail(
          ['options', name],
          `rule "${id}" has no option "${name}" (it has ${known.length ? known.join(', ') : 'none'})${didYouMean(name, known)}`,
        );
      }
      const current = inherited.options[name];
      if (current !== null && current !== undefined && typeof current !== typeof value) {
        fail(['options', name], `must be a ${typeof current}, like the default ${JSON.stringify(current)}`);
      }
      options[name] = value;
    }
    rules.set(id, {
      ...inherited,
      severity: (adjustment['severity'] as RuleSeverity | undefined) ?? inherited.severity,
      options,
    });
  }
}

function toRule(id: string, entry: Obj, file: string): Rule {
  const optional = <K extends string>(key: K) => (entry[key] !== undefined ? { [key]: entry[key] } : {});
  return {
    id,
    severity: entry['severity'] as RuleSeverity,
    title: String(entry['title']),
    message: String(entry['message']),
    remedy: String(entry['remedy']),
    ...(optional('description') as { description?: string }),
    ...(optional('rationale') as { rationale?: string }),
    ...(optional('examples') as { examples?: { fail?: string; pass?: string } }),
    options: { ...((entry['options'] as Obj | undefined) ?? {}) },
    ...(optional('appliesTo') as { appliesTo?: DocKind[] }),
    ...(optional('helpUri') as { helpUri?: string }),
    when: entry['when'] as Condition,
    definedIn: file,
  };
}
