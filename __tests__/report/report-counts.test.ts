import { describe, expect, it } from '@jest/globals';
import { countOpen, failsOn, summarize } from '../../src/report/report-counts.js';
import { groupByDocument, sortFindings } from '../../src/report/order-findings.js';
import { allClearReport, emptyReport, fixtureReport } from './fixture-report.js';

describe('countOpen and summarize', () => {
  it('counts open findings by severity and suppressed ones apart', () => {
    expect(countOpen(fixtureReport())).toEqual({ errors: 2, warnings: 2, notices: 2, suppressed: 1, findings: 6 });
    expect(countOpen(allClearReport())).toEqual({ errors: 0, warnings: 0, notices: 0, suppressed: 1, findings: 0 });
  });

  it('produces the report summary', () => {
    const report = fixtureReport();
    expect(summarize(report.findings, report.documents)).toEqual(report.summary);
    expect(summarize([], [])).toEqual({ documents: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 });
  });
});

describe('failsOn', () => {
  it('fails at or above the threshold, never on suppressed findings', () => {
    const report = fixtureReport();
    expect(failsOn(report, 'error')).toBe(true);
    expect(failsOn(report, 'never')).toBe(false);

    const warningsOnly = fixtureReport();
    warningsOnly.findings = warningsOnly.findings.filter((f) => f.severity !== 'error');
    expect(failsOn(warningsOnly, 'error')).toBe(false);
    expect(failsOn(warningsOnly, 'warning')).toBe(true);
    expect(failsOn(warningsOnly, 'notice')).toBe(true);

    const noticesOnly = fixtureReport();
    noticesOnly.findings = noticesOnly.findings.filter((f) => f.severity === 'notice');
    expect(failsOn(noticesOnly, 'warning')).toBe(false);
    expect(failsOn(noticesOnly, 'notice')).toBe(true);

    // Only a suppressed warning is left: nothing fails.
    expect(failsOn(allClearReport(), 'notice')).toBe(false);
    expect(failsOn(emptyReport(), 'notice')).toBe(false);
  });
});

describe('ordering', () => {
  it('sorts most severe first, then path and line', () => {
    const ids = sortFindings(fixtureReport().findings).map((f) => f.ruleId);
    expect(ids).toEqual([
      'finetune-for-fresh-facts',
      'sensitive-data-in-weights',
      'finetune-before-baseline',
      'insufficient-training-data',
      'missing-eval-harness',
      'policy-changed',
      'adr-missing-sections',
    ]);
  });

  it('groups by document, most severe document first, with the document attached when analysed', () => {
    const report = fixtureReport();
    const groups = groupByDocument(
      report.findings.filter((f) => !f.suppressed),
      report.documents,
    );
    expect(groups.map((g) => g.path)).toEqual([
      'docs/adr/0007-support-assistant.md',
      'ml/data/support-train.jsonl',
      'ml/finetune/support-lora.yml',
      '.github/llm-arch-lint.yml',
    ]);
    expect(groups[0]!.findings.map((f) => f.ruleId)).toEqual(['finetune-for-fresh-facts', 'adr-missing-sections']);
    expect(groups[2]!.findings.map((f) => f.line)).toEqual([8, 12]);
    expect(groups[0]!.document?.format).toBe('madr');
    expect(groups[3]!.document).toBeUndefined();
  });
});
