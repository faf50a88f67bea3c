/**
 * End to end through the real bundle: `node dist/index.js` is spawned (asynchronously: the fake API lives in
 * this process) with the runner's environment — every input of action.yml as `INPUT_<NAME>` with its default,
 * GITHUB_* and RUNNER_TEMP — against the fake GitHub of ./fake-github.ts.
 *
 * dist/ is committed; this test builds nothing. After changing src/, run `npm run package` first.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { COMMENT_MARKER } from '../../src/report/render-comment.js';
import { addedPatch, BOT, startFakeGithub, type FakeGithub, type FakeGithubOptions, type FakePrFile } from './fake-github.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.join(ROOT, 'dist', 'index.js');
const TOKEN = 'ghs_e2eFakeInstallationToken000000000000';
const REPOSITORY = 'acme/assistant';
const PR = 7;
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const MERGE_SHA = 'd'.repeat(40);
const REMOTE_SHA = 'e'.repeat(40);

const FRESH_FACTS_ADR = `---
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

const RAG_ADR = `---
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
const FIXED_ADR = RAG_ADR.replace(
  'ADR 0002: Answer policy questions from retrieved documents',
  'ADR 0001: Retrieve the current rate cards',
);

/** Fine-tuning for tone and format with no measured baseline: warnings, no error. */
const WARNING_ONLY_ADR = `---
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

const BASE_CONFIG = `extends:
  - recommended
  - ../policies/team.yml
  - github:acme/ai-governance/policies/base.yml@v3
rules:
  finetune-for-fresh-facts: notice
`;
const HEAD_CONFIG = `extends:
  - recommended
  - ../policies/team.yml
  - github:acme/ai-governance/policies/base.yml@v3
`;
const TEAM_POLICY = 'id: team-rules\nrules: {}\n';
const REMOTE_POLICY = 'id: acme-base\nrules: {}\n';

interface ActionYml {
  inputs: Record<string, { default?: unknown }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}
const ACTION = YAML.parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

interface Annotation {
  level: string;
  props: Record<string, string>;
  message: string;
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  report:
    | {
        findings: { ruleId: string; severity: string; path: string; line: number; message: string }[];
        policy: { sources: { source: string; sha?: string }[] };
      }
    | undefined;
}

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'llm-arch-lint-e2e-'));
let counter = 0;

/** A git-less workspace holding `files`. */
function makeWorkspace(files: Record<string, string>): string {
  const dir = path.join(tmpRoot, `ws-${++counter}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The runner's GITHUB_OUTPUT format: `name=value` and `name<<DELIM … DELIM`. */
function parseOutputs(text: string): Record<string, string> {
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

function parseAnnotations(stdout: string): Annotation[] {
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

function pullRequestEvent(): Record<string, unknown> {
  const repo = { full_name: REPOSITORY, name: 'assistant', owner: { login: 'acme' } };
  return {
    action: 'synchronize',
    number: PR,
    repository: repo,
    pull_request: {
      number: PR,
      title: 'ADR: support assistant knowledge',
      head: { sha: HEAD_SHA, ref: 'feature/assistant', repo },
      base: { sha: BASE_SHA, ref: 'main', repo },
    },
  };
}

/** Spawns the bundle like the runner: every action.yml input (default unless overridden) and the GITHUB_* environment. */
async function runAction(
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
    report: reportPath && existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as RunResult['report']) : undefined,
  };
}

const added = (filename: string, text: string): FakePrFile => ({ filename, status: 'added', patch: addedPatch(text) });
const modified = (filename: string, text: string): FakePrFile => ({
  filename,
  status: 'modified',
  patch: `@@ -1,1 +1,${text.split('\n').length} @@\n${text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `+${l}`)
    .join('\n')}`,
});
const writes = (server: FakeGithub) => server.requests.filter((r) => r.method !== 'GET');
const botComments = (server: FakeGithub) => server.comments.filter((c) => c.user.type === 'Bot' && c.body.startsWith(COMMENT_MARKER));
const describeRun = (r: RunResult) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(0, 4000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;

function fakeOptions(extra: Partial<FakeGithubOptions> = {}): FakeGithubOptions {
  return {
    repository: REPOSITORY,
    prNumber: PR,
    token: TOKEN,
    contents: { [REPOSITORY]: { [BASE_SHA]: { 'README.md': '# assistant\n' } } },
    ...extra,
  };
}

const servers: FakeGithub[] = [];
async function fake(extra: Partial<FakeGithubOptions> = {}): Promise<FakeGithub> {
  const server = await startFakeGithub(fakeOptions(extra));
  servers.push(server);
  return server;
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run package\` (dist/ is committed)`);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(tmpRoot, { recursive: true, force: true });
});

