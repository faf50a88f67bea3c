/**
 * The CLI bundle as a shell runs it: `node dist/cli/index.js`, stdout a pipe. A report larger than the pipe's
 * buffer, read only after a pause, must arrive whole: the CLI waits for the pipe to drain instead of queueing the
 * rest in memory, and must not stall while waiting.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FRESH_FACTS_ADR, ROOT } from './harness.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');

function workspace(records: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lal-cli-e2e-'));
  mkdirSync(path.join(dir, 'docs', 'adr'), { recursive: true });
  for (let i = 1; i <= records; i++)
    writeFileSync(path.join(dir, 'docs', 'adr', `${String(i).padStart(4, '0')}-rates.md`), FRESH_FACTS_ADR);
  return dir;
}

describe('CLI bundle', () => {
  it('writes a report larger than the pipe buffer whole to a reader that starts late', async () => {
    const cwd = workspace(80);
    const child = spawn(process.execPath, [CLI, '--format', 'json', '--fail-on', 'never'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // Not reading yet: the pipe fills and the CLI has to wait for it.
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length).toBeGreaterThan(4 * 65536);
    const report = JSON.parse(text) as { documents: unknown[]; findings: unknown[] };
    expect(report.documents).toHaveLength(80);
    expect(report.findings.length).toBeGreaterThanOrEqual(80);
  });
});
