/** Counting open and suppressed findings, and deciding whether a report fails a run (SPEC §3, §4, §7). */
import type { Finding, Report, ReportDocument, Severity } from './report-types.js';

export type FailOn = Severity | 'never';

export interface OpenCounts {
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** Open findings: errors + warnings + notices (suppressed ones excluded). */
  findings: number;
}

/** A finding is open unless a (valid, unexpired) suppression covers it. */
export function isOpen(finding: Finding): boolean {
  return finding.suppressed === undefined;
}

function countFindings(findings: readonly Finding[]): OpenCounts {
  const counts: OpenCounts = { errors: 0, warnings: 0, notices: 0, suppressed: 0, findings: 0 };
  for (const finding of findings) {
    if (!isOpen(finding)) {
      counts.suppressed += 1;
      continue;
    }
    counts.findings += 1;
    if (finding.severity === 'error') counts.errors += 1;
    else if (finding.severity === 'warning') counts.warnings += 1;
    else counts.notices += 1;
  }
  return counts;
}

/**
 * Counts of the report's findings, computed from the findings themselves (never trusted from
 * `summary`, which a published report could misstate). Suppressed findings are counted apart.
 */
export function countOpen(report: Pick<Report, 'findings'>): OpenCounts {
  return countFindings(report.findings);
}

/** The report's `summary` field (SPEC §7): open findings by severity, suppressed apart. */
export function summarize(findings: readonly Finding[], documents: readonly ReportDocument[]): Report['summary'] {
  const { errors, warnings, notices, suppressed } = countFindings(findings);
  return { documents: documents.length, errors, warnings, notices, suppressed };
}

const FAIL_THRESHOLD: Readonly<Record<FailOn, readonly Severity[]>> = {
  error: ['error'],
  warning: ['error', 'warning'],
  notice: ['error', 'warning', 'notice'],
  never: [],
};

/** True when an open finding is at or above `failOn` (`never` never fails). Suppressed findings never fail. */
export function failsOn(report: Pick<Report, 'findings'>, failOn: FailOn): boolean {
  const failing = FAIL_THRESHOLD[failOn];
  return report.findings.some((finding) => isOpen(finding) && failing.includes(finding.severity));
}