describe('action.yml', () => {
  test('runs the committed bundle on node24 and declares the SPEC §3 inputs and outputs', () => {
    expect(ACTION.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(ACTION.inputs).sort()).toEqual(
      ['comment', 'config', 'fail-on', 'github-token', 'mode', 'policy-token', 'report-file', 'review', 'sarif-file', 'scope'].sort(),
    );
    expect(Object.keys(ACTION.outputs).sort()).toEqual(
      ['comment-url', 'errors', 'findings', 'notices', 'report', 'sarif', 'warnings'].sort(),
    );
    expect(ACTION.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(ACTION.inputs.config?.default).toBe('.github/llm-arch-lint.yml');
    expect(ACTION.inputs['fail-on']?.default).toBe('error');
    expect(ACTION.inputs.mode?.default).toBe('full');
  });
});

describe('a pull request that fine-tunes for weekly-changing rate cards', () => {
  const humanQuote = `Looks like the bot uses ${COMMENT_MARKER} to find its comment.`;
  const humanStartsWithMarker = `${COMMENT_MARKER}\nI copied the bot's comment here to discuss it.`;
  let server: FakeGithub;
  let workspace: string;
  let run1: RunResult;
  let run2: RunResult;
  let rerun: RunResult;
  let requestsBeforeRerun = 0;

  beforeAll(async () => {
    server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR), added('docs/adr/0002-policy-answers.md', RAG_ADR)],
      comments: [
        { body: humanQuote, user: { login: 'octocat', type: 'User' } },
        { body: humanStartsWithMarker, user: { login: 'octocat', type: 'User' } },
      ],
    });
    workspace = makeWorkspace({
      'README.md': '# assistant\n',
      'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR,
      'docs/adr/0002-policy-answers.md': RAG_ADR,
    });
    run1 = await runAction(server, workspace, { runId: '1001' });
    run2 = await runAction(server, workspace, { runId: '1002' });
    requestsBeforeRerun = server.requests.length;
    rerun = await runAction(server, workspace, { runId: '1002' });
  });

  test('run 1 fails under fail-on: error, with an error annotation at the ADR line', () => {
    expect({ code: run1.code, log: run1.code === 1 ? '' : describeRun(run1) }).toEqual({ code: 1, log: '' });
    const errors = run1.annotations.filter((a) => a.level === 'error' && a.props.file === 'docs/adr/0001-rate-cards.md');
    expect(errors.length).toBeGreaterThan(0);
    expect(run1.stdout).toMatch(/^::error (?:[^:]*,)?file=docs\/adr\/0001-rate-cards\.md,line=\d+/m);
    for (const a of errors) expect(Number(a.props.line)).toBeGreaterThanOrEqual(1);
    expect(
      run1.report?.findings.some(
        (f) => f.ruleId === 'finetune-for-fresh-facts' && f.severity === 'error' && f.path === 'docs/adr/0001-rate-cards.md',
      ),
    ).toBe(true);
    expect(run1.report?.findings.filter((f) => f.path === 'docs/adr/0002-policy-answers.md')).toEqual([]);
  });

  test('outputs: counts, report path, empty sarif, comment URL', () => {
    const { outputs, report } = run1;
    expect(Number(outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(Number(outputs.findings)).toBe(Number(outputs.errors) + Number(outputs.warnings) + Number(outputs.notices));
    expect(outputs.report).toBe(path.join(path.dirname(outputs.report ?? ''), 'llm-arch-lint-report.json'));
    expect(report).toBeDefined();
    expect(outputs.sarif).toBe('');
    expect(outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/assistant\/pull\/7#issuecomment-\d+$/);
  });

  test('the job summary is written', () => {
    expect(run1.summary.length).toBeGreaterThan(0);
    expect(run1.summary).toContain('finetune-for-fresh-facts');
  });

  test('run 1 creates the sticky comment; run 2 updates it in place', () => {
    const posts1 = server.requests.filter((r) => r.method === 'POST');
    expect(posts1).toHaveLength(1);
    expect(botComments(server)).toHaveLength(1);
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0]?.path).toBe(`/repos/${REPOSITORY}/issues/comments/${botComments(server)[0]?.id}`);
    expect(run2.code).toBe(1);
    expect(run2.outputs['comment-url']).toBe(run1.outputs['comment-url']);
    expect(botComments(server)[0]?.body).toContain('finetune-for-fresh-facts');
  });

  test('a re-run with the same result does not rewrite the comment', () => {
    expect(rerun.code).toBe(1);
    expect(server.requests.slice(requestsBeforeRerun).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(rerun.outputs['comment-url']).toBe(run1.outputs['comment-url']);
  });

  test('human comments that quote or start with the marker are never touched', () => {
    const humans = server.comments.filter((c) => c.user.type === 'User');
    expect(humans.map((c) => c.body)).toEqual([humanQuote, humanStartsWithMarker]);
    const edited = writes(server)
      .filter((r) => r.method === 'PATCH')
      .map((r) => Number(r.path.split('/').pop()));
    for (const c of humans) expect(edited).not.toContain(c.id);
  });

  test('the API is reached at GITHUB_API_URL, authenticated, listing PR files 100 per page', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    for (const r of server.requests) {
      expect(r.auth).toBe(`token ${TOKEN}`);
      expect(r.userAgent).not.toBe('');
    }
    const listings = server.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`));
    expect(listings.every((r) => r.query.per_page === '100')).toBe(true);
    expect(server.requests.some((r) => r.path === '/user')).toBe(false); // an installation token writes as a bot
  });

  test('the config is read from the base commit (absent there: built-in recommended)', () => {
    const config = server.requests.filter((r) => r.path.includes('/contents/'));
    expect(config.length).toBeGreaterThanOrEqual(1);
    expect(config.every((r) => r.query.ref === BASE_SHA)).toBe(true);
    expect(run1.report?.policy.sources.map((s) => s.source)).toContain('recommended');
  });

  test('fail-on: never passes and fail-on: warning fails with the same findings', async () => {
    const never = await runAction(server, workspace, { inputs: { 'fail-on': 'never' } });
    expect(never.code).toBe(0);
    expect(never.outputs.errors).toBe(run1.outputs.errors);
    const warning = await runAction(server, workspace, { inputs: { 'fail-on': 'warning' } });
    expect(warning.code).toBe(1);
  });

  test('a later push that fixes the findings updates the comment to the all-clear, and the step passes', async () => {
    server.setFiles([added('docs/adr/0001-rate-cards.md', FIXED_ADR), added('docs/adr/0002-policy-answers.md', RAG_ADR)]);
    const fixedWorkspace = makeWorkspace({
      'README.md': '# assistant\n',
      'docs/adr/0001-rate-cards.md': FIXED_ADR,
      'docs/adr/0002-policy-answers.md': RAG_ADR,
    });
    const before = server.requests.length;
    const fixed = await runAction(server, fixedWorkspace);
    expect({ code: fixed.code, errors: fixed.outputs.errors, findings: fixed.outputs.findings }).toEqual({
      code: 0,
      errors: '0',
      findings: '0',
    });
    const later = server.requests.slice(before);
    expect(later.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(later.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(botComments(server)).toHaveLength(1);
    expect(botComments(server)[0]?.body).not.toContain('finetune-for-fresh-facts');
    expect(fixed.outputs['comment-url']).toBe(run1.outputs['comment-url']);
  });
});

describe('comments', () => {
  test('a pull request that never had findings gets no comment', async () => {
    const server = await fake({ files: [added('docs/adr/0002-policy-answers.md', RAG_ADR)] });
    const workspace = makeWorkspace({ 'docs/adr/0002-policy-answers.md': RAG_ADR });
    const result = await runAction(server, workspace);
    expect({ code: result.code, findings: result.outputs.findings }).toEqual({ code: 0, findings: '0' });
    expect(writes(server)).toEqual([]);
    expect(server.comments).toEqual([]);
    expect(result.outputs['comment-url']).toBe('');
  });

  test('with a personal access token, the comment written by that identity is found again', async () => {
    const pat = 'ghp_e2eFakePersonalAccessToken0000000000';
    const server = await startFakeGithub({
      ...fakeOptions({ files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)] }),
      token: pat,
      tokenUser: { login: 'release-manager', type: 'User' },
      comments: [
        { body: `${COMMENT_MARKER}\nold summary`, user: { login: 'octocat', type: 'User' } },
        { body: `${COMMENT_MARKER}\nold summary`, user: { login: 'release-manager', type: 'User' } },
      ],
    });
    servers.push(server);
    const workspace = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, workspace, { inputs: { 'github-token': pat } });
    expect(result.code).toBe(1);
    expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
    expect(server.comments[0]?.body).toBe(`${COMMENT_MARKER}\nold summary`);
    expect(server.comments[1]?.body).toContain('finetune-for-fresh-facts');
  });
});

describe('read-only token and mode: analyze', () => {
  test('a 403 on writes is one warning naming the analyze/publish recipe; the result depends on the findings', async () => {
    const server = await fake({ files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)], forbidWrites: true });
    const workspace = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, workspace);
    expect(result.code).toBe(1);
    const warnings = result.annotations.filter((a) => a.level === 'warning' && !a.props.file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/mode: analyze/);
    expect(warnings[0]?.message).toMatch(/mode: publish/);
    expect(result.annotations.some((a) => a.level === 'error' && a.props.file === 'docs/adr/0001-rate-cards.md')).toBe(true);
    expect(result.summary.length).toBeGreaterThan(0);
    expect(result.report).toBeDefined();
    expect(result.outputs['comment-url']).toBe('');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(1);

    const never = await runAction(server, workspace, { inputs: { 'fail-on': 'never' } });
    expect(never.code).toBe(0);
  });

  test('mode: analyze makes no API write and still applies fail-on', async () => {
    const server = await fake({ files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)] });
    const workspace = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, workspace, { inputs: { mode: 'analyze' } });
    expect(result.code).toBe(1);
    expect(writes(server)).toEqual([]);
    expect(result.report).toBeDefined();
  });

  test('mode: publish is refused clearly (not yet supported)', async () => {
    const server = await fake({ files: [] });
    const result = await runAction(server, makeWorkspace({ 'README.md': 'x\n' }), { inputs: { mode: 'publish' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/mode: publish.*not yet supported/);
    expect(writes(server)).toEqual([]);
  });
});

describe('fail-on thresholds', () => {
  test('warnings only: fail-on error passes, fail-on warning fails', async () => {
    const server = await fake({ files: [added('docs/adr/0003-tone.md', WARNING_ONLY_ADR)] });
    const workspace = makeWorkspace({ 'docs/adr/0003-tone.md': WARNING_ONLY_ADR });
    const onError = await runAction(server, workspace, { inputs: { comment: 'false' } });
    expect({ errors: onError.outputs.errors, hasWarnings: Number(onError.outputs.warnings) > 0 }).toEqual({
      errors: '0',
      hasWarnings: true,
    });
    expect(onError.code).toBe(0);
    const onWarning = await runAction(server, workspace, { inputs: { comment: 'false', 'fail-on': 'warning' } });
    expect(onWarning.code).toBe(1);
    expect(writes(server)).toEqual([]); // comment: false
  });
});

describe('policy from the base commit', () => {
  let server: FakeGithub;
  let result: RunResult;

  beforeAll(async () => {
    server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR), modified('.github/llm-arch-lint.yml', HEAD_CONFIG)],
      contents: {
        [REPOSITORY]: { [BASE_SHA]: { '.github/llm-arch-lint.yml': BASE_CONFIG, 'policies/team.yml': TEAM_POLICY } },
        'acme/ai-governance': { v3: { 'policies/base.yml': REMOTE_POLICY } },
      },
      refs: { 'acme/ai-governance': { v3: REMOTE_SHA } },
    });
    const workspace = makeWorkspace({
      '.github/llm-arch-lint.yml': HEAD_CONFIG,
      'policies/team.yml': TEAM_POLICY,
      'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR,
    });
    result = await runAction(server, workspace);
  });

  test('the PR is judged by the base config, not by its own edit of it', () => {
    const fresh = result.report?.findings.find((f) => f.ruleId === 'finetune-for-fresh-facts');
    expect({ severity: fresh?.severity, log: fresh ? '' : describeRun(result) }).toEqual({ severity: 'notice', log: '' });
  });

  test('config, relative extends and the github: source are read at the base commit / the source ref', () => {
    const reads = server.requests.filter((r) => r.path.includes('/contents/')).map((r) => `${decodeURIComponent(r.path)}@${r.query.ref}`);
    expect(reads).toContain(`/repos/${REPOSITORY}/contents/.github/llm-arch-lint.yml@${BASE_SHA}`);
    expect(reads).toContain(`/repos/${REPOSITORY}/contents/policies/team.yml@${BASE_SHA}`);
    expect(reads.some((r) => r.startsWith('/repos/acme/ai-governance/contents/policies/base.yml@'))).toBe(true);
    expect(server.requests.some((r) => r.path === '/repos/acme/ai-governance/commits/v3')).toBe(true);
    const remote = result.report?.policy.sources.find((s) => s.source.startsWith('github:acme/ai-governance'));
    expect(remote?.sha).toBe(REMOTE_SHA);
  });

  test('the changed config gets a policy-changed notice saying it takes effect after merge', () => {
    const changed = result.report?.findings.filter((f) => f.ruleId === 'policy-changed') ?? [];
    expect(changed.map((f) => [f.path, f.line, f.severity])).toEqual([['.github/llm-arch-lint.yml', 1, 'notice']]);
    expect(changed[0]?.message).toMatch(/after merge/);
    expect(changed[0]?.message).toMatch(/finetune-for-fresh-facts/);
    expect(
      result.annotations.some((a) => a.level === 'notice' && a.props.file === '.github/llm-arch-lint.yml' && a.props.line === '1'),
    ).toBe(true);
  });
});

describe('large pull requests', () => {
  test('the file listing is paginated 100 per page', async () => {
    const many: FakePrFile[] = Array.from({ length: 150 }, (_, i) => ({
      filename: `src/file-${i}.ts`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    const server = await fake({
      files: [...many, added('docs/adr/0002-policy-answers.md', RAG_ADR), { filename: 'docs/huge.md', status: 'modified' }],
    });
    const workspace = makeWorkspace({ 'docs/adr/0002-policy-answers.md': RAG_ADR });
    const result = await runAction(server, workspace);
    expect(result.code).toBe(0);
    const pages = server.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`)).map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2']);
  });
});

