/**
 * End to end through the real bundle (see ./harness.ts): inline review comments over several pushes, the
 * 30-comment cap, suggestions, `mode: analyze` + `mode: publish` against `mode: full`, retries after injected
 * faults, large pull requests, the API budget for 1, 100 and 5,000 findings, and the SARIF output.
 *
 * dist/ is committed; this test builds nothing. After changing src/, run `npm run package` first.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMENT_MARKER } from '../../src/report/render-comment.js';
import { MAX_INLINE_COMMENTS, parseFindingMarker, REVIEW_MARKER } from '../../src/report/render-review.js';
import { MAX_COMMENT_CHARS } from '../../src/report/limits.js';
import { rightLines, type FakeGithub, type FakePrFile } from './fake-github.js';
import {
  added,
  apiBudget,
  botComments,
  cleanup,
  describeRun,
  ensureDist,
  fake,
  FRESH_FACTS_ADR,
  HEAD_SHA,
  makeWorkspace,
  PR,
  pullRequestEvent,
  RAG_ADR,
  REPOSITORY,
  runAction,
  tmpRoot,
  TOKEN,
  WARNING_ONLY_ADR,
  writes,
  type RunResult,
} from './harness.js';

beforeAll(ensureDist);
afterAll(cleanup);

const HEAD_2 = '2'.repeat(40);
const HEAD_3 = '3'.repeat(40);

/** A single-hunk patch of a modified file whose `addedLines` (1-based, in the new file) are `+` lines, the rest context. */
function patchAdding(text: string, addedLines: readonly number[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const plus = new Set(addedLines);
  const old = lines.length - plus.size;
  return [`@@ -1,${old} +1,${lines.length} @@`, ...lines.map((l, i) => `${plus.has(i + 1) ? '+' : ' '}${l}`)].join('\n');
}

const modifiedAt = (filename: string, text: string, addedLines: number[]): FakePrFile => ({
  filename,
  status: 'modified',
  patch: patchAdding(text, addedLines),
});

/** The `+` lines of a fake PR file. */
function plusLines(file: FakePrFile | undefined): Set<number> {
  const out = new Set<number>();
  if (!file?.patch) return out;
  let line = 0;
  for (const raw of file.patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(raw);
    if (m) line = Number(m[1]);
    else if (raw.startsWith('+')) out.add(line++);
    else if (raw.startsWith(' ')) line++;
  }
  return out;
}

/** The same ADR two lines further down (a push that inserts text above the findings). */
const MOVED_ADR = FRESH_FACTS_ADR.replace('## Context\n', '## Context\n\nThis record was reviewed by the support leads.\n');
/** The same ADR with an evaluation set declared: `missing-eval-harness` is fixed, the other findings stay. */
const EVAL_ADR = MOVED_ADR.replace('knowledge-volatility: weekly\n', 'knowledge-volatility: weekly\n  eval-set: true\n');

const NAIVE_CHUNKING_ADR = RAG_ADR.replace('chunking: structure', 'chunking: fixed');

const AXOLOTL = `# Fine-tuning job for the ticket summariser (axolotl)
base_model: meta-llama/Llama-3.2-1B-Instruct
adapter: lora
lora_r: 16
lora_alpha: 32
datasets:
  - path: ml/data/ticket-summaries.jsonl
    type: chat_template
val_set_size: 0
num_epochs: 3
learning_rate: 0.0002
output_dir: ./outputs/ticket-summariser
`;

describe('inline review comments over four runs (three pushes and a re-run)', () => {
  let server: FakeGithub;
  const runs: RunResult[] = [];
  const reviewsAfter: number[] = [];
  const commentsAfter: number[] = [];
  const requestsAfter: number[] = [];
  const files1 = [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR), modifiedAt('docs/adr/0003-tone.md', WARNING_ONLY_ADR, [24])];

  beforeAll(async () => {
    server = await fake({ files: files1 });
    const record = (r: RunResult) => {
      runs.push(r);
      reviewsAfter.push(server.reviews.length);
      commentsAfter.push(server.reviewComments.length);
      requestsAfter.push(server.requests.length);
    };
    const ws1 = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR, 'docs/adr/0003-tone.md': WARNING_ONLY_ADR });
    record(await runAction(server, ws1, { runId: '2001' }));

    server.setFiles([added('docs/adr/0001-rate-cards.md', MOVED_ADR), files1[1]!], HEAD_2);
    const ws2 = makeWorkspace({ 'docs/adr/0001-rate-cards.md': MOVED_ADR, 'docs/adr/0003-tone.md': WARNING_ONLY_ADR });
    record(await runAction(server, ws2, { runId: '2002', event: pullRequestEvent(HEAD_2) }));

    server.setFiles([added('docs/adr/0001-rate-cards.md', EVAL_ADR), files1[1]!], HEAD_3);
    const ws3 = makeWorkspace({ 'docs/adr/0001-rate-cards.md': EVAL_ADR, 'docs/adr/0003-tone.md': WARNING_ONLY_ADR });
    record(await runAction(server, ws3, { runId: '2003', event: pullRequestEvent(HEAD_3) }));
    record(await runAction(server, ws3, { runId: '2003', event: pullRequestEvent(HEAD_3) }));
  });

  test('run 1 posts one COMMENT review whose comments all sit on + lines, RIGHT side, each with its fingerprint marker', () => {
    expect({ code: runs[0]?.code, reviews: reviewsAfter[0] }).toEqual({ code: 1, reviews: 1 });
    const review = server.reviews[0]!;
    expect(review.event).toBe('COMMENT');
    expect(review.commitId).toBe(HEAD_SHA);
    expect(review.body.startsWith(REVIEW_MARKER)).toBe(true);
    const first = server.reviewComments.filter((c) => c.reviewId === review.id);
    expect(first.length).toBe(review.comments);
    const report = runs[0]!.report!;
    const onAdr = report.findings.filter((f) => f.path === 'docs/adr/0001-rate-cards.md');
    expect(first).toHaveLength(onAdr.length);
    const plus = plusLines(files1[0]);
    for (const c of first) {
      expect(c.path).toBe('docs/adr/0001-rate-cards.md');
      expect(plus.has(c.originalLine)).toBe(true);
      if (c.startLine !== undefined) {
        expect(plus.has(c.startLine)).toBe(true);
        expect(c.startLine).toBeLessThan(c.originalLine);
      }
      expect(c.side).toBe('RIGHT');
    }
    const keys = first.map((c) => parseFindingMarker(c.body)?.key);
    expect(new Set(keys).size).toBe(first.length);
    expect(keys.sort()).toEqual(onAdr.map((f) => f.fingerprint).sort());
    // Evidence from line 15 ("rate cards change weekly") to the decision on line 19: a multi-line comment.
    expect(first.some((c) => c.startLine !== undefined)).toBe(true);
  });

  test('findings off the + lines (the modified ADR) are in the summary comment only', () => {
    const report = runs[0]!.report!;
    const offDiff = report.findings.filter((f) => f.path === 'docs/adr/0003-tone.md');
    expect(offDiff.length).toBeGreaterThan(0);
    expect(server.reviewComments.some((c) => c.path === 'docs/adr/0003-tone.md')).toBe(false);
    const summary = botComments(server)[0]!.body;
    for (const f of offDiff) expect(summary).toContain(f.ruleId);
  });

  test('run 2 (lines moved) posts no review and no duplicate: the fingerprints already have comments', () => {
    expect(runs[1]?.code).toBe(1);
    expect(reviewsAfter[1]).toBe(1);
    expect(commentsAfter[1]).toBe(commentsAfter[0]);
    const later = server.requests.slice(requestsAfter[0], requestsAfter[1]);
    expect(later.filter((r) => r.method === 'POST')).toEqual([]);
    expect(later.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'))).toEqual([]);
  });

  test('run 3 (missing-eval-harness fixed) edits that comment to say "fixed in <short head SHA>", and only that one', () => {
    expect(reviewsAfter[2]).toBe(1);
    const later = server.requests.slice(requestsAfter[1], requestsAfter[2]);
    const edits = later.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'));
    expect(edits).toHaveLength(1);
    const fp = runs[0]!.report!.findings.find(
      (f) => f.ruleId === 'missing-eval-harness' && f.path === 'docs/adr/0001-rate-cards.md',
    )!.fingerprint;
    const fixed = server.reviewComments.find((c) => parseFindingMarker(c.body)?.key === fp)!;
    expect(edits[0]?.path).toBe(`/repos/${REPOSITORY}/pulls/comments/${fixed.id}`);
    expect(parseFindingMarker(fixed.body)?.fixedIn).toBe(HEAD_3.slice(0, 7));
    expect(fixed.body).toContain(`Fixed in \`${HEAD_3.slice(0, 7)}\``);
    const others = server.reviewComments.filter((c) => c.id !== fixed.id);
    for (const c of others) expect(parseFindingMarker(c.body)?.fixedIn).toBeUndefined();
  });

  test('run 4 (re-run of the same head) writes nothing at all', () => {
    expect(runs[3]?.code).toBe(1);
    expect(server.requests.slice(requestsAfter[2], requestsAfter[3]).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('no fingerprint is ever commented twice; exactly one summary comment', () => {
    const keys = server.reviewComments.map((c) => parseFindingMarker(c.body)?.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(botComments(server)).toHaveLength(1);
  });

  test('every run stays within the API budget', () => {
    let before = 0;
    for (const after of requestsAfter) {
      expect(apiBudget(server.requests.slice(before, after)).counted).toBeLessThanOrEqual(10);
      before = after;
    }
  });
});

describe('more than 30 findings on changed lines', () => {
  let server: FakeGithub;
  let first: RunResult;
  let second: RunResult;

  beforeAll(async () => {
    const adrs = Array.from({ length: 12 }, (_, i) => [`docs/adr/${String(i + 10).padStart(4, '0')}-rates.md`, FRESH_FACTS_ADR] as const);
    server = await fake({ files: adrs.map(([p, t]) => added(p, t)) });
    const ws = makeWorkspace(Object.fromEntries(adrs));
    first = await runAction(server, ws);
    second = await runAction(server, ws);
  });

  test('one review holds 30 inline comments, most severe first; its body lists the rest', () => {
    const open = first.report!.findings.length;
    expect(open).toBe(36);
    const review = server.reviews[0]!;
    expect(review.comments).toBe(MAX_INLINE_COMMENTS);
    const firstComments = server.reviewComments.filter((c) => c.reviewId === review.id);
    const rules = firstComments.map((c) => first.report!.findings.find((f) => f.fingerprint === parseFindingMarker(c.body)?.key)?.severity);
    expect(rules.filter((s) => s === 'error')).toHaveLength(12);
    expect(review.body).toContain(`at most ${MAX_INLINE_COMMENTS} inline comments`);
    expect(review.body.match(/^- /gm)).toHaveLength(6);
  });

  test('the next run comments the remaining 6 in a second review, never repeating one', () => {
    expect(second.code).toBe(1);
    expect(server.reviews).toHaveLength(2);
    expect(server.reviews[1]?.comments).toBe(6);
    const keys = server.reviewComments.map((c) => parseFindingMarker(c.body)?.key);
    expect(new Set(keys).size).toBe(36);
  });
});

describe('suggestions', () => {
  test('axolotl `val_set_size: 0` gets a one-line ```suggestion on that line', async () => {
    const server = await fake({ files: [added('ml/support-sft.yml', AXOLOTL)] });
    const result = await runAction(server, makeWorkspace({ 'ml/support-sft.yml': AXOLOTL }), { inputs: { 'fail-on': 'never' } });
    expect({ code: result.code, log: result.code === 0 ? '' : describeRun(result) }).toEqual({ code: 0, log: '' });
    const comment = server.reviewComments.find((c) => c.body.includes('missing-eval-harness'));
    expect(comment).toMatchObject({ path: 'ml/support-sft.yml', originalLine: 9 });
    expect(comment?.startLine).toBeUndefined();
    expect(comment?.body).toContain('```suggestion\nval_set_size: 0.05\n```');
    const other = server.reviewComments.find((c) => c.body.includes('finetune-config-without-adr'));
    expect(other?.body).not.toContain('```suggestion');
  });
});

describe('mode: analyze + mode: publish', () => {
  const files = [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR), added('ml/support-sft.yml', AXOLOTL)];
  const workspaceFiles = { 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR, 'ml/support-sft.yml': AXOLOTL };
  let full: FakeGithub;
  let split: FakeGithub;
  let analyzeRun: RunResult;
  let publishRun: RunResult;
  let reportFile: string;

  const workflowRunEvent = (headSha = HEAD_SHA, id = 3001): Record<string, unknown> => ({
    action: 'completed',
    repository: { full_name: REPOSITORY },
    workflow_run: { id, head_sha: headSha, event: 'pull_request', conclusion: 'failure', pull_requests: [] },
  });
  const publish = (server: FakeGithub, file: string, event = workflowRunEvent(), inputs: Record<string, string> = {}) =>
    runAction(server, makeWorkspace({ 'README.md': '# base\n' }), {
      eventName: 'workflow_run',
      event,
      runId: '3002',
      inputs: { mode: 'publish', 'report-file': file, ...inputs },
    });

  beforeAll(async () => {
    full = await fake({ files });
    await runAction(full, makeWorkspace(workspaceFiles), { runId: '3001' });
    split = await fake({ files, forbidWrites: true });
    analyzeRun = await runAction(split, makeWorkspace(workspaceFiles), { runId: '3001', inputs: { mode: 'analyze' } });
    reportFile = analyzeRun.outputs.report!;
    split.setForbidWrites(false);
    publishRun = await publish(split, reportFile);
  });

  test('analyze under a read-only token: fails on the findings, writes nothing, warns nothing', () => {
    expect(analyzeRun.code).toBe(1);
    expect(writes(split).filter((r) => r.status === 403)).toEqual([]);
    expect(analyzeRun.annotations.filter((a) => a.level === 'warning' && !a.props.file)).toEqual([]);
    expect(existsSync(reportFile)).toBe(true);
  });

  test('publish posts exactly what full posts: the same summary comment, review body and inline comments', () => {
    expect({ code: publishRun.code, log: publishRun.code === 0 ? '' : describeRun(publishRun) }).toEqual({ code: 0, log: '' });
    expect(botComments(split).map((c) => c.body)).toEqual(botComments(full).map((c) => c.body));
    expect(split.reviews.map((r) => [r.body, r.commitId, r.comments])).toEqual(full.reviews.map((r) => [r.body, r.commitId, r.comments]));
    const shape = (s: FakeGithub) => s.reviewComments.map((c) => [c.path, c.originalLine, c.startLine, c.body]);
    expect(shape(split)).toEqual(shape(full));
    expect(publishRun.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(publishRun.outputs.errors).toBe(analyzeRun.outputs.errors);
    expect(publishRun.annotations.filter((a) => a.props.file)).toEqual([]);
    const calls = split.requests.filter((r) => r.method === 'GET' && r.path === `/repos/${REPOSITORY}/pulls/${PR}`);
    expect(calls).toHaveLength(1);
  });

  test('a second publish of the same report writes nothing new', async () => {
    const before = split.requests.length;
    const again = await publish(split, reportFile);
    expect(again.code).toBe(0);
    expect(split.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('refused, with one warning and nothing posted: head of the workflow run differs', async () => {
    const server = await fake({ files });
    const result = await publish(server, reportFile, workflowRunEvent('9'.repeat(40)));
    expect(result.code).toBe(0);
    expect(writes(server)).toEqual([]);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/did not publish.*not the head 9999999 of the workflow run/);
  });

  test('refused: the pull request has moved on since the analysed commit (GET the pull request)', async () => {
    const server = await fake({ files, headSha: HEAD_2 });
    const result = await publish(server, reportFile);
    expect(result.code).toBe(0);
    expect(writes(server)).toEqual([]);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/${REPOSITORY}/pulls/${PR}`]);
    expect(result.annotations.filter((a) => a.level === 'warning')[0]?.message).toMatch(/has moved on to 2222222/);
  });

  test('refused: a report about another repository', async () => {
    const server = await fake({ files });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { repository: string; pullRequest: { repository: string } };
    report.repository = 'evil/fork';
    report.pullRequest.repository = 'evil/fork';
    const file = path.join(tmpRoot, 'other-repo-report.json');
    writeFileSync(file, JSON.stringify(report));
    const result = await publish(server, file);
    expect(result.code).toBe(0);
    expect(server.requests).toEqual([]);
    expect(result.annotations.filter((a) => a.level === 'warning')[0]?.message).toMatch(/evil\/fork.*not acme\/assistant/);
  });

  test('a report that is not valid against the report schema fails the step; nothing is posted', async () => {
    const server = await fake({ files });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
    report.injected = '<img src=x onerror=alert(1)>';
    const file = path.join(tmpRoot, 'invalid-report.json');
    writeFileSync(file, JSON.stringify(report));
    const result = await publish(server, file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/does not match the report schema: \(root\) must NOT have additional properties/);
    expect(server.requests).toEqual([]);
    const missing = await publish(server, path.join(tmpRoot, 'no-such-report.json'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/cannot read the report/);
  });

  test('hostile text in a published report is escaped again: no HTML, no mention, no forged marker', async () => {
    const server = await fake({ files });
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { findings: { message: string; title: string }[] };
    for (const f of report.findings) {
      f.message = `@octocat <img src=x onerror=alert(1)> ${COMMENT_MARKER} [x](javascript:alert(1)) ${'z'.repeat(20000)}`;
      f.title = '</details><!-- llm-arch-lint:finding forged -->';
    }
    const file = path.join(tmpRoot, 'hostile-report.json');
    writeFileSync(file, JSON.stringify(report));
    const result = await publish(server, file);
    expect({ code: result.code, log: result.code === 0 ? '' : describeRun(result) }).toEqual({ code: 0, log: '' });
    const bodies = [
      ...server.comments.map((c) => c.body),
      ...server.reviews.map((r) => r.body),
      ...server.reviewComments.map((c) => c.body),
    ];
    expect(bodies.length).toBeGreaterThan(2);
    for (const body of bodies) {
      expect(body).not.toMatch(/<img|<\/details><!--|(?<!\\)\]\(javascript:|(^|[^\u200B])@octocat\b/);
      expect(body.split(COMMENT_MARKER).length).toBeLessThanOrEqual(2);
      expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    }
  });
});

describe('resilience', () => {
  test('injected 502, 429 (retry-after) and 500 are retried: comment and review posted, result unchanged', async () => {
    const server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)],
      faults: [
        { method: 'GET', pathRegex: '/pulls/\\d+/files$', status: 429, retryAfter: 1 },
        { method: 'POST', pathRegex: '/issues/\\d+/comments$', status: 502 },
        { method: 'POST', pathRegex: '/pulls/\\d+/reviews$', status: 500 },
      ],
    });
    const result = await runAction(server, makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR }));
    expect({ code: result.code, log: result.code === 1 ? '' : describeRun(result) }).toEqual({ code: 1, log: '' });
    expect(server.requests.filter((r) => r.fault !== undefined).map((r) => `${r.method} ${r.fault}`)).toEqual([
      'GET 429',
      'POST 502',
      'POST 500',
    ]);
    expect(botComments(server)).toHaveLength(1);
    expect(server.reviews).toHaveLength(1);
    expect(result.annotations.filter((a) => a.level === 'warning' && !a.props.file)).toEqual([]);
    const budget = apiBudget(server.requests);
    expect(budget.retries).toBe(3);
    expect(budget.counted).toBeLessThanOrEqual(10);
  });

  test('a review GitHub keeps refusing (502 after retries) loses nothing: report, summary, comment, exit code', async () => {
    const server = await fake({
      files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)],
      faults: [{ method: 'POST', pathRegex: '/pulls/\\d+/reviews$', status: 502, times: 4 }],
    });
    const ws = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, ws, { inputs: { 'sarif-file': 'out/llm-arch-lint.sarif' } });
    expect(result.code).toBe(1);
    expect(result.report?.findings.length).toBeGreaterThan(0);
    expect(result.summary).toContain('finetune-for-fresh-facts');
    expect(botComments(server)).toHaveLength(1);
    expect(server.reviews).toHaveLength(0);
    const warnings = result.annotations.filter((a) => a.level === 'warning' && !a.props.file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/could not post the review .*HTTP 502/);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'))).toHaveLength(4); // 1 + 3 retries
    expect(result.outputs.sarif).toBe(path.join(ws, 'out/llm-arch-lint.sarif'));
    expect(existsSync(result.outputs.sarif ?? '')).toBe(true);
  }, 60000);

  test('a read-only token (fork): one refused write, one warning, the result on the findings alone', async () => {
    const server = await fake({ files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)], forbidWrites: true });
    const ws = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    for (const [failOn, code] of [
      ['error', 1],
      ['never', 0],
    ] as const) {
      const before = server.requests.length;
      const result = await runAction(server, ws, { inputs: { 'fail-on': failOn } });
      expect(result.code).toBe(code);
      const later = server.requests.slice(before);
      expect(later.filter((r) => r.method !== 'GET').map((r) => r.status)).toEqual([403]);
      expect(result.annotations.filter((a) => a.level === 'warning' && !a.props.file)).toHaveLength(1);
    }
    const reviewOnly = await runAction(server, ws, { inputs: { comment: 'false' } });
    expect(reviewOnly.code).toBe(1);
    expect(reviewOnly.annotations.filter((a) => a.level === 'warning' && !a.props.file)[0]?.message).toMatch(/mode: publish/);
  });
});

describe('large pull requests', () => {
  test('3,000 listed files of 3,403, a file without a patch: no crash, a note, findings there go to the summary only', async () => {
    const many: FakePrFile[] = Array.from({ length: 3400 }, (_, i) => ({
      filename: `src/gen/file-${i}.ts`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    const server = await fake({
      files: [
        added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR),
        { filename: 'docs/adr/0002-huge.md', status: 'added' }, // GitHub sends no patch for huge diffs
        { filename: 'docs/adr/0004-renamed.md', status: 'renamed', previous_filename: 'docs/adr/0003-old.md' },
        ...many,
      ],
      changedFiles: 3403,
    });
    const ws = makeWorkspace({
      'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR,
      'docs/adr/0002-huge.md': FRESH_FACTS_ADR.replace('ADR 0001', 'ADR 0002'),
      'docs/adr/0004-renamed.md': WARNING_ONLY_ADR,
    });
    const result = await runAction(server, ws, { event: pullRequestEvent(HEAD_SHA, 3403) });
    expect({ code: result.code, log: result.code === 1 ? '' : describeRun(result) }).toEqual({ code: 1, log: '' });
    const listed = server.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`));
    expect(listed).toHaveLength(30);
    expect(result.summary).toMatch(/first 3,000 of the 3,403 files/);
    const paths = new Set(result.report!.findings.map((f) => f.path));
    expect(paths).toEqual(new Set(['docs/adr/0001-rate-cards.md', 'docs/adr/0002-huge.md', 'docs/adr/0004-renamed.md']));
    expect(new Set(server.reviewComments.map((c) => c.path))).toEqual(new Set(['docs/adr/0001-rate-cards.md']));
    expect(botComments(server)[0]?.body).toContain('0002-huge.md');
    const budget = apiBudget(server.requests);
    expect(budget.pages).toBe(29);
    expect(budget.counted).toBeLessThanOrEqual(10);
  });
});

describe('API calls per run for 1, 100 and 5,000 findings', () => {
  const figures: string[] = [];
  afterAll(() => {
    if (figures.length) console.log(`API calls per run (first run, then a re-run):\n${figures.join('\n')}`);
  });

  const KNOWLEDGE_ADR = readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'docs', 'adr', '0001-support-assistant-knowledge.md'),
    'utf8',
  );

  test.each([
    ['1 finding', 1],
    ['100 findings', 25],
    ['5,000 findings', 1250],
  ] as const)(
    '%s',
    async (label, documents) => {
      const entries: [string, string][] =
        documents === 1
          ? [['docs/adr/0005-chunks.md', NAIVE_CHUNKING_ADR]]
          : Array.from({ length: documents }, (_, i) => [
              `docs/adr/${String(i).padStart(4, '0')}-knowledge.md`,
              KNOWLEDGE_ADR.replace('ADR 0001', `ADR ${i}`),
            ]);
      const server = await fake({ files: entries.map(([p, t]) => added(p, t)) });
      const ws = makeWorkspace(Object.fromEntries(entries));
      const first = await runAction(server, ws, { inputs: { 'fail-on': 'never' } });
      const firstCalls = server.requests.length;
      const again = await runAction(server, ws, { inputs: { 'fail-on': 'never' } });
      expect({ code: first.code, log: first.code === 0 ? '' : describeRun(first) }).toEqual({ code: 0, log: '' });
      expect(again.code).toBe(0);
      const expected = label === '1 finding' ? 1 : label === '100 findings' ? 100 : 5000;
      expect(first.report!.findings).toHaveLength(expected);
      const b1 = apiBudget(server.requests.slice(0, firstCalls));
      const b2 = apiBudget(server.requests.slice(firstCalls));
      for (const b of [b1, b2]) expect(b.counted).toBeLessThanOrEqual(10);
      expect(server.reviews[0]?.comments).toBe(Math.min(expected, MAX_INLINE_COMMENTS));
      for (const body of [...server.comments.map((c) => c.body), ...server.reviews.map((r) => r.body)]) {
        expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      }
      figures.push(
        `  ${label}: run 1 ${b1.total} calls (${b1.counted} counted + ${b1.pages} listing pages + ${b1.policyReads} config reads); ` +
          `run 2 ${b2.total} calls (${b2.counted} counted + ${b2.pages} listing pages + ${b2.policyReads} config reads)`,
      );
    },
    120000,
  );
});

describe('SARIF output', () => {
  test('sarif-file writes a SARIF 2.1.0 log with one result per finding, located, with partialFingerprints', async () => {
    const server = await fake({ files: [added('docs/adr/0001-rate-cards.md', FRESH_FACTS_ADR)] });
    const ws = makeWorkspace({ 'docs/adr/0001-rate-cards.md': FRESH_FACTS_ADR });
    const result = await runAction(server, ws, { inputs: { 'sarif-file': 'llm-arch-lint.sarif', comment: 'false', review: 'false' } });
    expect(result.code).toBe(1);
    expect(result.outputs.sarif).toBe(path.join(ws, 'llm-arch-lint.sarif'));
    const sarif = result.sarif as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          partialFingerprints: Record<string, string>;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(result.report!.findings.length);
    for (const [i, r] of results.entries()) {
      const f = result.report!.findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(Object.values(r.partialFingerprints)).toEqual([f.fingerprint]);
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe(f.path);
      expect(r.locations[0]?.physicalLocation.region.startLine).toBe(f.line);
    }
    expect(writes(server)).toEqual([]);
  });
});

test('the fake refuses a whole review when one comment is off the diff, as GitHub does', async () => {
  const server = await fake({ files: [{ filename: 'a.md', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }] });
  expect(rightLines('@@ -1,2 +1,3 @@\n a\n+b\n c')).toEqual(
    new Map([
      [1, 0],
      [2, 0],
      [3, 0],
    ]),
  );
  const post = (comments: unknown[]) =>
    fetch(`${server.url}/repos/${REPOSITORY}/pulls/${PR}/reviews`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'user-agent': 'e2e', 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'COMMENT', body: 'x', comments }),
    });
  expect(
    (
      await post([
        { path: 'a.md', line: 2, side: 'RIGHT', body: 'ok' },
        { path: 'a.md', line: 9, side: 'RIGHT', body: 'off' },
      ])
    ).status,
  ).toBe(422);
  expect(server.reviews).toHaveLength(0);
  expect((await post([{ path: 'a.md', line: 2, side: 'RIGHT', body: 'ok' }])).status).toBe(200);
});
