import { describe, expect, it } from '@jest/globals';
import { renderJobSummary } from '../../src/report/render-summary.js';
import { MENTION_BREAK } from '../../src/report/escape-markdown.js';
import { MAX_JOB_SUMMARY_BYTES } from '../../src/report/limits.js';
import { emptyReport, fixtureReport, hugeReport } from './fixture-report.js';
import { expectGolden } from './golden.js';

const GLOBS = ['docs/adr/**/*.md', 'docs/decisions/**/*.md', 'adr/**/*.md', '**/*.{yml,yaml,json,toml}', '**/*.jsonl'];

describe('renderJobSummary', () => {
  it('matches the golden summary', () => {
    expectGolden('job-summary.md', renderJobSummary(fixtureReport(), { annotationsOmitted: 0 }));
  });

  it('matches the golden summary of a run where nothing matched', () => {
    expectGolden('job-summary-empty.md', renderJobSummary(emptyReport(), { globsTried: GLOBS }));
  });

  it('never passes silently: says nothing matched and lists the globs tried', () => {
    const summary = renderJobSummary(emptyReport(), { globsTried: GLOBS });
    expect(summary).toContain('**Nothing was reviewed: no ADR or model config matched.** This is not a pass.');
    for (const glob of GLOBS) expect(summary).toContain(`- \`${glob}\``);
    expect(renderJobSummary(emptyReport())).toContain('The globs tried were not recorded for this run.');
  });

  it('counts open findings by severity with suppressed apart', () => {
    const summary = renderJobSummary(fixtureReport());
    expect(summary).toContain('| 2 | 2 | 2 | 1 | 7 |');
    expect(summary).toContain('### Findings (6)');
    expect(summary).toContain('### Suppressed findings (1)');
    expect(summary).toContain('| ⚠️ warning | [`finetune-before-baseline`]');
  });

  it('says how many findings got no annotation', () => {
    expect(renderJobSummary(fixtureReport(), { annotationsOmitted: 7 })).toContain(
      '> 7 findings have no annotation: GitHub shows at most 10 annotations of each level per step',
    );
    expect(renderJobSummary(fixtureReport(), { annotationsOmitted: 1 })).toContain('> 1 finding has no annotation');
    expect(renderJobSummary(fixtureReport())).not.toContain('no annotation');
  });

  it('lists documents with kind, format and the decision against the signals', () => {
    const summary = renderJobSummary(fixtureReport());
    expect(summary).toContain(
      '| `docs/adr/0007-support-assistant.md` | ADR | madr | Chose **fine-tuning**; the signals point to **retrieval (RAG)**. | 2 |',
    );
    expect(summary).toContain('| `ml/finetune/support-lora.yml` | fine-tuning config | axolotl | — | 2 |');
    expect(summary).toContain('- docs/adr/0099-archive-dump.md skipped');
  });

  it('keeps table rows intact: pipes and newlines in untrusted text are escaped', () => {
    const report = fixtureReport();
    report.findings[0]!.message = 'a | b\n| c | d |\n\nnot a new row `x|y`';
    report.findings[1]!.path = 'ml/data/a|b.jsonl';
    const summary = renderJobSummary(report);
    const lines = summary.split('\n');
    const cellCount = (row: string): number => row.replace(/\\\|/g, '').split('|').length - 2;
    for (let i = 0; i < lines.length; i += 1) {
      if (!lines[i]!.startsWith('|---') && !/^\|(---:?\|)+$/.test(lines[i]!)) continue;
      const header = lines[i - 1]!;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('| '); j += 1) {
        expect(cellCount(lines[j]!)).toBe(cellCount(header));
      }
    }
    expect(summary).toContain('a \\| b \\| c \\| d \\| not a new row `x\\|y`');
    expect(summary).toContain('`ml/data/a\\|b.jsonl:3`');
    expect(summary).not.toContain('<img');
  });

  it('escapes hostile notes and suppression reasons', () => {
    const report = fixtureReport();
    report.notes = ['@octocat <img src=x onerror=alert(1)> [x](javascript:alert(1)) </details>'];
    const summary = renderJobSummary(report);
    expect(summary).toContain(
      `- @${MENTION_BREAK}octocat &lt;img src=x onerror=alert(1)&gt; \\[x\\](javascript:alert(1)) &lt;/details&gt;`,
    );
    expect(summary).toContain(`baseline in ADR-0012 @${MENTION_BREAK}ops-team`);
  });

  it("stays under GitHub's 1 MiB and says how many rows were left out", () => {
    const report = hugeReport(3000);
    report.findings = report.findings.map((finding) => ({ ...finding, message: `${finding.message} ${'m'.repeat(600)}` }));
    const summary = renderJobSummary(report);
    expect(new TextEncoder().encode(summary).length).toBeLessThanOrEqual(MAX_JOB_SUMMARY_BYTES);
    expect(summary).toMatch(/_… and [\d,]+ more findings, left out to keep this summary under GitHub's 1 MiB limit/);
  });
});
