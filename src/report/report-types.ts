/** The JSON report (SPEC §7): the single source of everything the product shows. */
export type Severity = 'error' | 'warning' | 'notice';

export interface ReportEvidence {
  path: string;
  line: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  path: string;
  line: number;
  message: string;
  remedy: string;
  helpUri: string;
  evidence: ReportEvidence[];
  fingerprint: string;
  suppressed?: { reason: string; until?: string };
}

export interface ReportRule {
  id: string;
  severity: Severity | 'off';
  title: string;
  description: string;
  remedy: string;
  helpUri: string;
}

export interface ReportDocument {
  path: string;
  kind: string;
  format: string;
  facts: Record<string, unknown>;
  signals: { side: 'knowledge' | 'behavior'; fact: string; line: number; text: string }[];
}

export interface PullRequestInfo {
  repository: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** `+` line ranges per file, so a publisher can place inline comments without the diff. */
  changedLines: Record<string, [number, number][]>;
}

export interface Report {
  tool: { name: 'llm-arch-lint'; version: string };
  repository: string;
  pullRequest?: PullRequestInfo;
  policy: { sources: { source: string; sha?: string }[]; rules: ReportRule[] };
  documents: ReportDocument[];
  findings: Finding[];
  notes: string[];
  summary: { documents: number; errors: number; warnings: number; notices: number; suppressed: number };
}