test('BOT identity of the fake matches what GitHub reports for GITHUB_TOKEN', () => {
  expect(BOT).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
});

describe('other events', () => {
  test('push: config from the workspace, every document in scope, no API call at all', async () => {
    const server = await fake();
    const workspace = makeWorkspace({
      '.github/llm-arch-lint.yml': 'extends: [recommended]\n',
      'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR,
      'docs/adr/0002-policy-answers.md': RAG_ADR,
    });
    const result = await runAction(server, workspace, {
      eventName: 'push',
      event: { ref: 'refs/heads/main', repository: { full_name: REPOSITORY } },
    });
    expect({ code: result.code, log: result.code === 1 ? '' : describeRun(result) }).toEqual({ code: 1, log: '' });
    expect(server.requests).toEqual([]);
    expect(result.report?.findings.some((f) => f.ruleId === 'finetune-for-fresh-facts')).toBe(true);
    expect(result.outputs['comment-url']).toBe('');
  });

  test('pull_request_target: changed documents are read at the head SHA through the API, never from the base checkout', async () => {
    const server = await fake({
      files: [
        added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR),
        modified('docs/adr/0002-policy-answers.md', RAG_ADR),
        { filename: 'src/app.ts', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      ],
      contents: {
        [REPOSITORY]: {
          [BASE_SHA]: { 'docs/adr/0002-policy-answers.md': RAG_ADR },
          [HEAD_SHA]: { 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR, 'docs/adr/0002-policy-answers.md': RAG_ADR, 'src/app.ts': 'x\n' },
        },
      },
    });
    // The workspace is the base commit: the new ADR is not there.
    const workspace = makeWorkspace({ 'docs/adr/0002-policy-answers.md': RAG_ADR });
    const result = await runAction(server, workspace, { eventName: 'pull_request_target' });
    expect({ code: result.code, log: result.code === 1 ? '' : describeRun(result) }).toEqual({ code: 1, log: '' });
    const headReads = server.requests
      .filter((r) => r.path.includes('/contents/') && r.query.ref === HEAD_SHA)
      .map((r) => decodeURIComponent(r.path).split('/contents/')[1]);
    expect(headReads.sort()).toEqual(['docs/adr/0001-rate-cards.md', 'docs/adr/0002-policy-answers.md']);
    expect(result.report?.findings.some((f) => f.ruleId === 'finetune-for-fresh-facts' && f.path === 'docs/adr/0001-rate-cards.md')).toBe(
      true,
    );
    expect(existsSync(path.join(workspace, 'docs/adr/0001-rate-cards.md'))).toBe(false);
  });
});

