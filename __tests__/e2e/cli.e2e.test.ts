/**
 * The CLI bundle as a shell runs it: `node dist/cli/index.js`, stdout a pipe or a file. A report larger than the
 * pipe's buffer, read only after a pause, must arrive whole: the CLI waits for the pipe to drain instead of
 * queueing the rest in memory, and must not stall while waiting. Redirected to a file (`> report.json`), stdout is
 * written another way (synchronously, from one buffer): the bytes must be the same.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FRESH_FACTS_ADR, ROOT } from './harness.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

/** Records with text outside ASCII (quoted in the report), so pieces carry multi-byte characters. */
const RECORD = FRESH_FACTS_ADR.replace('our rate cards\n', 'our rate cards — tarifs für Übersee, 料金表\n');

function workspace(records: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lal-cli-e2e-'));
  mkdirSync(path.join(dir, 'docs', 'adr'), { recursive: true });
  for (let i = 1; i <= records; i++) writeFileSync(path.join(dir, 'docs', 'adr', `${String(i).padStart(4, '0')}-rates.md`), RECORD);
  return dir;
}

const ARGS = [CLI, '--format', 'json', '--fail-on', 'never', '--repository', 'acme/rates'];

/** Runs the CLI with stdout a pipe read only after `delayMs`; its exit code, stdout and stderr. */
async function runPiped(cwd: string, delayMs: number): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, ARGS, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // Not reading yet: the pipe fills and the CLI has to wait for it.
  child.stdout.pause();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout: Buffer.concat(chunks), stderr };
}

describe('CLI bundle', () => {
  const cwd = workspace(80);

  it('writes a report larger than the pipe buffer whole to a reader that starts late', async () => {
    const r = await runPiped(cwd, 300);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(4 * 65536);
    const report = JSON.parse(r.stdout.toString('utf8')) as { documents: unknown[]; findings: { message: string }[] };
    expect(report.documents).toHaveLength(80);
    expect(report.findings.length).toBeGreaterThanOrEqual(80);
  });

  it('writes the same bytes to a file stdout as to a pipe', async () => {
    const file = path.join(cwd, 'report.json');
    const fd = openSync(file, 'w');
    const child = spawn(process.execPath, ARGS, { cwd, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const piped = await runPiped(cwd, 0);
    const written = readFileSync(file);
    expect(written.toString('utf8')).toContain('料金表');
    expect(written.equals(piped.stdout)).toBe(true);
  });
});
