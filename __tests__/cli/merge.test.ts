/** `llm-arch-lint --merge <report.json>...` (SPEC §4): the org-level view, its formats, fail-on and its errors. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { MergedReport } from '../../src/report/merge-reports.js';
import { allClearReport, emptyReport, fixtureReport } from '../report/fixture-report.js';

const dir = mkdtempSync(join(tmpdir(), 'lal-merge-'));
const write = (name: string, value: unknown): string => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};
const app = write('app.json', { ...fixtureReport(), repository: 'acme/app' });
const clean = write('clean.json', { ...allClearReport(), repository: 'acme/clean' });
const empty = write('empty.json', { ...emptyReport(), repository: 'acme/empty' });

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: dir,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => (stderr += s),
    color: false,
  });
  return { code, stdout, stderr };
}

describe('--merge', () => {
  it('--format json prints {repositories, rules} from every report named after --merge', async () => {
    const r = await run('--merge', app, clean, empty, '--format', 'json', '--fail-on', 'never');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const merged = JSON.parse(r.stdout) as MergedReport;
    expect(merged.repositories.map((x) => x.repository)).toEqual(['acme/app', 'acme/clean', 'acme/empty']);
    expect(merged.repositories[1]).toEqual({ repository: 'acme/clean', errors: 0, warnings: 0, notices: 0, suppressed: 1, rules: {} });
    expect(Object.keys(merged.repositories[0] ?? {})).toEqual(['repository', 'errors', 'warnings', 'notices', 'suppressed', 'rules']);
    expect(merged.rules['finetune-for-fresh-facts']).toEqual({ repositories: 1, findings: 1 });
  });

  it('repeated --merge options work like one with several files', async () => {
    const r = await run('--merge', app, '--merge', clean, '--format', 'json', '--fail-on', 'never');
    expect((JSON.parse(r.stdout) as MergedReport).repositories).toHaveLength(2);
  });

  it('--fail-on applies to the merged open findings (stylish by default)', async () => {
    const failing = await run('--merge', app, clean);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^repository\s+errors\s+warnings\s+notices\s+suppressed\s+rules$/m);
    expect(failing.stdout).toMatch(/2 repositories, 1 with open findings/);
    expect((await run('--merge', clean, empty)).code).toBe(0);
    expect((await run('--merge', clean, empty, '--fail-on', 'notice')).code).toBe(0);
  });

  it('--format markdown writes the job-summary tables; --output writes to a file', async () => {
    const r = await run('--merge', app, clean, '--format', 'markdown', '--output', 'summary.md', '--fail-on', 'never');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const md = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(md).toContain('| repository | errors | warnings | notices | suppressed | open findings by rule |');
    expect(md).toContain('| `acme/clean` | 0 | 0 | 0 | 1 | — |');
  });

  it('exits 2 naming the file and the reason for a missing, non-JSON or invalid report', async () => {
    const missing = await run('--merge', app, 'nope.json');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'llm-arch-lint: --merge nope.json: no such file\n' });

    const notJson = await run('--merge', write('broken.json', '{"repository": '));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^llm-arch-lint: --merge broken\.json: not JSON: /);

    const bad = { ...fixtureReport(), findings: [{ ...fixtureReport().findings[0], severity: 'fatal' }] };
    const invalid = await run('--merge', write('invalid.json', bad));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(
      /^llm-arch-lint: --merge invalid\.json: not an llm-arch-lint JSON report \(report\.schema\.json\): \/findings\/0\/severity must be equal to one of the allowed values/,
    );

    const sarif = await run('--merge', write('log.sarif', { version: '2.1.0', runs: [] }));
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/--merge log\.sarif: not an llm-arch-lint JSON report .*must have required property 'tool'/);

    const folder = await run('--merge', '.');
    expect(folder).toMatchObject({ code: 2, stderr: 'llm-arch-lint: --merge .: not a file\n' });
  });

  it('usage errors: sarif, options that analyse a repository, no report', async () => {
    const sarif = await run('--merge', app, '--format', 'sarif');
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/--merge prints stylish, json or markdown, not sarif\./);
    for (const extra of [['--config', 'x.yml'], ['--rules'], ['--explain', 'prompt-bloat'], ['--repository', 'a/b']]) {
      const r = await run('--merge', app, ...extra);
      expect({ code: r.code, first: r.stderr.split('\n')[0] }).toEqual({
        code: 2,
        first: `llm-arch-lint: ${extra[0]} cannot be combined with --merge, which reads finished reports.`,
      });
    }
    const none = await run('--merge');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--merge/);
  });
});
