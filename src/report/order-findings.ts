/** The one order every output uses: most severe first, within and across documents. */
import type { Finding, ReportDocument, Severity } from './report-types.js';
import { SEVERITY_RANK } from './severity.js';

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Severity, then path, then line, then rule id: deterministic whatever order the evaluator produced. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    byText(a.path, b.path) ||
    a.line - b.line ||
    byText(a.ruleId, b.ruleId) ||
    byText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Findings of one file, with the analysed document when the report has it (a policy file has none). */
export interface DocumentGroup {
  path: string;
  document?: ReportDocument;
  /** Most severe first, then by line. */
  findings: Finding[];
  counts: Record<Severity, number>;
}

/**
 * Groups findings by file. Groups come most severe first: more errors first, then more warnings,
 * then more notices, then by path; within a group, by severity and then line.
 */
export function groupByDocument(findings: readonly Finding[], documents: readonly ReportDocument[]): DocumentGroup[] {
  const byPath = new Map<string, DocumentGroup>();
  for (const finding of findings) {
    let group = byPath.get(finding.path);
    if (!group) {
      group = {
        path: finding.path,
        document: documents.find((document) => document.path === finding.path),
        findings: [],
        counts: { error: 0, warning: 0, notice: 0 },
      };
      byPath.set(finding.path, group);
    }
    group.findings.push(finding);
    group.counts[finding.severity] += 1;
  }
  const groups = [...byPath.values()];
  for (const group of groups) {
    group.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || compareFindings(a, b));
  }
  return groups.sort(
    (a, b) =>
      b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.notice - a.counts.notice || byText(a.path, b.path),
  );
}
