import { describe, expect, it } from '@jest/globals';
import { escapeCommandData, escapeCommandProperty, toAnnotations, toWorkflowCommand } from '../../src/report/to-annotations.js';
import { MAX_ANNOTATIONS_PER_LEVEL } from '../../src/report/limits.js';
import { fixtureReport, hugeReport } from './fixture-report.js';
import { expectGolden } from './golden.js';

describe('toAnnotations', () => {
  it('annotates open findings only, most severe first', () => {
    const { annotations, omitted } = toAnnotations(fixtureReport());
    expect(omitted).toBe(0);
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'warning', 'warning', 'notice', 'notice']);
    expect(annotations.some((a) => a.title.startsWith('finetune-before-baseline'))).toBe(false);
    expect(annotations[0]).toEqual({
      level: 'error',
      file: 'docs/adr/0007-support-assistant.md',
      line: 24,
      title: 'finetune-for-fresh-facts: Fine-tuning to carry fast-changing facts',
      message: expect.stringContaining('\n\nRemedy: Serve rate cards through retrieval'),
    });
  });

  it('gives at most 10 annotations per level and counts the rest', () => {
    expect(MAX_ANNOTATIONS_PER_LEVEL).toBe(10);
    const { annotations, omitted } = toAnnotations(hugeReport(3000));
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(annotations.filter((a) => a.level === level)).toHaveLength(10);
    }
    expect(annotations).toHaveLength(30);
    expect(omitted).toBe(2970);
    expect(annotations.slice(0, 10).every((a) => a.level === 'error')).toBe(true);
  });

  it('fills each level independently', () => {
    const report = hugeReport(3000);
    report.findings = report.findings.filter((f) => f.severity !== 'error').slice(0, 15);
    const { annotations, omitted } = toAnnotations(report);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(8);
    expect(annotations.filter((a) => a.level === 'notice')).toHaveLength(7);
    expect(omitted).toBe(0);
  });
});

describe('toWorkflowCommand', () => {
  it('matches the golden annotations', () => {
    const { annotations } = toAnnotations(fixtureReport());
    expectGolden('annotations.txt', `${annotations.map(toWorkflowCommand).join('\n')}\n`);
  });

  it('escapes data and properties the way the runner does', () => {
    expect(escapeCommandData('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab:c,d');
    expect(escapeCommandProperty('100% a\r\nb:c,d')).toBe('100%25 a%0D%0Ab%3Ac%2Cd');
    expect(
      toWorkflowCommand({ level: 'warning', file: 'a,b:c.md', line: 3, title: 'rule: T, t', message: 'line1\nline2 ::error::x' }),
    ).toBe('::warning file=a%2Cb%3Ac.md,line=3,title=rule%3A T%2C t::line1%0Aline2 ::error::x');
  });

  it('always yields a single line, so a message cannot inject a second command', () => {
    const command = toWorkflowCommand({
      level: 'notice',
      file: 'x\n::error::y',
      line: 1,
      title: 't\r\n',
      message: 'm\n::error file=z::pwned',
    });
    expect(command.split('\n')).toHaveLength(1);
    expect(command).not.toContain('\r');
  });
});
