/**
 * Rules (data) over facts → findings (SPEC §5, §6.4). For each document in scope: its reading problems become
 * engine findings, invalid suppressions are reported, and every rule that is on and judges the document's kind
 * is evaluated once. Pure: no I/O, the run's date comes in through `opts.now`.
 */
import type { DocumentFacts, Evidence, Suppression } from '../facts/types.js';
import type { Policy, Rule } from '../policy/policy-types.js';
import type { Finding, ReportEvidence, ReportRule } from '../report/report-types.js';
import { applySuppressions, checkSuppressions, type SuppressionOptions } from './apply-suppressions.js';
import { ENGINE_RULES, engineFinding } from './engine-rules.js';
import { conditionHolds, evaluateCondition, type Reason } from './evaluate-condition.js';
import { fingerprint } from './fingerprint.js';
import { renderMessage } from './render-message.js';
import { ruleDocUri, ruleHelpUri } from './rule-links.js';

export interface EvaluateOptions {
  /** The run's date: suppressions expire against its UTC date. */
  now: Date;
  /** Paths that receive findings; undefined = every document. */
  scope?: ReadonlySet<string>;
  /** True for a suppression the pull request adds: it takes effect only after merge (SPEC §3). */
  isPendingSuppression?: (path: string, suppression: Suppression) => boolean;
}

/**
 * Facts that say what the document is rather than what it decides: they gate rules but never locate a
 * finding nor appear as its evidence (a finding about a fine-tune points at the decision, not at "Status").
 */
const CONTEXT_FACTS = new Set(['doc.path', 'doc.kind', 'doc.format', 'adr.status', 'adr.title', 'adr.sections', 'adr.llmRelated']);

export function evaluate(docs: DocumentFacts[], policy: Policy, opts: EvaluateOptions): Finding[] {
  const knownRuleIds = new Set([...policy.rules.map((r) => r.id), ...Object.keys(ENGINE_RULES)]);
  const suppressionOpts: SuppressionOptions = {
    now: opts.now,
    knownRuleIds,
    ...(opts.isPendingSuppression ? { isPending: opts.isPendingSuppression } : {}),
  };
  const regexes = new Map<string, RegExp>();
  const findings: Finding[] = [];
  for (const doc of docs) {
    if (opts.scope && !opts.scope.has(doc.path)) continue;
    const { valid, invalid } = checkSuppressions(doc, suppressionOpts);
    // Loops rather than spreads and maps: this function runs for every document, and arrays built several ways
    // (their element kinds differing) deoptimised it and made V8 compile it again, five times in a 10k-ADR run.
    const found: Finding[] = [];
    for (const p of doc.problems) found.push(engineFinding(p.ruleId, doc.path, p.line, p.message, p.text));
    for (const f of invalid) found.push(f);
    if (doc.kind !== 'unknown') {
      const judged = new Set<string>();
      for (const rule of policy.rules) {
        if (rule.severity === 'off' || judged.has(rule.id) || !judges(rule, doc)) continue;
        judged.add(rule.id);
        const finding = judge(rule, doc, regexes);
        if (finding) found.push(finding);
      }
    }
    for (const f of unique(found)) findings.push(applySuppressions(f, valid, doc.path, suppressionOpts));
  }
  return findings;
}

function judges(rule: Rule, doc: DocumentFacts): boolean {
  return !rule.appliesTo || rule.appliesTo.includes(doc.kind);
}

function judge(rule: Rule, doc: DocumentFacts, regexes: Map<string, RegExp>): Finding | undefined {
  const ctx = { doc, options: rule.options, regexes };
  if (!conditionHolds(rule.when, ctx)) return undefined;
  const outcome = evaluateCondition(rule.when, ctx);
  const evidence = evidenceOf(outcome.reasons);
  // The location must be in the judged document (a config's facts may come from its training file).
  const located = evidence.find((e) => e.path === doc.path);
  const line = located?.line ?? doc.anchors.decisionLine ?? doc.anchors.titleLine ?? 1;
  return {
    ruleId: rule.id,
    severity: rule.severity as Finding['severity'],
    title: rule.title,
    path: doc.path,
    line,
    message: renderMessage(rule.message, { doc, options: rule.options, located }),
    remedy: rule.remedy,
    helpUri: ruleHelpUri(rule),
    evidence: evidence.map((e): ReportEvidence => ({ path: e.path, line: e.line, text: e.text })),
    fingerprint: fingerprint(rule.id, doc.path, located?.text ?? ''),
  };
}

/** The evidence of the facts that made the rule fire, in evaluation order, each quote once. */
function evidenceOf(reasons: Reason[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const { fact, evidence } of reasons) {
    if (!evidence || CONTEXT_FACTS.has(fact)) continue;
    const key = `${evidence.path}\u0000${evidence.line}\u0000${evidence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(evidence);
  }
  return out;
}

/** Engine findings repeat when extraction and suppression checks see the same problem: keep one. */
function unique(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.line}\u0000${f.fingerprint}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The report's rule list (SPEC §7): the policy's rules (including those turned off), then the engine rules. */
export function toReportRules(policy: Policy): ReportRule[] {
  const rules = policy.rules.map((r): ReportRule => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    description: r.description ?? r.title,
    remedy: r.remedy,
    helpUri: ruleHelpUri(r),
  }));
  const engine = Object.values(ENGINE_RULES).map((r): ReportRule => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    description: r.description,
    remedy: r.remedy,
    helpUri: ruleDocUri(r.id),
  }));
  return [...rules, ...engine];
}
