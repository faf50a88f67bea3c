/**
 * The org-level view of many repositories' JSON reports (SPEC §4 `--merge`): per repository the open findings by
 * severity, the suppressed ones, and the open findings per rule; per rule how many repositories and findings.
 * Counts come from the findings themselves (never from a report's `summary`). Reports naming the same repository
 * add up. Pure: reports in, the merged view and its renderings out.
 */
import { inlineCode } from './escape-markdown.js';
import { isOpen, type FailOn } from './report-counts.js';
import type { Report, Severity } from './report-types.js';
import { formatSeverityCounts } from './severity.js';

export interface MergedRepository {
  repository: string;
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** Open findings per rule id. */
  rules: Record<string, number>;
}

export interface MergedReport {
  repositories: MergedRepository[];
  /** Per rule id: how many repositories have an open finding of it, and how many open findings in all. */
  rules: Record<string, { repositories: number; findings: number }>;
}

const COUNT_OF: Record<Severity, 'errors' | 'warnings' | 'notices'> = { error: 'errors', warning: 'warnings', notice: 'notices' };

/** Repositories by name; rules by open findings (most first), then id. */
export function mergeReports(reports: readonly Pick<Report, 'repository' | 'findings'>[]): MergedReport {
  const byRepo = new Map<string, MergedRepository>();
  for (const report of reports) {
    let repo = byRepo.get(report.repository);
    if (!repo) {
      repo = { repository: report.repository, errors: 0, warnings: 0, notices: 0, suppressed: 0, rules: {} };
      byRepo.set(report.repository, repo);
    }
    for (const f of report.findings) {
      if (!isOpen(f)) {
        repo.suppressed += 1;
        continue;
      }
      repo[COUNT_OF[f.severity]] += 1;
      repo.rules[f.ruleId] = (repo.rules[f.ruleId] ?? 0) + 1;
    }
  }
  const repositories = [...byRepo.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
  const totals = new Map<string, { repositories: number; findings: number }>();
  for (const repo of repositories) {
    repo.rules = sortedRules(repo.rules);
    for (const [id, count] of Object.entries(repo.rules)) {
      const t = totals.get(id) ?? { repositories: 0, findings: 0 };
      t.repositories += 1;
      t.findings += count;
      totals.set(id, t);
    }
  }
  const rules = Object.fromEntries(
    [...totals.entries()].sort(([a, x], [b, y]) => y.findings - x.findings || y.repositories - x.repositories || (a < b ? -1 : 1)),
  );
  return { repositories, rules };
}

function sortedRules(rules: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(rules).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
}

/** Open findings of the merged view, by severity. */
export function mergedTotals(merged: MergedReport): { errors: number; warnings: number; notices: number; suppressed: number } {
  const t = { errors: 0, warnings: 0, notices: 0, suppressed: 0 };
  for (const r of merged.repositories) {
    t.errors += r.errors;
    t.warnings += r.warnings;
    t.notices += r.notices;
    t.suppressed += r.suppressed;
  }
  return t;
}

/** `--fail-on` over the merged open findings (suppressed ones never fail). */
export function mergedFailsOn(merged: MergedReport, failOn: FailOn): boolean {
  const t = mergedTotals(merged);
  if (failOn === 'never') return false;
  if (failOn === 'error') return t.errors > 0;
  if (failOn === 'warning') return t.errors + t.warnings > 0;
  return t.errors + t.warnings + t.notices > 0;
}

/** `--format json`: the merged view, exactly. */
export const toMergedJson = (merged: MergedReport): string => `${JSON.stringify(merged, null, 2)}\n`;

const headline = (merged: MergedReport): string => {
  const t = mergedTotals(merged);
  const failing = merged.repositories.filter((r) => r.errors + r.warnings + r.notices > 0).length;
  return (
    `${merged.repositories.length.toLocaleString('en-US')} ${merged.repositories.length === 1 ? 'repository' : 'repositories'}, ` +
    `${failing.toLocaleString('en-US')} with open findings: ` +
    `${formatSeverityCounts(t)}, ${t.suppressed} suppressed`
  );
};

const ruleList = (rules: Record<string, number>, code: (id: string) => string): string =>
  Object.entries(rules)
    .map(([id, n]) => `${code(id)} (${n})`)
    .join(', ');

/** `--format markdown`: two tables for a job summary — repositories with their rules, then rules across repositories. */
export function renderMergedMarkdown(merged: MergedReport): string {
  const lines = [`## llm-arch-lint across the organisation`, '', headline(merged), ''];
  if (merged.repositories.length) {
    lines.push(
      '| repository | errors | warnings | notices | suppressed | open findings by rule |',
      '| --- | --: | --: | --: | --: | --- |',
    );
    for (const r of merged.repositories) {
      const rules = ruleList(r.rules, (id) => inlineCode(id, { table: true })) || '—';
      lines.push(
        `| ${inlineCode(r.repository, { table: true })} | ${r.errors} | ${r.warnings} | ${r.notices} | ${r.suppressed} | ${rules} |`,
      );
    }
    lines.push('');
  }
  const rules = Object.entries(merged.rules);
  if (rules.length) {
    lines.push('| rule | repositories | open findings |', '| --- | --: | --: |');
    for (const [id, t] of rules) lines.push(`| ${inlineCode(id, { table: true })} | ${t.repositories} | ${t.findings} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `--format stylish`: the same two tables as aligned text. */
export function renderMergedStylish(merged: MergedReport): string {
  const table = (rows: string[][], right: ReadonlySet<number>): string[] => {
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    return rows.map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  };
  const out: string[] = [];
  if (merged.repositories.length) {
    const rows = [['repository', 'errors', 'warnings', 'notices', 'suppressed', 'rules']];
    for (const r of merged.repositories) {
      rows.push([
        r.repository,
        String(r.errors),
        String(r.warnings),
        String(r.notices),
        String(r.suppressed),
        ruleList(r.rules, (id) => id) || '-',
      ]);
    }
    out.push(...table(rows, new Set([1, 2, 3, 4])), '');
  }
  const rules = Object.entries(merged.rules);
  if (rules.length) {
    const rows = [['rule', 'repositories', 'findings'], ...rules.map(([id, t]) => [id, String(t.repositories), String(t.findings)])];
    // The last column is right-aligned too: pad it explicitly.
    const width = Math.max(...rows.map((r) => (r[2] ?? '').length));
    out.push(
      ...table(
        rows.map((r) => [r[0] ?? '', r[1] ?? '', (r[2] ?? '').padStart(width)]),
        new Set([1]),
      ),
      '',
    );
  }
  out.push(headline(merged), '');
  return out.join('\n');
}
