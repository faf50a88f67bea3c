/** `--format sarif` and the colour rules of `stylish` (colours only on a TTY, never in --output files). */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import { SARIF_FINGERPRINT_KEY } from '../../src/report/to-sarif.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const ADR = `# 1. Assistant knowledge\n\n## Status\n\nAccepted\n\n## Context\n\nRate cards change weekly.\n\n## Decision\n\nWe will fine-tune the LLM on the rate cards so it knows them.\n\n## Consequences\n\nNone.\n`;

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lal-cli-formats-'));
  mkdirSync(join(dir, 'docs', 'adr'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'adr', '0001-knowledge.md'), ADR);
  return dir;
}

async function run(cwd: string, color: boolean, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => (stderr += s),
    color,
    now: new Date('2026-11-22T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('--format sarif', () => {
  it('prints a SARIF 2.1.0 log of the findings, with the same exit code', async () => {
    const dir = repo();
    const r = await run(dir, true, '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('finetune-for-fresh-facts');
    expect(log.runs[0]!.results.every((x) => x.partialFingerprints[SARIF_FINGERPRINT_KEY])).toBe(true);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('writes --output to an absolute path as given', async () => {
    const dir = repo();
    const out = join(mkdtempSync(join(tmpdir(), 'lal-cli-out-')), 'log.sarif');
    const r = await run(dir, false, '--format', 'sarif', '--output', out, '--fail-on', 'never');
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});

describe('stylish colours', () => {
  it('colours only when the terminal is a TTY, never in an --output file; ends with the count line', async () => {
    const dir = repo();
    const tty = await run(dir, true);
    expect(tty.stdout).toMatch(ANSI);
    const plain = await run(dir, false);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems? \(1 error, \d+ warnings?, \d+ notices?\)$/);
    await run(dir, true, '--output', 'out.txt');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).not.toMatch(ANSI);
  });

  it('the bundled CLI writing to a pipe (not a TTY) prints no colour', async () => {
    const dir = repo();
    const stdout = await new Promise<string>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), '.'], { cwd: dir }, (_error, out) => resolve(out));
    });
    expect(stdout).toContain('finetune-for-fresh-facts');
    expect(stdout).not.toMatch(ANSI);
  });
});
