/** `--merge`: the org-level view of many repositories' reports (SPEC §4). */
import { describe, expect, test } from '@jest/globals';
import {
  mergedFailsOn,
  mergeReports,
  mergedTotals,
  renderMergedMarkdown,
  renderMergedStylish,
  toMergedJson,
} from '../../src/report/merge-reports.js';
import type { Finding, Report, Severity } from '../../src/report/report-types.js';
import { reportSchemaErrors } from '../../src/report/validate-report.js';
import { emptyReport, fixtureReport } from './fixture-report.js';

const f = (ruleId: string, severity: Severity, suppressed = false): Finding => ({
  ruleId,
  severity,
  title: ruleId,
  path: 'docs/adr/0001.md',
  line: 1,
  message: ruleId,
  remedy: '',
  helpUri: '',
  evidence: [],
  fingerprint: `${ruleId}:${severity}`,
  ...(suppressed ? { suppressed: { reason: 'known' } } : {}),
});
const report = (repository: string, findings: Finding[]): Pick<Report, 'repository' | 'findings'> => ({ repository, findings });

describe('mergeReports', () => {
  test('per repository and per rule counts of open findings; suppressed apart; summary never trusted', () => {
    const fake = {
      ...fixtureReport(),
      repository: 'acme/app',
      summary: { documents: 0, errors: 99, warnings: 99, notices: 99, suppressed: 99 },
    };
    const merged = mergeReports([
      report('acme/web', [f('naive-chunking', 'warning'), f('naive-chunking', 'warning'), f('prompt-bloat', 'notice', true)]),
      fake,
      report('acme/clean', []),
    ]);
    expect(merged.repositories.map((r) => r.repository)).toEqual(['acme/app', 'acme/clean', 'acme/web']);
    expect(merged.repositories[2]).toEqual({
      repository: 'acme/web',
      errors: 0,
      warnings: 2,
      notices: 0,
      suppressed: 1,
      rules: { 'naive-chunking': 2 },
    });
    expect(merged.repositories[1]).toEqual({ repository: 'acme/clean', errors: 0, warnings: 0, notices: 0, suppressed: 0, rules: {} });
    const app = merged.repositories[0];
    const open = fake.findings.filter((x) => !x.suppressed);
    expect(app?.errors).toBe(open.filter((x) => x.severity === 'error').length);
    expect(app?.suppressed).toBe(fake.findings.length - open.length);
    expect(merged.rules['naive-chunking']).toEqual({ repositories: 1, findings: 2 });
    expect(merged.rules['prompt-bloat']).toBeUndefined();
  });

  test('two reports of one repository add up; rules are ordered by findings, then id', () => {
    const merged = mergeReports([
      report('acme/a', [f('b-rule', 'error')]),
      report('acme/a', [f('a-rule', 'error'), f('b-rule', 'notice')]),
      report('acme/b', [f('a-rule', 'warning')]),
    ]);
    expect(merged.repositories).toHaveLength(2);
    expect(merged.repositories[0]?.rules).toEqual({ 'b-rule': 2, 'a-rule': 1 });
    expect(Object.keys(merged.repositories[0]?.rules ?? {})).toEqual(['b-rule', 'a-rule']);
    expect(merged.rules).toEqual({ 'a-rule': { repositories: 2, findings: 2 }, 'b-rule': { repositories: 1, findings: 2 } });
    expect(Object.keys(merged.rules)).toEqual(['a-rule', 'b-rule']);
    expect(mergedTotals(merged)).toEqual({ errors: 2, warnings: 1, notices: 1, suppressed: 0 });
  });

  test('fail-on over the merged open findings', () => {
    const warnOnly = mergeReports([report('a/a', [f('x', 'warning'), f('y', 'error', true)])]);
    expect(mergedFailsOn(warnOnly, 'error')).toBe(false);
    expect(mergedFailsOn(warnOnly, 'warning')).toBe(true);
    expect(mergedFailsOn(warnOnly, 'notice')).toBe(true);
    expect(mergedFailsOn(warnOnly, 'never')).toBe(false);
    const noticeOnly = mergeReports([report('a/a', [f('x', 'notice')])]);
    expect(mergedFailsOn(noticeOnly, 'warning')).toBe(false);
    expect(mergedFailsOn(noticeOnly, 'notice')).toBe(true);
    expect(mergedFailsOn(mergeReports([report('a/a', [f('x', 'error')])]), 'error')).toBe(true);
    expect(mergedFailsOn(mergeReports([]), 'notice')).toBe(false);
  });

  test('200 synthetic repositories: every count adds up and every format renders them all', () => {
    const rules = ['finetune-for-fresh-facts', 'naive-chunking', 'rag-without-evaluation', 'prompt-bloat', 'adr-needs-owner'];
    const severities: Severity[] = ['error', 'warning', 'warning', 'notice', 'warning'];
    const reports = Array.from({ length: 200 }, (_, i) => {
      const base = emptyReport();
      base.repository = `acme/service-${String(i).padStart(3, '0')}`;
      base.findings = Array.from({ length: i % 7 }, (_, j) => f(rules[(i + j) % 5] ?? 'x', severities[(i + j) % 5] ?? 'notice', j === 5));
      return base;
    });
    for (const r of reports.slice(0, 3)) expect(reportSchemaErrors(r)).toEqual([]);
    const merged = mergeReports(reports);
    expect(merged.repositories).toHaveLength(200);
    const all = reports.flatMap((r) => r.findings);
    const open = all.filter((x) => !x.suppressed);
    const t = mergedTotals(merged);
    expect(t.errors + t.warnings + t.notices).toBe(open.length);
    expect(t.suppressed).toBe(all.length - open.length);
    for (const id of rules) {
      const mine = open.filter((x) => x.ruleId === id);
      const repos = new Set(reports.filter((r) => r.findings.some((x) => x.ruleId === id && !x.suppressed)).map((r) => r.repository));
      expect(merged.rules[id]).toEqual({ repositories: repos.size, findings: mine.length });
    }
    const json = JSON.parse(toMergedJson(merged)) as typeof merged;
    expect(json).toEqual(merged);
    const md = renderMergedMarkdown(merged);
    expect(md.split('\n').filter((l) => l.startsWith('| `acme/service-'))).toHaveLength(200);
    expect(md).toContain(
      `200 repositories, ${merged.repositories.filter((r) => r.errors + r.warnings + r.notices).length} with open findings`,
    );
    const stylish = renderMergedStylish(merged);
    expect(stylish.split('\n').filter((l) => l.startsWith('acme/service-'))).toHaveLength(200);
  });
});

