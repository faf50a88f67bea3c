/**
 * The explicit cases of hostile input (issue #7): alias bombs, 10,000-level nesting, 50 MB single-line files,
 * binary files with a .md name, invalid UTF-8, CRLF and byte-order marks, symlinks pointing outside the
 * workspace, FIFOs, and files over `limits.maxFileBytes`. Through the pure core (`analyze`, `resolvePolicy`) and
 * through the file-system edge and the CLI (`runCli` on a temporary workspace).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import { formatBytes } from '../../src/io/format-bytes.js';
import { readWorkspace } from '../../src/io/read-workspace.js';
import type { SourceFile } from '../../src/pipeline/analyze-types.js';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadBuiltinPolicy, resolvePolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-types.js';
import type { Report } from '../../src/report/report-types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FRESH_FACTS = readFileSync(join(FIXTURES, 'adrs', '003-freight-rate-lora-weekly.md'), 'utf8');
const NOW = new Date('2026-07-07T00:00:00Z');
const DEPTH = 10_000;

function run(files: SourceFile[]): Report {
  return analyze({ files, policy: loadBuiltinPolicy(), repository: 'acme/hostile', version: '0.0.0', now: NOW });
}
const parseErrors = (report: Report, path: string) => report.findings.filter((f) => f.path === path && f.ruleId === 'parse-error');
const rulesOf = (report: Report, path: string) => report.findings.filter((f) => f.path === path).map((f) => `${f.ruleId}@${f.line}`);
/** What the fresh-facts ADR gets on its own (read from the fixture, so the test follows the extractor). */
const FRESH_RULES = rulesOf(run([{ path: 'docs/adr/0003-freight.md', role: 'adr', text: FRESH_FACTS }]), 'docs/adr/0003-freight.md');