describe('policy errors', () => {
  test('an invalid base config fails the step with one error annotation at its file and line', async () => {
    const broken = 'extends: [recommended]\nrules:\n  finetune-for-fresh-fact: off\n';
    const server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)],
      contents: { [REPOSITORY]: { [BASE_SHA]: { '.github/llm-arch-lint.yml': broken } } },
    });
    const workspace = makeWorkspace({ '.github/llm-arch-lint.yml': broken, 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, workspace);
    expect(result.code).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.props).toMatchObject({ file: '.github/llm-arch-lint.yml', line: '3' });
    expect(errors[0]?.message).toMatch(/finetune-for-fresh-fact/);
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(ACTION.outputs).sort());
    expect(writes(server)).toEqual([]);
  });

  test('an unreadable github: source names the source and the policy-token', async () => {
    const config = 'extends:\n  - recommended\n  - github:acme/private-policies/base.yml@v1\n';
    const server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)],
      contents: { [REPOSITORY]: { [BASE_SHA]: { '.github/llm-arch-lint.yml': config } } },
    });
    const workspace = makeWorkspace({ '.github/llm-arch-lint.yml': config, 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, workspace);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/github:acme\/private-policies\/base\.yml@v1/);
    expect(result.stdout).toMatch(/policy-token/);
  });

  test('policy-token is used for github: sources, github-token for the rest', async () => {
    const policyToken = 'ghs_e2ePolicyToken';
    const config = 'extends:\n  - recommended\n  - github:acme/ai-governance/policies/base.yml@v3\n';
    const server = await fake({
      files: [added('docs/adr/0002-policy-answers.md', RAG_ADR)],
      contents: {
        [REPOSITORY]: { [BASE_SHA]: { '.github/llm-arch-lint.yml': config } },
        'acme/ai-governance': { v3: { 'policies/base.yml': REMOTE_POLICY } },
      },
      refs: { 'acme/ai-governance': { v3: REMOTE_SHA } },
      otherTokens: [policyToken],
    });
    const workspace = makeWorkspace({ '.github/llm-arch-lint.yml': config, 'docs/adr/0002-policy-answers.md': RAG_ADR });
    const result = await runAction(server, workspace, { inputs: { 'policy-token': policyToken } });
    expect({ code: result.code, log: result.code === 0 ? '' : describeRun(result) }).toEqual({ code: 0, log: '' });
    const remote = server.requests.filter((r) => r.path.startsWith('/repos/acme/ai-governance/'));
    expect(remote.map((r) => r.path)).toEqual([
      '/repos/acme/ai-governance/commits/v3',
      '/repos/acme/ai-governance/contents/policies%2Fbase.yml',
    ]);
    expect(remote.every((r) => r.auth === `token ${policyToken}`)).toBe(true);
    expect(result.report?.policy.sources).toContainEqual({ source: 'github:acme/ai-governance/policies/base.yml@v3', sha: REMOTE_SHA });
    expect(server.requests.filter((r) => !r.path.startsWith('/repos/acme/ai-governance/')).every((r) => r.auth === `token ${TOKEN}`)).toBe(
      true,
    );
  });
});
