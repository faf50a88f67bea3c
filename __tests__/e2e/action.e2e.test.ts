/**
 * End to end through the real bundle: `node dist/index.js` is spawned (asynchronously: the fake API lives in this
 * process) with the runner's environment — every input of action.yml as `INPUT_<NAME>` with its default,
 * GITHUB_* and RUNNER_TEMP — against the fake GitHub of ./fake-github.ts (see ./harness.ts).
 *
 * dist/ is committed; this test builds nothing. After changing src/, run `npm run package` first.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COMMENT_MARKER } from '../../src/report/render-comment.js';
import { BOT, startFakeGithub, type FakeGithub, type FakePrFile } from './fake-github.js';
import {
  ACTION,
  BASE_CONFIG,
  BASE_SHA,
  FIXED_ADR,
  FRESH_FACTS_ADR,
  HEAD_CONFIG,
  HEAD_SHA,
  PR,
  RAG_ADR,
  REMOTE_POLICY,
  REMOTE_SHA,
  REPOSITORY,
  RunResult,
  TEAM_POLICY,
  TOKEN,
  WARNING_ONLY_ADR,
  added,
  botComments,
  describeRun,
  fake,
  fakeOptions,
  makeWorkspace,
  modified,
  runAction,
  servers,
  writes,
  cleanup,
  ensureDist,
} from './harness.js';

beforeAll(ensureDist);
afterAll(cleanup);

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
    const posts1 = server.requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'));
    expect(posts1).toHaveLength(1);
    expect(botComments(server)).toHaveLength(1);
    const patches = server.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'));
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
    expect(later.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);
    // The inline comments of the fixed findings are marked fixed (one edit each).
    const inline = later.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'));
    expect(inline.length).toBe(server.reviewComments.length);
    for (const c of server.reviewComments) expect(c.body).toContain('Fixed in `ccccccc`');
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
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'))).toEqual([]);
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

  test('mode: publish without a report to read fails clearly and posts nothing', async () => {
    const server = await fake({ files: [] });
    const result = await runAction(server, makeWorkspace({ 'README.md': 'x\n' }), { inputs: { mode: 'publish' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/cannot read the report .*llm-arch-lint-report\.json: no such file/);
    expect(server.requests).toEqual([]);
  });
});

describe('fail-on thresholds', () => {
  test('warnings only: fail-on error passes, fail-on warning fails', async () => {
    const server = await fake({ files: [added('docs/adr/0003-tone.md', WARNING_ONLY_ADR)] });
    const workspace = makeWorkspace({ 'docs/adr/0003-tone.md': WARNING_ONLY_ADR });
    const onError = await runAction(server, workspace, { inputs: { comment: 'false', review: 'false' } });
    expect({ errors: onError.outputs.errors, hasWarnings: Number(onError.outputs.warnings) > 0 }).toEqual({
      errors: '0',
      hasWarnings: true,
    });
    expect(onError.code).toBe(0);
    const onWarning = await runAction(server, workspace, { inputs: { comment: 'false', review: 'false', 'fail-on': 'warning' } });
    expect(onWarning.code).toBe(1);
    expect(writes(server)).toEqual([]); // comment: false, review: false
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

describe('what a pull request reads of the repository', () => {
  const WORKFLOW = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
  const files = {
    'src/app.py': 'print(2)\n',
    '.github/workflows/ci.yml': WORKFLOW,
    'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR,
    'docs/adr/0002-policy-answers.md': RAG_ADR,
    // A note if the repository were read.
    'docs/adr/0003-huge.md': `# Huge\n\n${'x'.repeat(2_200_000)}\n`,
  };
  let noDocument: RunResult;
  let oneAdr: RunResult;

  beforeAll(async () => {
    const workspace = makeWorkspace(files);
    noDocument = await runAction(
      await fake({ files: [modified('src/app.py', 'print(2)\n'), modified('.github/workflows/ci.yml', WORKFLOW)] }),
      workspace,
    );
    oneAdr = await runAction(
      await fake({ files: [modified('src/app.py', 'print(2)\n'), added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)] }),
      workspace,
    );
  });

  test('changing no document: no document, no finding, and a note saying why nothing else was read', () => {
    expect({ code: noDocument.code, log: noDocument.code === 0 ? '' : describeRun(noDocument) }).toEqual({ code: 0, log: '' });
    expect(noDocument.report?.documents).toEqual([]);
    expect(noDocument.report?.findings).toEqual([]);
    expect(noDocument.report?.notes).toEqual([
      "None of the 2 files this pull request adds, modifies or renames is an ADR, model config or training data, so the repository's documents were not read: under `scope: changed` only changed documents receive findings.",
    ]);
    expect(noDocument.summary).toContain("so the repository's documents were not read");
    expect(noDocument.outputs.findings).toBe('0');
  });

  test('changing an ADR: its findings, without reading the documents it does not change', () => {
    expect({ code: oneAdr.code, log: oneAdr.code === 1 ? '' : describeRun(oneAdr) }).toEqual({ code: 1, log: '' });
    expect(oneAdr.report?.documents.map((d) => d.path)).toEqual(['docs/adr/0001-rate-cards.md']);
    expect(oneAdr.report?.findings.some((f) => f.ruleId === 'finetune-for-fresh-facts' && f.path === 'docs/adr/0001-rate-cards.md')).toBe(
      true,
    );
    expect(oneAdr.report?.notes).toEqual([]);
    expect(oneAdr.stdout).toContain('Reading only the 1 changed document(s): none is a fine-tuning config');
  });
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

describe('a pull request cannot weaken its own gate: suppressions and workflow edits', () => {
  const SUPPRESSION = '<!-- llm-arch-lint-disable finetune-before-baseline reason="baseline in ADR-0012" -->';
  const SUPPRESSED_ADR = `${WARNING_ONLY_ADR}\n${SUPPRESSION}\n`;
  const LINES = SUPPRESSED_ADR.split('\n').length - 1;
  const WORKFLOW = `name: llm-arch-lint
on:
  pull_request:
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: llm-arch-lint/llm-arch-lint@v1
        with:
          fail-on: error
`;
  const LOWERED = WORKFLOW.replace('fail-on: error', 'fail-on: never');
  let server: FakeGithub;
  let result: RunResult;

  beforeAll(async () => {
    server = await fake({
      files: [
        // The suppression was already in the base version (a context line): it applies.
        {
          filename: 'docs/adr/0003-tone.md',
          status: 'modified',
          patch: `@@ -${LINES - 2},2 +${LINES - 2},3 @@\n A new adapter is trained when the house style guide changes.\n+\n ${SUPPRESSION}`,
        },
        // A new ADR carrying its own suppression: it takes effect only after merge.
        added('docs/adr/0004-tone-copy.md', SUPPRESSED_ADR),
        {
          filename: '.github/workflows/llm-arch-lint.yml',
          status: 'modified',
          patch:
            '@@ -9,3 +9,3 @@\n       - uses: llm-arch-lint/llm-arch-lint@v1\n         with:\n-          fail-on: error\n+          fail-on: never',
        },
        { filename: '.github/workflows/ci.yml', status: 'modified', patch: '@@ -1 +1 @@\n-on: push\n+on: [push]' },
      ],
      contents: { [REPOSITORY]: { [BASE_SHA]: { '.github/workflows/llm-arch-lint.yml': WORKFLOW } } },
    });
    const workspace = makeWorkspace({
      'docs/adr/0003-tone.md': SUPPRESSED_ADR,
      'docs/adr/0004-tone-copy.md': SUPPRESSED_ADR,
      '.github/workflows/llm-arch-lint.yml': LOWERED,
      '.github/workflows/ci.yml': 'on: [push]\n',
    });
    result = await runAction(server, workspace, { inputs: { 'fail-on': 'warning' } });
  });

  test('a suppression the PR adds leaves the finding open and says it takes effect after merge', () => {
    const added = result.report?.findings.find((f) => f.ruleId === 'finetune-before-baseline' && f.path === 'docs/adr/0004-tone-copy.md');
    expect({ suppressed: added?.suppressed, log: added ? '' : describeRun(result) }).toEqual({ suppressed: undefined, log: '' });
    expect(added?.message).toMatch(/The suppression this pull request adds takes effect after merge\.$/);
    // It still counts: fail-on: warning fails the step.
    expect(result.code).toBe(1);
    expect(Number(result.outputs.warnings)).toBeGreaterThanOrEqual(1);
  });

  test('a suppression already in the base version applies', () => {
    const kept = result.report?.findings.find((f) => f.ruleId === 'finetune-before-baseline' && f.path === 'docs/adr/0003-tone.md');
    expect(kept?.suppressed).toEqual({ reason: 'baseline in ADR-0012' });
    expect(result.report?.summary.suppressed).toBe(1);
  });

  test('the workflow edit lowering fail-on gets one policy-changed notice at the step, naming the change and the ruleset', () => {
    const changed = result.report?.findings.filter((f) => f.ruleId === 'policy-changed') ?? [];
    expect(changed.map((f) => [f.path, f.line, f.severity])).toEqual([['.github/workflows/llm-arch-lint.yml', 9, 'notice']]);
    expect(changed[0]?.message).toContain('`fail-on: error → never`');
    expect(changed[0]?.message).toContain('required workflow run from a central repository (an organisation ruleset)');
    expect(
      result.annotations.some(
        (a) => a.level === 'notice' && a.props.file === '.github/workflows/llm-arch-lint.yml' && a.props.line === '9',
      ),
    ).toBe(true);
  });

  test('base versions: one contents read for the workflow that names llm-arch-lint, none per ADR', () => {
    const reads = server.requests.filter((r) => r.path.includes('/contents/')).map((r) => `${decodeURIComponent(r.path)}@${r.query.ref}`);
    expect(reads.sort()).toEqual(
      [
        `/repos/${REPOSITORY}/contents/.github/llm-arch-lint.yml@${BASE_SHA}`,
        `/repos/${REPOSITORY}/contents/.github/workflows/llm-arch-lint.yml@${BASE_SHA}`,
      ].sort(),
    );
  });
});
