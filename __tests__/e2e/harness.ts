/**
 * The e2e harness: spawns `node dist/index.js` (asynchronously: the fake API lives in the test process) with
 * the runner's environment — every input of action.yml as `INPUT_<NAME>` with its default, GITHUB_* and
 * RUNNER_TEMP — against the fake GitHub of ./fake-github.ts, and reads back outputs, annotations, summary and
 * report.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { COMMENT_MARKER } from '../../src/report/render-comment.js';
import type { Report } from '../../src/report/report-types.js';
import { addedPatch, startFakeGithub, type FakeGithub, type FakeGithubOptions, type FakePrFile, type FakeRequest } from './fake-github.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(ROOT, 'dist', 'index.js');
export const TOKEN = 'ghs_e2eFakeInstallationToken000000000000';
export const REPOSITORY = 'acme/assistant';
export const PR = 7;
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const MERGE_SHA = 'd'.repeat(40);
export const REMOTE_SHA = 'e'.repeat(40);

export const FRESH_FACTS_ADR = `---
llm:
  approach: fine-tuning
  finetune-purpose: knowledge
  knowledge-volatility: weekly
---
# ADR 0001: Teach the support assistant our rate cards

## Status

Accepted

## Context

Customers ask the support assistant about prices. Our rate cards change weekly.

## Decision

We will fine-tune the model on the rate cards so that it knows the current prices.

## Consequences

The assistant answers price questions from its weights.
`;

export const RAG_ADR = `---
llm:
  approach: rag
  knowledge-volatility: weekly
  citations-required: true
  chunking: structure
  rag-evaluation: true
---
# ADR 0002: Answer policy questions from retrieved documents

## Status

Accepted

## Context

Policy documents change weekly, and every answer must cite the document it comes from.

## Decision

We will use retrieval-augmented generation: documents are split by headings, indexed in a vector store,
and the top passages are put into the prompt with their source links.

## Consequences

Retrieval quality is measured with recall@5, and answer faithfulness on a labelled set of 200 questions,
before each release.
`;

/** The fresh-facts ADR after a second push: the rate cards are retrieved at query time instead. */
export const FIXED_ADR = RAG_ADR.replace(
  'ADR 0002: Answer policy questions from retrieved documents',
  'ADR 0001: Retrieve the current rate cards',
);

/** Fine-tuning for tone and format with no measured baseline: warnings, no error. */
export const WARNING_ONLY_ADR = `---
llm:
  approach: fine-tuning
  finetune-purpose: behavior
  behavior: [tone, strict-format]
  training-examples: 2400
  eval-set: true
  baseline-evaluated: false
---
# ADR 0003: House tone for support replies

## Status

Accepted

## Context

Replies must follow our house tone and a strict JSON reply format.

## Decision

We will fine-tune a small model with LoRA on 2,400 labelled replies, with a held-out evaluation set of 300 replies.

## Consequences

A new adapter is trained when the house style guide changes.
`;

export const BASE_CONFIG = `extends:
  - recommended
  - ../policies/team.yml
  - github:acme/ai-governance/policies/base.yml@v3
rules:
  finetune-for-fresh-facts: notice
`;
export const HEAD_CONFIG = `extends:
  - recommended
  - ../policies/team.yml
  - github:acme/ai-governance/policies/base.yml@v3
`;
export const TEAM_POLICY = 'id: team-rules\nrules: {}\n';
export const REMOTE_POLICY = 'id: acme-base\nrules: {}\n';

export interface ActionYml {
  inputs: Record<string, { default?: unknown }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}
export const ACTION = YAML.parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

export interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  report: Report | undefined;
  /** The SARIF log named by the `sarif` output, parsed. */
  sarif: unknown;
}

export const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'llm-arch-lint-e2e-'));
let counter = 0;

/** A git-less workspace holding `files`. */
export function makeWorkspace(files: Record<string, string>): string {
  const dir = path.join(tmpRoot, `ws-${++counter}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The runner's GITHUB_OUTPUT format: `name=value` and `name<<DELIM … DELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) values[line.slice(0, eq)] = line.slice(eq + 1);
    else if (hd >= 0) {
      const delim = line.slice(hd + 2);
      const end = lines.indexOf(delim, i + 1);
      values[line.slice(0, hd)] = lines.slice(i + 1, end).join('\n');
      i = end;
    }
  }
  return values;
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    out.push({ level: m[1] ?? '', props, message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') });
  }
  return out;
}

