/** The review operations of src/github/ and the client's retries, through a real client against the e2e fake GitHub. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { publishToPullRequest } from '../../src/action/publish-to-pull-request.js';
import { createOctokit } from '../../src/github/create-octokit.js';
import { createReview } from '../../src/github/create-review.js';
import { getPullRequest } from '../../src/github/get-pull-request.js';
import { listReviewComments } from '../../src/github/list-review-comments.js';
import { isPermissionDenied } from '../../src/github/types.js';
import { updateReviewComment } from '../../src/github/update-review-comment.js';
import { findingMarker, parseFindingMarker } from '../../src/report/render-review.js';
import { addedPatch, BOT, startFakeGithub, type FakeGithub, type FakeGithubOptions } from '../e2e/fake-github.js';
import { fixtureReport } from '../report/fixture-report.js';

const TOKEN = 'ghs_unitReviewToken';
const repo = { owner: 'acme', repo: 'support-bot' };
const ADR = 'docs/adr/0007-support-assistant.md';
const servers: FakeGithub[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function start(extra: Partial<FakeGithubOptions> = {}): Promise<FakeGithub> {
  const server = await startFakeGithub({
    repository: 'acme/support-bot',
    prNumber: 7,
    token: TOKEN,
    files: [{ filename: ADR, status: 'added', patch: addedPatch('x\n'.repeat(40)) }],
    ...extra,
  });
  servers.push(server);
  return server;
}
const client = (server: FakeGithub, log: string[] = []) =>
  createOctokit(TOKEN, { baseUrl: server.url, userAgent: 'unit', log: (m) => log.push(m) });

describe('createOctokit', () => {
  test('retries a 502 with backoff and waits out a 429 with retry-after', async () => {
    const server = await start({
      faults: [
        { method: 'GET', pathRegex: '/pulls/7$', status: 502 },
        { method: 'GET', pathRegex: '/pulls/7/comments$', status: 429, retryAfter: 1 },
      ],
    });
    const log: string[] = [];
    const octokit = client(server, log);
    const started = Date.now();
    expect((await getPullRequest(octokit, { ...repo, pullNumber: 7 })).headSha).toBe('c'.repeat(40));
    expect(await listReviewComments(octokit, { ...repo, pullNumber: 7 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500); // 1 s backoff + ~1 s until the reset
    expect(server.requests.map((r) => r.fault ?? r.status)).toEqual([502, 200, 429, 200]);
    expect(log.join('\n')).toMatch(/rate limit on GET .*retrying in \d+ s/);
  });

  test('never retries a 403 that is a read-only token', async () => {
    const server = await start({ forbidWrites: true });
    const error = await updateReviewComment(client(server), { ...repo, commentId: 1, body: 'x' }).catch((e: unknown) => e);
    expect(isPermissionDenied(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  test('gives up on a rate limit that resets too far ahead', async () => {
    const server = await start({ faults: [{ method: 'GET', pathRegex: '/pulls/7$', status: 429, retryAfter: 3600 }] });
    const log: string[] = [];
    await expect(getPullRequest(client(server, log), { ...repo, pullNumber: 7 })).rejects.toMatchObject({ status: 429 });
    expect(log.join('\n')).toMatch(/not retried/);
  });
});

describe('review operations', () => {
  test('create a review, list its comments, edit one', async () => {
    const server = await start();
    const octokit = client(server);
    await createReview(octokit, {
      ...repo,
      pullNumber: 7,
      commitId: 'c'.repeat(40),
      body: 'review',
      comments: [{ path: ADR, line: 5, side: 'RIGHT', start_line: 3, start_side: 'RIGHT', body: findingMarker('fp-1') }],
    });
    const [comment] = await listReviewComments(octokit, { ...repo, pullNumber: 7 });
    expect(comment).toMatchObject({ path: ADR, line: 5, user: { login: BOT.login, type: 'Bot' } });
    await updateReviewComment(octokit, { ...repo, commentId: comment!.id, body: findingMarker('fp-1', 'abcdef0') });
    expect(parseFindingMarker(server.reviewComments[0]!.body)?.fixedIn).toBe('abcdef0');
  });
});

describe('publishToPullRequest', () => {
  test('a human comment that starts with a finding marker is neither taken as ours nor edited', async () => {
    const report = fixtureReport();
    const fresh = report.findings.find((f) => f.ruleId === 'finetune-for-fresh-facts')!;
    report.pullRequest!.changedLines = { [ADR]: [[1, 40]] };
    const server = await start({
      reviewComments: [
        {
          path: ADR,
          line: 24,
          body: `${findingMarker(fresh.fingerprint)}\nI copied the bot here`,
          user: { login: 'octocat', type: 'User' },
        },
        { path: ADR, line: 2, body: `${findingMarker('gone')}\nold`, user: { login: 'octocat', type: 'User' } },
      ],
    });
    const result = await publishToPullRequest(client(server), report, {
      ...repo,
      pullNumber: 7,
      token: TOKEN,
      comment: false,
      review: true,
      info: () => undefined,
    });
    expect(result.failures).toEqual([]);
    expect(result.review).toMatchObject({ fixed: 0, alreadyCommented: 0 });
    expect(server.reviewComments.filter((c) => c.user.type === 'User').map((c) => c.updated_at === c.created_at)).toEqual([true, true]);
    expect(server.reviewComments.some((c) => c.user.type === 'Bot' && parseFindingMarker(c.body)?.key === fresh.fingerprint)).toBe(true);
    expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
