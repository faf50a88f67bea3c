/**
 * Suppression comments (SPEC §5): `<!-- llm-arch-lint-disable RULE reason="…" until=YYYY-MM-DD -->` silences
 * its rule on the whole document. Without a reason, naming an unknown rule or with an `until` that is not a
 * date, it is an `invalid-suppression` finding and suppresses nothing. `until` is inclusive and compared with
 * the run's UTC date; once past, the finding is open again and says so. A suppression the pull request adds
 * takes effect only after merge.
 */
import type { DocumentFacts, Suppression } from '../facts/types.js';
import type { Finding } from '../report/report-types.js';
import { didYouMean } from '../policy/did-you-mean.js';
import { engineFinding } from './engine-rules.js';

export interface SuppressionOptions {
  now: Date;
  /** Every rule id a suppression may name: the policy's rules and the engine rules. */
  knownRuleIds: ReadonlySet<string>;
  /** True for a suppression the pull request adds (absent from the base version of the file). */
  isPending?: (path: string, suppression: Suppression) => boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `invalid-suppression` findings of a document, and its valid suppressions. */
export function checkSuppressions(doc: DocumentFacts, opts: SuppressionOptions): { valid: Suppression[]; invalid: Finding[] } {
  const valid: Suppression[] = [];
  const invalid: Finding[] = [];
  for (const s of doc.suppressions) {
    const problem = whyInvalid(s, opts.knownRuleIds);
    if (problem) invalid.push(engineFinding('invalid-suppression', doc.path, s.line, `${problem}; it suppresses nothing.`, s.text));
    else valid.push(s);
  }
  return { valid, invalid };
}

function whyInvalid(s: Suppression, known: ReadonlySet<string>): string | undefined {
  if (!known.has(s.ruleId)) return `The suppression names an unknown rule "${s.ruleId}"${didYouMean(s.ruleId, known)}`;
  if (!s.reason?.trim()) return `The suppression of ${s.ruleId} gives no reason="…"`;
  if (s.until !== undefined && !isDate(s.until))
    return `The suppression of ${s.ruleId} has until=${s.until}, which is not a date (YYYY-MM-DD)`;
  return undefined;
}

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Marks a finding suppressed, or explains in its message why its suppression does not apply (yet, or any more). */
export function applySuppressions(finding: Finding, suppressions: Suppression[], path: string, opts: SuppressionOptions): Finding {
  const mine = suppressions.filter((s) => s.ruleId === finding.ruleId);
  if (mine.length === 0) return finding;
  const today = opts.now.toISOString().slice(0, 10);
  const current = mine.filter((s) => s.until === undefined || s.until >= today);
  const inForce = current.find((s) => !opts.isPending?.(path, s));
  if (inForce) {
    const suppressed = { reason: (inForce.reason ?? '').trim(), ...(inForce.until ? { until: inForce.until } : {}) };
    return { ...finding, suppressed };
  }
  if (current.length > 0) {
    return { ...finding, message: `${finding.message} The suppression this pull request adds takes effect after merge.` };
  }
  const lastExpiry = mine
    .map((s) => s.until as string)
    .sort()
    .at(-1);
  return { ...finding, message: `${finding.message} Its suppression expired on ${lastExpiry}.` };
}
