import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const FRESH_FACTS = `# 1. Assistant knowledge\n\n## Status\n\nAccepted\n\n## Context\n\nRate cards change weekly.\n\n## Decision\n\nWe will fine-tune the LLM on the rate cards so it knows them.\n\n## Consequences\n\nNone.\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lal-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => (stderr += s),
    color: false,
    now: new Date('2026-11-22T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  const dir = repo({ 'docs/adr/0001-knowledge.md': FRESH_FACTS, 'src/app.py': 'print(1)\n', 'misc/unknown.yml': 'a: 1\n' });

  it('exits 1 on an error finding and prints ESLint-like stylish output', async () => {
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs/adr/0001-knowledge.md');
    expect(r.stdout).toMatch(/\d+:1\s+error\s+.*finetune-for-fresh-facts/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(1 error/);
  });

  it('honours --fail-on never and prints the JSON report', async () => {
    const r = await run(dir, '--format', 'json', '--fail-on', 'never', '--repository', 'acme/app');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.repository).toBe('acme/app');
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('finetune-for-fresh-facts');
    expect(report.documents[0].facts.approach).toBe('fine-tuning');
  });

  it('prints the PR comment markdown with --format markdown', async () => {
    const r = await run(dir, '--format', 'markdown');
    expect(r.stdout.startsWith('<!-- llm-arch-lint:summary -->')).toBe(true);
  });

  it('writes --output to a file', async () => {
    const r = await run(dir, '--format', 'json', '--output', 'out.json');
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('says on stderr when a named file is none of ours', async () => {
    const r = await run(dir, 'src/app.py', 'misc/unknown.yml');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('src/app.py is not an ADR, model config or training data file');
    expect(r.stderr).toContain('misc/unknown.yml is not an ADR, model config or training data file');
  });

  it('lists rules and explains one', async () => {
    const list = await run(dir, '--rules');
    expect(list.stdout).toMatch(/^finetune-for-fresh-facts\s+error\s+/m);
    const explain = await run(dir, '--explain', 'finetune-for-fresh-facts');
    expect(explain.stdout).toContain('Remedy:');
    expect(explain.stdout).toContain('Fails:');
  });

  it.each([[['--format', 'xml']], [['--fail-on', 'sometimes']], [['--explain', 'no-such-rule']], [['--bogus']]])(
    'exits 2 on a usage error %j',
    async (argv) => {
      expect((await run(dir, ...argv)).code).toBe(2);
    },
  );

  it('exits 2 with file, line and JSON path on a policy error', async () => {
    const bad = repo({ '.github/llm-arch-lint.yml': 'extends: [recommended]\nrules:\n  finetune-for-fresh-fact: off\n' });
    const r = await run(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.github\/llm-arch-lint\.yml:3 rules\.finetune-for-fresh-fact/);
    expect(r.stderr).toContain('did you mean "finetune-for-fresh-facts"');
  });

  it('applies the config file: a rule turned off fires no more', async () => {
    const off = repo({
      'docs/adr/0001-knowledge.md': FRESH_FACTS,
      '.github/llm-arch-lint.yml': 'rules:\n  finetune-for-fresh-facts: off\n',
    });
    const r = await run(off, '--format', 'json');
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('finetune-for-fresh-facts');
  });

  it('links a named config to its training data elsewhere in the repository', async () => {
    const line = '{"messages":[{"role":"user","content":"Summarise"},{"role":"assistant","content":"{\\"summary\\": \\"ok\\"}"}]}';
    const linked = repo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'ml/sft.yml':
        'base_model: meta-llama/Llama-3.2-1B\ndatasets:\n  - path: ml/data/train.jsonl\n    type: chat_template\nval_set_size: 0.1\n',
      'ml/data/train.jsonl': `${line}\n${line}\n${line}\n`,
    });
    const r = await run(linked, 'ml/sft.yml', '--format', 'json', '--fail-on', 'never');
    const report = JSON.parse(r.stdout);
    expect(report.documents.map((d: { path: string }) => d.path)).toEqual(['ml/sft.yml']);
    expect(report.documents[0].facts['training.examples']).toBe(3);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('insufficient-training-data');
  });

  it('a manifest elsewhere in the repository decides fine-tuning for a named config', async () => {
    const files = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'ml/sft.yml': 'base_model: meta-llama/Llama-3.2-1B\nlearning_rate: 0.0002\nnum_epochs: 3\n',
    };
    const rules = async (dir: string) => {
      const r = await run(dir, 'ml/sft.yml', '--format', 'json', '--fail-on', 'never');
      return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    };
    expect(await rules(repo(files))).toContain('finetune-config-without-adr');
    const manifest = 'name: Support replies\napproach: fine-tuning\nfinetune-purpose: behavior\n';
    expect(await rules(repo({ ...files, 'llm-architecture.yml': manifest }))).not.toContain('finetune-config-without-adr');
  });

  it('a named ADR in a git repository gets the same facts and findings as in a run over the whole repository', async () => {
    const dir = repo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'docs/adr/0001-knowledge.md': FRESH_FACTS,
      'llm-architecture.yml': 'name: Support replies\napproach: fine-tuning\nfinetune-purpose: behavior\n',
      'ml/sft.yml': 'base_model: meta-llama/Llama-3.2-1B\nlearning_rate: 0.0002\nnum_epochs: 3\n',
    });
    type Json = { documents: { path: string }[]; findings: { path: string }[] };
    const json = async (...args: string[]) =>
      JSON.parse((await run(dir, ...args, '--format', 'json', '--fail-on', 'never')).stdout) as Json;
    const named = await json('docs/adr/0001-knowledge.md');
    const whole = await json();
    const adr = (r: Json) => ({
      documents: r.documents.filter((d) => d.path === 'docs/adr/0001-knowledge.md'),
      findings: r.findings.filter((f) => f.path === 'docs/adr/0001-knowledge.md'),
    });
    expect(named.documents.map((d) => d.path)).toEqual(['docs/adr/0001-knowledge.md']);
    expect(adr(named).findings.length).toBeGreaterThan(0);
    expect(adr(named)).toEqual(adr(whole));
  });

  it('waits for stdout to drain before writing the next piece of a large report', async () => {
    // 60 records: a JSON report of several 64 KiB pieces.
    const files: Record<string, string> = {};
    for (let i = 1; i <= 60; i++) files[`docs/adr/${String(i).padStart(4, '0')}-knowledge.md`] = FRESH_FACTS;
    const cwd = repo(files);
    const pieces: string[] = [];
    let release = () => {};
    let waiting = 0;
    // Resolved by the next write: the test waits for pieces by event, not by a timer a loaded machine can outrun.
    let arrived = () => {};
    const nextPiece = () => new Promise<void>((resolve) => (arrived = resolve));
    let first = nextPiece();
    const running = runCli(['--format', 'json', '--fail-on', 'never'], {
      cwd,
      // Every write but the last reports a full buffer, released by the test.
      stdout: (s) => {
        pieces.push(s);
        arrived();
        return new Promise<void>((resolve) => {
          waiting++;
          release = resolve;
        });
      },
      stderr: () => {},
      color: false,
    });
    await first;
    // Given time to misbehave, the CLI writes nothing more until the piece is taken.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pieces).toHaveLength(1);
    expect(waiting).toBe(1);
    while (waiting < 3) {
      const before = pieces.length;
      first = nextPiece();
      release();
      await first;
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pieces.length).toBe(before + 1);
    }
    // Release the rest as they come.
    let code: number | undefined;
    void running.then((c) => (code = c));
    while (code === undefined) {
      release();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(code).toBe(0);
    expect(JSON.parse(pieces.join('')).documents).toHaveLength(60);
  });
});
