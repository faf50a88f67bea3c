/**
 * The GitHub job summary (Markdown): counts, every open finding, the documents analysed, notes and
 * suppressed findings. When nothing matched it says so plainly with the globs tried: never a silent
 * pass. Kept under GitHub's 1 MiB per step; everything PR-derived is escaped.
 */
import type { Finding, Report } from './report-types.js';
import { escapeMarkdown, inlineCode, markdownLink } from './escape-markdown.js';
import { decisionLine, kindLabel } from './document-labels.js';
import { MAX_ANNOTATIONS_PER_LEVEL, MAX_JOB_SUMMARY_BYTES, MAX_MESSAGE_CHARS, MAX_SUMMARY_NOTES } from './limits.js';
import { sortFindings } from './order-findings.js';
import { countOpen, isOpen } from './report-counts.js';
import { renderProvenance } from './render-footer.js';
import { pluralize, SEVERITY_ICON } from './severity.js';
import { renderVerdict } from './render-verdict.js';

export interface JobSummaryOptions {
  /** The globs discovery tried, listed when no document matched. */
  globsTried?: string[];
  /** Open findings that got no annotation (GitHub's 10-per-level cap), from `toAnnotations`. */
  annotationsOmitted?: number;
  /** The workflow run, linked from the footer. */
  runUrl?: string;
}

const HEADING = '## LLM architecture review';

/** Room kept for the lines that say how many rows were left out. */
const RESERVED_BYTES = 4096;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

function cell(text: string, maxLength = MAX_MESSAGE_CHARS): string {
  return escapeMarkdown(text, { codeSpans: true, table: true, maxLength }) || ' ';
}

function ruleCell(finding: Finding): string {
  return markdownLink(inlineCode(finding.ruleId, { maxLength: 100, table: true }), finding.helpUri);
}

function locationCell(finding: Finding): string {
  return inlineCode(`${finding.path}:${finding.line}`, { table: true });
}

interface Table {
  text: string;
  omitted: number;
  usedBytes: number;
}

/** A table with as many rows as fit in `budget` bytes; the rest are counted. */
function fitTable(header: string[], rows: string[], budget: number): Table {
  const head = `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`;
  let used = bytes(head) + 1;
  const kept: string[] = [];
  for (const row of rows) {
    const size = bytes(row) + 1;
    if (used + size > budget) break;
    kept.push(row);
    used += size;
  }
  if (kept.length === 0) return { text: '', omitted: rows.length, usedBytes: 0 };
  return { text: [head, ...kept].join('\n'), omitted: rows.length - kept.length, usedBytes: used };
}

function countsTable(report: Report): string {
  const counts = countOpen(report);
  return [
    `| ${SEVERITY_ICON.error} Errors | ${SEVERITY_ICON.warning} Warnings | ${SEVERITY_ICON.notice} Notices | Suppressed | Documents |`,
    '|---:|---:|---:|---:|---:|',
    `| ${counts.errors} | ${counts.warnings} | ${counts.notices} | ${counts.suppressed} | ${report.documents.length} |`,
  ].join('\n');
}

function nothingMatched(globsTried: readonly string[] | undefined): string {
  const lines = [
    '**Nothing was reviewed: no ADR or model config matched.** This is not a pass. If this pull request or repository holds LLM architecture decisions or model configs, point `include` in the config at them.',
    '',
  ];
  if (globsTried && globsTried.length > 0) {
    lines.push('Globs tried:', '', ...globsTried.map((glob) => `- ${inlineCode(glob)}`));
  } else {
    lines.push('The globs tried were not recorded for this run.');
  }
  return lines.join('\n');
}

function annotationNote(omitted: number | undefined): string | undefined {
  if (!omitted || omitted <= 0) return undefined;
  const verb = omitted === 1 ? 'has' : 'have';
  return `> ${pluralize(omitted, 'finding')} ${verb} no annotation: GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations of each level per step, so the most severe get them. Every finding is listed below.`;
}

function omittedNote(omitted: number, what: string): string | undefined {
  if (omitted <= 0) return undefined;
  return `_… and ${pluralize(omitted, `more ${what}`)}, left out to keep this summary under GitHub's 1 MiB limit; the JSON report has them all._`;
}

