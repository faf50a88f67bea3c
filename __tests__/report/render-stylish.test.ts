import { describe, expect, it } from '@jest/globals';
import { renderStylish } from '../../src/report/render-stylish.js';
import { allClearReport, emptyReport, fixtureReport } from './fixture-report.js';
import { expectGolden } from './golden.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderStylish', () => {
  it('matches the golden stylish output', () => {
    expectGolden('stylish.txt', renderStylish(fixtureReport(), { color: false }));
  });

  it('groups by file with aligned columns and a total line', () => {
    const text = renderStylish(fixtureReport(), { color: false });
    expect(text).toContain('ml/finetune/support-lora.yml\n   8:1  warning  Fine-tuning with 180 labelled examples');
    expect(text).toContain('  12:1  warning  The fine-tuning run');
    const rows = text.split('\n').filter((line) => /^\s+\d+:1 /.test(line));
    expect(rows).toHaveLength(6);
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 6 problems (2 errors, 2 warnings, 2 notices), 1 suppressed');
  });

  it('aligns rule ids within a file', () => {
    const text = renderStylish(fixtureReport(), { color: false });
    const block = text.split('\n\n').find((b) => b.startsWith('ml/finetune/support-lora.yml'))!;
    const [, first, second] = block.split('\n');
    expect(first!.indexOf('insufficient-training-data')).toBe(second!.indexOf('missing-eval-harness'));
  });

  it('uses colours only when asked', () => {
    expect(renderStylish(fixtureReport(), { color: false })).not.toMatch(ANSI);
    const colored = renderStylish(fixtureReport(), { color: true });
    expect(colored).toContain('\u001b[31merror \u001b[39m');
    expect(colored).toContain('\u001b[1m\u001b[31m✖ 6 problems');
    expect(colored).toContain('\u001b[4mdocs/adr/0007-support-assistant.md\u001b[24m');
    expect(colored.replace(ANSI, '')).toBe(renderStylish(fixtureReport(), { color: false }));
  });

  it('strips terminal escape sequences from untrusted text', () => {
    const report = fixtureReport();
    report.findings[0]!.message = 'evil \u001b]0;owned\u0007 \u001b[2J title\nsecond line';
    const text = renderStylish(report, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('evil ]0;owned [2J title second line');
  });

  it('says there are no problems, counting suppressed ones', () => {
    expect(renderStylish(allClearReport(), { color: false })).toBe(
      'note: docs/adr/0099-archive-dump.md skipped: 3.1 MiB over limits.maxFileBytes (2 MiB)\n✔ No problems in 7 documents, 1 suppressed\n',
    );
  });

  it('does not pass silently when nothing was checked', () => {
    expect(renderStylish(emptyReport(), { color: false })).toBe('No ADR or model config found: nothing was checked.\n');
  });
});
