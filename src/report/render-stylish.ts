/**
 * The CLI's default text output, in the shape of ESLint's `stylish`: findings grouped by file,
 * aligned `line:col  severity  message  rule-id` rows, a total line. ANSI colours only when asked.
 * Untrusted text is stripped of control characters, so a document cannot drive the terminal.
 */
import type { Finding, Report, Severity } from './report-types.js';
import { sanitizeText } from './escape-markdown.js';
import { countOpen, isOpen } from './report-counts.js';
import { compareFindings } from './order-findings.js';
import { formatSeverityCounts, pluralize } from './severity.js';

export interface StylishOptions {
  color: boolean;
}

type Style = (text: string) => string;

interface Palette {
  underline: Style;
  dim: Style;
  bold: Style;
  severity: Record<Severity, Style>;
  ok: Style;
}

const sgr =
  (open: number, close: number): Style =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Palette = {
  underline: sgr(4, 24),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  severity: { error: sgr(31, 39), warning: sgr(33, 39), notice: sgr(36, 39) },
  ok: sgr(32, 39),
};

const plain: Style = (text) => text;
const NO_COLORS: Palette = {
  underline: plain,
  dim: plain,
  bold: plain,
  severity: { error: plain, warning: plain, notice: plain },
  ok: plain,
};

function width(text: string): number {
  return Array.from(text).length;
}

function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}

function renderFile(path: string, findings: readonly Finding[], colors: Palette): string {
  const rows = findings.map((finding) => ({
    position: `${finding.line}:1`,
    severity: finding.severity,
    message: sanitizeText(finding.message),
    ruleId: sanitizeText(finding.ruleId),
  }));
  const positionWidth = Math.max(...rows.map((row) => width(row.position)));
  const severityWidth = Math.max(...rows.map((row) => width(row.severity)));
  const messageWidth = Math.max(...rows.map((row) => width(row.message)));
  const lines = rows.map((row) =>
    [
      '',
      colors.dim(padStart(row.position, positionWidth)),
      colors.severity[row.severity](padEnd(row.severity, severityWidth)),
      padEnd(row.message, messageWidth),
      colors.dim(row.ruleId),
    ]
      .join('  ')
      .trimEnd(),
  );
  return [colors.underline(sanitizeText(path)), ...lines].join('\n');
}

/** ESLint-stylish text of the report's open findings, with a total line that counts suppressed ones apart. */
export function renderStylish(report: Report, opts: StylishOptions): string {
  const colors = opts.color ? COLORS : NO_COLORS;
  const counts = countOpen(report);
  const suppressed = counts.suppressed > 0 ? `, ${pluralize(counts.suppressed, 'suppressed')}` : '';
  const notes = report.notes.map((note) => colors.dim(`note: ${sanitizeText(note)}`));

  if (counts.findings === 0) {
    const total =
      report.documents.length === 0
        ? colors.severity.warning('No ADR or model config found: nothing was checked.')
        : colors.ok(`✔ No problems in ${pluralize(report.documents.length, 'document')}${suppressed}`);
    return `${[...notes, total].join('\n')}\n`;
  }

  const byFile = new Map<string, Finding[]>();
  for (const finding of [...report.findings].filter(isOpen).sort(compareFindings)) {
    const list = byFile.get(finding.path) ?? [];
    list.push(finding);
    byFile.set(finding.path, list);
  }
  const files = [...byFile.keys()].sort().map((path) => {
    const findings = (byFile.get(path) ?? []).sort((a, b) => a.line - b.line || compareFindings(a, b));
    return renderFile(path, findings, colors);
  });

  const worst: Severity = counts.errors > 0 ? 'error' : counts.warnings > 0 ? 'warning' : 'notice';
  const total = colors.bold(
    colors.severity[worst](`✖ ${pluralize(counts.findings, 'problem')} (${formatSeverityCounts(counts, ', ')})${suppressed}`),
  );
  return `\n${files.join('\n\n')}\n\n${[...notes, total].join('\n')}\n`;
}
