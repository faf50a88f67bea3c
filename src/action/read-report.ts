/**
 * `mode: publish` reads a report written by an `analyze` run: untrusted input (a fork's pull_request workflow
 * can write anything into it). It is size-limited, parsed, validated against policies/schema/report.schema.json
 * (embedded), and capped (list lengths, string lengths); counts are recomputed from the findings. Every
 * renderer escapes all text again when it renders.
 */
import fs from 'node:fs/promises';
import { summarize } from '../report/report-counts.js';
import type { Report } from '../report/report-types.js';
import { formatSchemaErrors, MAX_REPORT_BYTES, reportSchemaErrors } from '../report/validate-report.js';
import { ReportError } from './report-error.js';

export { MAX_REPORT_BYTES };

/** Caps applied to a published report (beyond them, entries are dropped and a note says so). */
export const REPORT_CAPS = {
  findings: 20000,
  evidence: 20,
  documents: 10000,
  signals: 100,
  facts: 200,
  notes: 500,
  rules: 1000,
  sources: 100,
  changedFiles: 3000,
  rangesPerFile: 5000,
  stringChars: 10000,
} as const;

function capString(value: string): string {
  return value.length > REPORT_CAPS.stringChars ? `${value.slice(0, REPORT_CAPS.stringChars - 1)}…` : value;
}

/** Every string in `value` cut to `REPORT_CAPS.stringChars` (depth-limited: facts are free-form). */
function capStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return capString(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => capStrings(v as unknown, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[capString(k)] = capStrings(v, depth + 1);
  return out as T;
}

/** The report with every list and string within `REPORT_CAPS`, and its summary recomputed. */
export function capReport(input: Report): Report {
  const report = capStrings(input);
  const notes: string[] = [];
  const cut = <T>(list: T[], max: number, what: string): T[] => {
    if (list.length <= max) return list;
    notes.push(`The published report had ${list.length} ${what}; the first ${max} are shown.`);
    return list.slice(0, max);
  };
  report.findings = cut(report.findings, REPORT_CAPS.findings, 'findings').map((f) => ({
    ...f,
    evidence: f.evidence.slice(0, REPORT_CAPS.evidence),
  }));
  report.documents = cut(report.documents, REPORT_CAPS.documents, 'documents').map((d) => ({
    ...d,
    facts: Object.fromEntries(Object.entries(d.facts).slice(0, REPORT_CAPS.facts)),
    signals: d.signals.slice(0, REPORT_CAPS.signals),
  }));
  report.policy = {
    sources: report.policy.sources.slice(0, REPORT_CAPS.sources),
    rules: report.policy.rules.slice(0, REPORT_CAPS.rules),
  };
  if (report.pullRequest) {
    const files = Object.entries(report.pullRequest.changedLines).slice(0, REPORT_CAPS.changedFiles);
    report.pullRequest.changedLines = Object.fromEntries(files.map(([path, ranges]) => [path, ranges.slice(0, REPORT_CAPS.rangesPerFile)]));
  }
  report.notes = [...report.notes.slice(0, REPORT_CAPS.notes), ...notes];
  report.summary = summarize(report.findings, report.documents);
  return report;
}

/** Reads, validates and caps a report file; a ReportError says what is wrong with it. */
export async function readUntrustedReport(file: string): Promise<Report> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    throw new ReportError(
      `cannot read the report ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
  if (!stat.isFile()) throw new ReportError(`the report ${file} is not a file`);
  if (stat.size > MAX_REPORT_BYTES)
    throw new ReportError(`the report ${file} is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
  let data: unknown;
  try {
    data = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new ReportError(`the report ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const errors = reportSchemaErrors(data);
  if (errors.length > 0) throw new ReportError(`the report ${file} does not match the report schema: ${formatSchemaErrors(errors)}`);
  return capReport(data as Report);
}
