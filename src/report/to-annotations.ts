/**
 * Findings as workflow-command annotations (`::error file=…,line=…,title=…::message`). GitHub shows
 * at most 10 per level per step, so the most severe findings get them and the rest are counted, for
 * the job summary to say so (SPEC §3).
 */
import type { Finding, Report, Severity } from './report-types.js';
import { MAX_ANNOTATIONS_PER_LEVEL } from './limits.js';
import { isOpen } from './report-counts.js';
import { sortFindings } from './order-findings.js';

export interface Annotation {
  level: Severity;
  file: string;
  line: number;
  title: string;
  message: string;
}

function toAnnotation(finding: Finding): Annotation {
  const remedy = finding.remedy.trim();
  return {
    level: finding.severity,
    file: finding.path,
    line: Number.isInteger(finding.line) && finding.line >= 1 ? finding.line : 1,
    title: `${finding.ruleId}: ${finding.title}`,
    message: remedy ? `${finding.message}\n\nRemedy: ${remedy}` : finding.message,
  };
}

/** Open findings only, most severe first, at most `MAX_ANNOTATIONS_PER_LEVEL` per level; `omitted` counts the rest. */
export function toAnnotations(report: Pick<Report, 'findings'>): { annotations: Annotation[]; omitted: number } {
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of sortFindings(report.findings.filter(isOpen))) {
    if (perLevel[finding.severity] >= MAX_ANNOTATIONS_PER_LEVEL) {
      omitted += 1;
      continue;
    }
    perLevel[finding.severity] += 1;
    annotations.push(toAnnotation(finding));
  }
  return { annotations, omitted };
}

/** The runner's escaping of a command's data (the message). */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command property (file, title): data escaping plus `:` and `,`. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=docs/adr/0007.md,line=14,title=rule-id%3A Title::message`, one line whatever the text holds. */
export function toWorkflowCommand(annotation: Annotation): string {
  const properties = [
    `file=${escapeCommandProperty(annotation.file)}`,
    `line=${annotation.line}`,
    `title=${escapeCommandProperty(annotation.title)}`,
  ].join(',');
  return `::${annotation.level} ${properties}::${escapeCommandData(annotation.message)}`;
}
