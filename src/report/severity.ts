/** Severity order, icons and the wording of counts, shared by every renderer. */
import type { Severity } from './report-types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** Lower is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/** Icons for Markdown (comment, job summary). */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️',
};

/** `1 error`, `2 warnings`, `0 notices`. */
export function pluralize(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** `1 error, 2 warnings and 0 notices` (or with `, ` only, for ESLint-like output). */
export function formatSeverityCounts(counts: { errors: number; warnings: number; notices: number }, lastSeparator = ' and '): string {
  return `${pluralize(counts.errors, 'error')}, ${pluralize(counts.warnings, 'warning')}${lastSeparator}${pluralize(
    counts.notices,
    'notice',
  )}`;
}

/** Only the severities present, for prose: `1 error and 2 notices`; `no findings` when all are zero. */
export function formatPresentCounts(counts: { errors: number; warnings: number; notices: number }): string {
  const parts: string[] = [];
  if (counts.errors) parts.push(pluralize(counts.errors, 'error'));
  if (counts.warnings) parts.push(pluralize(counts.warnings, 'warning'));
  if (counts.notices) parts.push(pluralize(counts.notices, 'notice'));
  if (parts.length === 0) return 'no findings';
  const last = parts.pop() as string;
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}