/** The "billion laughs": nine levels of ten aliases each, 10^9 strings if expanded. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const prev = String.fromCharCode(97 + i);
    return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

const temps: string[] = [];
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lal-hostile-'));
  temps.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--format', 'json', '--fail-on', 'never', '--repository', 'acme/hostile', ...argv], {
    cwd,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => (stderr += s),
    color: false,
    now: NOW,
  });
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

describe('YAML alias bombs', () => {
  it('in a config: one parse-error, nothing expanded', () => {
    const report = run([{ path: 'ml/finetune/bomb.yml', role: 'config', text: `base_model: x\n${ALIAS_BOMB}\n` }]);
    expect(parseErrors(report, 'ml/finetune/bomb.yml')).toHaveLength(1);
    expect(parseErrors(report, 'ml/finetune/bomb.yml')[0]?.message).toMatch(/alias/i);
  });

  it('in ADR front matter: one parse-error, and the body is still read', () => {
    const text = `---\n${ALIAS_BOMB}\n---\n${FRESH_FACTS.replace(/^<!--.*-->\n/, '').replace(/^---[\s\S]*?---\n/, '')}`;
    const report = run([{ path: 'docs/adr/0001-bomb.md', role: 'adr', text }]);
    const errors = parseErrors(report, 'docs/adr/0001-bomb.md');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(2);
    expect(report.documents[0]?.facts['adr.title']).toMatch(/freight rates/);
  });

  it('in a policy file: a PolicyError naming the file', async () => {
    await expect(
      resolvePolicy(`extends: [recommended]\n${ALIAS_BOMB}\n`, '.github/llm-arch-lint.yml', {
        read: () => Promise.reject(new Error('unused')),
      }),
    ).rejects.toThrow(PolicyError);
  });
});

describe('10,000 levels of nesting', () => {
  const deep: [string, string][] = [
    ['ml/finetune/flow-seq.yml', `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
    ['ml/finetune/flow-map.yml', `${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`],
    ['ml/finetune/block-seq.yml', `${'- '.repeat(DEPTH)}x\n`],
    ['ml/finetune/arrays.json', `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`],
    ['ml/finetune/objects.json', `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`],
    ['ml/finetune/arrays.toml', `a = ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
  ];

  it.each(deep)('%s is one parse-error, not a stack overflow', (path, text) => {
    const report = run([{ path, role: 'config', text }]);
    const errors = parseErrors(report, path);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/column \d+/);
  });

  it('a training-data line nested 10,000 deep is measured or reported, never thrown', () => {
    const line = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
    const text = `${JSON.stringify({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'a' },
      ],
    })}\n${line}\n`;
    expect(() => run([{ path: 'ml/data/deep.jsonl', role: 'data', text }])).not.toThrow();
  });

  it('front matter nested 10,000 deep is one parse-error', () => {
    const report = run([
      { path: 'docs/adr/0001-deep.md', role: 'adr', text: `---\nllm: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n# Deep\n` },
    ]);
    expect(parseErrors(report, 'docs/adr/0001-deep.md')).toHaveLength(1);
  });

  it('Markdown nested 10,000 deep (quotes, lists) is read without error', () => {
    const quotes = `${'> '.repeat(DEPTH)}We will fine-tune the LLM.\n`;
    const lists = Array.from({ length: DEPTH }, (_, i) => `${' '.repeat(Math.min(i, 200) * 2)}- item ${i}`).join('\n');
    const report = run([
      { path: 'docs/adr/0001-quotes.md', role: 'adr', text: quotes },
      { path: 'docs/adr/0002-lists.md', role: 'adr', text: lists },
    ]);
    expect(report.documents).toHaveLength(2);
    expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });

  it('a policy nested 10,000 deep is a PolicyError', async () => {
    const text = `extends: [recommended]\nrules:\n  x: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`;
    await expect(resolvePolicy(text, '.github/llm-arch-lint.yml', { read: () => Promise.reject(new Error('unused')) })).rejects.toThrow(
      PolicyError,
    );
  });
});

describe('files on disk', () => {
  /** Writes a file of `bytes` bytes on one line, 1 MiB at a time (never holding it in memory). */
  function writeLongLine(path: string, head: string, unit: string, bytes: number, tail: string): void {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, head);
      const chunk = unit.repeat(Math.ceil(1_048_576 / unit.length));
      for (let written = head.length; written < bytes - tail.length; written += chunk.length) writeSync(fd, chunk);
      writeSync(fd, tail);
    } finally {
      closeSync(fd);
    }
  }

  it('50 MB single-line files: ADRs and configs over limits.maxFileBytes are skipped with a note, training data is scanned, the rest is unchanged', async () => {
    const dir = workspace({ 'docs/adr/0003-freight.md': FRESH_FACTS });
    const size = 50 * 1_048_576;
    writeLongLine(join(dir, 'docs/adr/0099-huge.md'), '# Huge ', 'We will fine-tune the LLM; ', size, '\n');
    writeLongLine(join(dir, 'ml/finetune/huge.yml'), 'base_model: x\ndatasets: [', '"a",', size, '"b"]\n');
    writeLongLine(
      join(dir, 'ml/data/huge.jsonl'),
      '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"',
      'a',
      size,
      '"}]}\n',
    );
    const { code, report, stderr } = await cli(dir);
    expect(code).toBe(0);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\/adr\/0099-huge\.md skipped: 50 MiB over limits\.maxFileBytes \(2 MiB\)$/),
        expect.stringMatching(/^ml\/finetune\/huge\.yml skipped: 50 MiB over limits\.maxFileBytes/),
      ]),
    );
    expect(stderr).toContain('docs/adr/0099-huge.md skipped');
    expect(report.documents.map((d) => d.path)).not.toContain('docs/adr/0099-huge.md');
    expect(report.documents.find((d) => d.path === 'ml/data/huge.jsonl')?.kind).toBe('training-data');
    expect(rulesOf(report, 'docs/adr/0003-freight.md')).toEqual(FRESH_RULES);
  });

  it('a binary file with a .md name is one parse-error at its first NUL byte', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]);
    const dir = workspace({ 'docs/adr/0002-diagram.md': png, 'docs/adr/0003-freight.md': FRESH_FACTS });
    const { report } = await cli(dir);
    const errors = parseErrors(report, 'docs/adr/0002-diagram.md');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(3); // 89 50 4E 47 0D 0A | 1A 0A | 00: the NUL starts line 3
    expect(errors[0]?.message).toMatch(/binary file.*NUL byte at line 3, column 1/);
    expect(report.documents.find((d) => d.path === 'docs/adr/0002-diagram.md')).toMatchObject({ kind: 'unknown', format: 'unknown' });
    expect(rulesOf(report, 'docs/adr/0003-freight.md')).toEqual(FRESH_RULES);
  });

  it('a binary config outside LLM paths is skipped silently; inside one it is a parse-error (SPEC §6.3)', async () => {
    const bin = Buffer.from([0x00, 0x01, 0x02, 0x03]);
    const { report } = await cli(workspace({ 'assets/logo.yml': bin, 'ml/finetune/job.yml': bin }));
    expect(report.documents.map((d) => d.path)).toEqual(['ml/finetune/job.yml']);
    expect(parseErrors(report, 'ml/finetune/job.yml')).toHaveLength(1);
  });

  it('invalid UTF-8 is read with replacement characters and noted, never thrown', async () => {
    const latin1 = Buffer.from(FRESH_FACTS.replace('Gdańsk', 'Gdansk').replace('Sales reps', 'Sales reps (caf\u00e9)'), 'latin1');
    const { report, stderr } = await cli(workspace({ 'docs/adr/0003-freight.md': latin1 }));
    expect(report.notes).toContain('docs/adr/0003-freight.md: not valid UTF-8; invalid bytes were read as U+FFFD');
    expect(stderr).toContain('not valid UTF-8');
    expect(rulesOf(report, 'docs/adr/0003-freight.md')).toEqual(FRESH_RULES);
  });

  it('CRLF, a UTF-8 byte-order mark and UTF-16 (by its byte-order mark) read like plain LF UTF-8', async () => {
    const lf = FRESH_FACTS.replace(/\r\n/g, '\n');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const utf16be = Buffer.from(`\uFEFF${lf}`, 'utf16le').swap16();
    const dir = workspace({
      'docs/adr/0001-lf.md': lf,
      'docs/adr/0002-crlf-bom.md': crlf,
      'docs/adr/0003-utf16le.md': Buffer.from(`\uFEFF${lf}`, 'utf16le'),
      'docs/adr/0004-utf16be.md': utf16be,
    });
    const { report } = await cli(dir);
    const view = (path: string) => report.findings.filter((f) => f.path === path).map((f) => `${f.ruleId}@${f.line} ${f.message}`);
    expect(view('docs/adr/0001-lf.md').length).toBeGreaterThan(0);
    for (const other of ['docs/adr/0002-crlf-bom.md', 'docs/adr/0003-utf16le.md', 'docs/adr/0004-utf16be.md'])
      expect(view(other)).toEqual(view('docs/adr/0001-lf.md'));
    expect(report.notes).toEqual([]);
  });

  it('never follows a symlink, to a file or a folder outside the workspace or in a loop', async () => {
    const outside = workspace({ 'secret.md': `${FRESH_FACTS}\nTOP-SECRET-OUTSIDE\n`, 'adr/0009-outside.md': FRESH_FACTS });
    const dir = workspace({ 'docs/adr/0003-freight.md': FRESH_FACTS });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs/adr/0004-escape.md'));
    symlinkSync(join(outside, 'adr'), join(dir, 'docs/adr/linked'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs/adr/loop'));
    symlinkSync('/etc/passwd', join(dir, 'docs/adr/0005-passwd.md'));
    const walked = await cli(dir);
    expect(walked.report.documents.map((d) => d.path)).toEqual(['docs/adr/0003-freight.md']);
    expect(JSON.stringify(walked.report)).not.toContain('TOP-SECRET-OUTSIDE');
    const named = await cli(dir, 'docs/adr/0004-escape.md', 'docs/adr/linked');
    expect(named.report.documents).toEqual([]);
    expect(named.stderr).toContain('docs/adr/0004-escape.md skipped: symbolic links are not followed');
    expect(named.stderr).toContain('docs/adr/linked skipped: symbolic links are not followed');
  });

  it('skips FIFOs and other special files instead of blocking on them', async () => {
    if (process.platform === 'win32') return;
    const dir = workspace({ 'docs/adr/0003-freight.md': FRESH_FACTS });
    execFileSync('mkfifo', [join(dir, 'docs/adr/0006-pipe.md')]);
    const ws = await readWorkspace(dir, { include: {}, exclude: [], maxFileBytes: 2_097_152 });
    expect(ws.files.map((f) => f.path)).toEqual(['docs/adr/0003-freight.md']);
    const named = await readWorkspace(dir, { include: {}, exclude: [], maxFileBytes: 2_097_152, paths: ['docs/adr/0006-pipe.md'] });
    expect(named.files).toEqual([]);
  });

  it('files over limits.maxFileBytes are skipped with a note in the report and on stderr; data beyond maxDataBytes is still counted', async () => {
    const line = `${JSON.stringify({
      messages: [
        { role: 'user', content: 'Price?' },
        { role: 'assistant', content: 'It costs $49 as of 2025.' },
      ],
    })}\n`;
    const dir = workspace({
      '.github/llm-arch-lint.yml': 'limits: { maxFileBytes: 1024, maxDataBytes: 1000 }\n',
      'docs/adr/0003-freight.md': FRESH_FACTS,
      'docs/adr/0004-small.md': '# Small\n\nWe will use RAG for the LLM assistant.\n',
      'ml/data/train.jsonl': line.repeat(50),
    });
    const { report, stderr } = await cli(dir);
    expect(report.notes).toContain(
      `docs/adr/0003-freight.md skipped: ${formatBytes(Buffer.byteLength(FRESH_FACTS))} over limits.maxFileBytes (1 KiB)`,
    );
    expect(stderr).toContain('docs/adr/0003-freight.md skipped');
    expect(report.documents.map((d) => d.path)).toEqual(['docs/adr/0004-small.md', 'ml/data/train.jsonl']);
    // Beyond maxDataBytes the rest is sampled; a rest this small is sampled in full, so the count is exact.
    expect(report.documents.find((d) => d.path === 'ml/data/train.jsonl')?.facts['training.examples']).toBe(50);
    expect(report.notes.filter((n) => n.startsWith('ml/data/'))).toEqual([]);
    expect(parseErrors(report, 'ml/data/train.jsonl')).toEqual([]);
  });
});