describe('renderings', () => {
  const merged = mergeReports([
    report('acme/web', [f('naive-chunking', 'warning'), f('naive-chunking', 'warning'), f('prompt-bloat', 'notice', true)]),
    report('acme/app', [f('finetune-for-fresh-facts', 'error'), f('naive-chunking', 'warning')]),
    report('acme/clean', []),
  ]);

  test('markdown: a repositories table and a rules table', () => {
    expect(renderMergedMarkdown(merged)).toBe(
      [
        '## llm-arch-lint across the organisation',
        '',
        '3 repositories, 2 with open findings: 1 error, 3 warnings and 0 notices, 1 suppressed',
        '',
        '| repository | errors | warnings | notices | suppressed | open findings by rule |',
        '| --- | --: | --: | --: | --: | --- |',
        '| `acme/app` | 1 | 1 | 0 | 0 | `finetune-for-fresh-facts` (1), `naive-chunking` (1) |',
        '| `acme/clean` | 0 | 0 | 0 | 0 | — |',
        '| `acme/web` | 0 | 2 | 0 | 1 | `naive-chunking` (2) |',
        '',
        '| rule | repositories | open findings |',
        '| --- | --: | --: |',
        '| `naive-chunking` | 2 | 3 |',
        '| `finetune-for-fresh-facts` | 1 | 1 |',
        '',
      ].join('\n'),
    );
  });

  test('markdown escapes hostile repository names (table pipes, backticks)', () => {
    const md = renderMergedMarkdown(mergeReports([report('evil/x|`y', [f('a', 'error')])]));
    expect(md).toContain('| ``evil/x\\|`y`` |');
  });

  test('stylish: aligned columns and a total line', () => {
    expect(renderMergedStylish(merged)).toBe(
      [
        'repository  errors  warnings  notices  suppressed  rules',
        'acme/app         1         1        0           0  finetune-for-fresh-facts (1), naive-chunking (1)',
        'acme/clean       0         0        0           0  -',
        'acme/web         0         2        0           1  naive-chunking (2)',
        '',
        'rule                      repositories  findings',
        'naive-chunking                       2         3',
        'finetune-for-fresh-facts             1         1',
        '',
        '3 repositories, 2 with open findings: 1 error, 3 warnings and 0 notices, 1 suppressed',
        '',
      ].join('\n'),
    );
  });

  test('nothing to merge renders the total line alone', () => {
    expect(renderMergedStylish(mergeReports([]))).toBe(
      '0 repositories, 0 with open findings: 0 errors, 0 warnings and 0 notices, 0 suppressed\n',
    );
    expect(renderMergedMarkdown(mergeReports([]))).not.toContain('|');
  });
});