export function pullRequestEvent(headSha = HEAD_SHA, changedFiles?: number): Record<string, unknown> {
  const repo = { full_name: REPOSITORY, name: 'assistant', owner: { login: 'acme' } };
  return {
    action: 'synchronize',
    number: PR,
    repository: repo,
    pull_request: {
      number: PR,
      title: 'ADR: support assistant knowledge',
      head: { sha: headSha, ref: 'feature/assistant', repo },
      ...(changedFiles !== undefined ? { changed_files: changedFiles } : {}),
      base: { sha: BASE_SHA, ref: 'main', repo },
    },
  };
}

/** Spawns the bundle like the runner: every action.yml input (default unless overridden) and the GITHUB_* environment. */
export async function runAction(
  server: FakeGithub,
  workspace: string,
  {
    inputs = {},
    eventName = 'pull_request',
    event = pullRequestEvent(),
    runId = String(100000 + counter),
  }: { inputs?: Record<string, string>; eventName?: string; event?: Record<string, unknown>; runId?: string } = {},
): Promise<RunResult> {
  for (const name of Object.keys(inputs)) if (!(name in ACTION.inputs)) throw new Error(`Unexpected input '${name}'`);
  const temp = path.join(tmpRoot, `run-${++counter}`);
  mkdirSync(temp, { recursive: true });
  const eventPath = path.join(temp, 'event.json');
  const outputPath = path.join(temp, 'output');
  const summaryPath = path.join(temp, 'summary');
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: temp,
  };
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    const value = inputs[name] ?? String(spec?.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, TOKEN);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (c) =>
      resolve({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  const reportPath = outputs.report;
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    report: reportPath && existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report) : undefined,
    sarif: outputs.sarif && existsSync(outputs.sarif) ? (JSON.parse(readFileSync(outputs.sarif, 'utf8')) as unknown) : undefined,
  };
}

export const added = (filename: string, text: string): FakePrFile => ({ filename, status: 'added', patch: addedPatch(text) });
export const modified = (filename: string, text: string): FakePrFile => ({
  filename,
  status: 'modified',
  patch: `@@ -1,1 +1,${text.split('\n').length} @@\n${text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `+${l}`)
    .join('\n')}`,
});
export const writes = (server: FakeGithub) => server.requests.filter((r) => r.method !== 'GET');
export const botComments = (server: FakeGithub) =>
  server.comments.filter((c) => c.user.type === 'Bot' && c.body.startsWith(COMMENT_MARKER));
export const describeRun = (r: RunResult) =>
  `exit ${r.code}\n--- stdout\n${r.stdout.slice(0, 4000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;

export function fakeOptions(extra: Partial<FakeGithubOptions> = {}): FakeGithubOptions {
  return {
    repository: REPOSITORY,
    prNumber: PR,
    token: TOKEN,
    contents: { [REPOSITORY]: { [BASE_SHA]: { 'README.md': '# assistant\n' } } },
    ...extra,
  };
}

export const servers: FakeGithub[] = [];
export async function fake(extra: Partial<FakeGithubOptions> = {}): Promise<FakeGithub> {
  const server = await startFakeGithub(fakeOptions(extra));
  servers.push(server);
  return server;
}

/** Closes every fake server and removes the temporary folders. */
export async function cleanup(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(tmpRoot, { recursive: true, force: true });
}

export function ensureDist(): void {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` (dist/ is committed)`);
}

const LISTINGS = [/\/pulls\/\d+\/files$/, /\/issues\/\d+\/comments$/, /\/pulls\/\d+\/comments$/];

/**
 * SPEC §3's API budget of one run: at most 10 calls, plus pages of the listings (PR files, issue comments,
 * review comments), contents reads and ref resolutions of policy files, one edit per inline comment marked
 * fixed, and (pull_request_target) one contents read per changed document. Retries of a failed call count
 * as the same call.
 */
export function apiBudget(requests: readonly FakeRequest[]): {
  total: number;
  counted: number;
  pages: number;
  policyReads: number;
  fixedEdits: number;
  retries: number;
} {
  let pages = 0;
  let policyReads = 0;
  let fixedEdits = 0;
  let retries = 0;
  let counted = 0;
  for (const r of requests) {
    if (r.fault !== undefined) {
      retries += 1;
      continue;
    }
    if (r.method === 'GET' && LISTINGS.some((re) => re.test(r.path)) && Number(r.query.page ?? 1) > 1) pages += 1;
    else if (r.method === 'GET' && (/\/contents\//.test(r.path) || /\/commits\//.test(r.path))) policyReads += 1;
    else if (r.method === 'PATCH' && /\/pulls\/comments\/\d+$/.test(r.path)) fixedEdits += 1;
    else counted += 1;
  }
  return { total: requests.length, counted, pages, policyReads, fixedEdits, retries };
}
