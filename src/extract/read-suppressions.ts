/**
 * `<!-- llm-arch-lint-disable RULE reason="…" until=YYYY-MM-DD -->` comments (SPEC §5).
 * Whether the rule exists and whether a reason is present is judged by the evaluator, which knows
 * the policy; here only the syntax is read.
 */
import type { DocumentProblem, Suppression } from '../facts/types.js';

const DIRECTIVE = /^llm-arch-lint-disable\b/;
const ATTR = /(reason|until)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

export function readSuppressions(comments: { text: string; line: number }[]): { suppressions: Suppression[]; problems: DocumentProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: DocumentProblem[] = [];
  for (const c of comments) {
    if (!DIRECTIVE.test(c.text)) continue;
    const rest = c.text.replace(DIRECTIVE, '').trim();
    const ruleId = /^[a-z0-9-]+(?=\s|$)/i.exec(rest)?.[0];
    const text = `<!-- ${c.text} -->`;
    if (!ruleId || /^(reason|until)$/i.test(ruleId)) {
      problems.push({
        ruleId: 'invalid-suppression',
        line: c.line,
        text,
        message: 'The suppression names no rule: write `llm-arch-lint-disable <rule-id> reason="…"`.',
      });
      continue;
    }
    const s: Suppression = { ruleId, line: c.line, text };
    ATTR.lastIndex = 0;
    for (let m = ATTR.exec(rest); m; m = ATTR.exec(rest)) {
      const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
      if (m[1] === 'reason' && value) s.reason = value;
      if (m[1] === 'until') s.until = value;
    }
    if (s.until !== undefined && !isIsoDate(s.until)) {
      problems.push({
        ruleId: 'invalid-suppression',
        line: c.line,
        text,
        message: `The suppression's until=${s.until} is not a date of the form YYYY-MM-DD.`,
      });
      continue;
    }
    suppressions.push(s);
  }
  return { suppressions, problems };
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