function section(title: string, body: (string | undefined)[]): string | undefined {
  const parts = body.filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? [`### ${title}`, ...parts].join('\n\n') : undefined;
}

/** The job summary of one run, rendered from the report alone. */
export function renderJobSummary(report: Report, opts: JobSummaryOptions = {}): string {
  const open = sortFindings(report.findings.filter(isOpen));
  const suppressed = sortFindings(report.findings.filter((finding) => !isOpen(finding)));

  const notes = report.notes
    .slice(0, MAX_SUMMARY_NOTES)
    .map((note) => `- ${escapeMarkdown(note, { codeSpans: true, maxLength: MAX_MESSAGE_CHARS })}`);
  if (report.notes.length > MAX_SUMMARY_NOTES) {
    notes.push(`- … and ${pluralize(report.notes.length - MAX_SUMMARY_NOTES, 'more note')} in the JSON report`);
  }
  const fixed = [
    HEADING,
    countsTable(report),
    report.documents.length === 0 ? nothingMatched(opts.globsTried) : undefined,
    annotationNote(opts.annotationsOmitted),
    section('Notes', [notes.join('\n')]),
    `---\n\n<sub>${renderProvenance(report, opts.runUrl)}</sub>`,
  ];
  let budget = MAX_JOB_SUMMARY_BYTES - RESERVED_BYTES - bytes(fixed.filter(Boolean).join('\n\n'));

  const findingRows = open.map(
    (finding) =>
      `| ${SEVERITY_ICON[finding.severity]} ${finding.severity} | ${ruleCell(finding)} | ${locationCell(finding)} | ${cell(finding.message)} |`,
  );
  const findings = fitTable(['Severity', 'Rule', 'Location', 'Message'], findingRows, budget);
  budget -= findings.usedBytes;

  // The framework's verdict, every signal quoted and the table open (a summary has room to spare).
  const verdict = renderVerdict(report, {
    heading: "### The framework's verdict",
    openRows: Number.POSITIVE_INFINITY,
    signalsPerSide: Number.POSITIVE_INFINITY,
    maxSize: Math.max(0, budget),
    measure: bytes,
    moreHint: 'the JSON report lists them all',
  });
  if (verdict) budget -= bytes(verdict);

  const openByPath = new Map<string, number>();
  for (const finding of open) openByPath.set(finding.path, (openByPath.get(finding.path) ?? 0) + 1);
  const documentRows = report.documents.map(
    (document) =>
      `| ${inlineCode(document.path, { table: true })} | ${kindLabel(document.kind)} | ${cell(document.format, 60)} | ${
        decisionLine(document) ?? '—'
      } | ${openByPath.get(document.path) ?? 0} |`,
  );
  const documents = fitTable(['Document', 'Kind', 'Format', 'Decision', 'Open findings'], documentRows, budget);
  budget -= documents.usedBytes;

  const suppressedRows = suppressed.map(
    (finding) =>
      `| ${SEVERITY_ICON[finding.severity]} ${finding.severity} | ${ruleCell(finding)} | ${locationCell(finding)} | ${cell(
        finding.suppressed?.reason ?? '',
      )} | ${finding.suppressed?.until ? cell(finding.suppressed.until, 40) : '—'} |`,
  );
  const suppressedTable = fitTable(['Severity', 'Rule', 'Location', 'Reason', 'Until'], suppressedRows, budget);

  const [heading, counts, empty, annotations, notesSection, footer] = fixed;
  const blocks = [
    heading,
    counts,
    empty,
    annotations,
    open.length > 0
      ? section(`Findings (${open.length})`, [findings.text, omittedNote(findings.omitted, 'finding')])
      : report.documents.length > 0
        ? `✅ No open findings in the ${pluralize(report.documents.length, 'document')} analysed.`
        : undefined,
    verdict,
    section(`Documents analysed (${report.documents.length})`, [documents.text, omittedNote(documents.omitted, 'document')]),
    notesSection,
    section(`Suppressed findings (${suppressed.length})`, [
      suppressed.length > 0 ? 'Excluded from the counts and from `fail-on`; each carries the reason written in its document.' : undefined,
      suppressedTable.text,
      omittedNote(suppressedTable.omitted, 'suppressed finding'),
    ]),
    footer,
  ];
  return `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;
}
