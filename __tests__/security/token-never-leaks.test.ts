/**
 * The tokens (`github-token`, `policy-token`) never appear in what the action writes: logs (stdout, stderr, debug
 * lines included), step outputs, the job summary, the JSON report, the SARIF log, or anything it posts (comment,
 * review and inline comment bodies). They travel only in the Authorization header, to GITHUB_API_URL. Through the
 * real bundle (`node dist/index.js`) against the fake GitHub of __tests__/e2e, on the happy path and on the paths
 * that print errors (a read-only token, server errors after retries, an invalid input, an unreadable policy).
 *
 * dist/ is committed; this test builds nothing. After changing src/, run `npm run package` first.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { cleanup, ensureDist, fake, FRESH_FACTS_ADR, makeWorkspace, runAction, TOKEN, added, type RunResult } from '../e2e/harness.js';
import type { FakeGithub } from '../e2e/fake-github.js';

const POLICY_TOKEN = 'ghp_policyTokenThatMustNeverBeLogged0000';
const SECRETS = [TOKEN, POLICY_TOKEN];

beforeAll(ensureDist);
afterAll(cleanup);

/** Every text the run produced or sent, but the Authorization headers. */
function everythingWritten(result: RunResult, server: FakeGithub): Record<string, string> {
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: JSON.stringify(result.outputs),
    summary: result.summary,
    report: result.outputs.report ? readFileSync(result.outputs.report, 'utf8') : '',
    sarif: result.outputs.sarif ? readFileSync(result.outputs.sarif, 'utf8') : '',
    requests: JSON.stringify(server.requests.map(({ auth: _auth, ...rest }) => rest)),
    comments: JSON.stringify(server.comments),
    reviews: JSON.stringify(server.reviews),
    reviewComments: JSON.stringify(server.reviewComments),
  };
}

function expectNoSecret(result: RunResult, server: FakeGithub): void {
  for (const [where, text] of Object.entries(everythingWritten(result, server)))
    for (const secret of SECRETS) expect({ where, leaked: text.includes(secret) }).toEqual({ where, leaked: false });
  // The token goes only where it belongs: the Authorization header of requests to the API.
  expect(server.requests.every((r) => r.auth === `token ${TOKEN}` || r.auth === `token ${POLICY_TOKEN}` || r.auth === '')).toBe(true);
}

const workspace = () =>
  makeWorkspace({
    'docs/adr/0001-rates.md': FRESH_FACTS_ADR,
    // A document that quotes what a token looks like must not make the action print the real one.
    'docs/adr/0002-notes.md': '# Notes\n\nThe LLM assistant uses retrieval. Token: ghs_notTheRealOne.\n',
  });
const files = [added('docs/adr/0001-rates.md', FRESH_FACTS_ADR)];
const inputs = { 'policy-token': POLICY_TOKEN, 'sarif-file': 'llm-arch-lint.sarif' };

describe('the tokens never appear in logs, outputs, summary, report, SARIF or posted bodies', () => {
  test('pull_request: comment and review posted', async () => {
    const server = await fake({ files, otherTokens: [POLICY_TOKEN] });
    const result = await runAction(server, workspace(), { inputs });
    expect(server.comments.length).toBeGreaterThan(0);
    expectNoSecret(result, server);
  });

  test('a read-only token (403 on every write): the warning names the recipe, not the token', async () => {
    const server = await fake({ files, otherTokens: [POLICY_TOKEN], forbidWrites: true });
    const result = await runAction(server, workspace(), { inputs });
    expect(result.stdout).toMatch(/::warning/);
    expectNoSecret(result, server);
  });

  test('writes GitHub refuses (422, not retried): the error messages name the request, not the token', async () => {
    const server = await fake({
      files,
      otherTokens: [POLICY_TOKEN],
      faults: [{ method: 'POST', pathRegex: '.*', status: 422, times: 100 }],
    });
    const result = await runAction(server, workspace(), { inputs });
    expectNoSecret(result, server);
  });

  test('an unreadable github: policy source (404 at the source): the error names the source and policy-token', async () => {
    const server = await fake({
      files,
      otherTokens: [POLICY_TOKEN],
      contents: {
        'acme/assistant': { ['b'.repeat(40)]: { '.github/llm-arch-lint.yml': 'extends:\n  - github:acme/private/policy.yml@v1\n' } },
      },
    });
    const result = await runAction(server, workspace(), { inputs });
    expect(result.code).not.toBe(0);
    expectNoSecret(result, server);
  });

  test('an invalid input: the usage error is printed without the token', async () => {
    const server = await fake({ files, otherTokens: [POLICY_TOKEN] });
    const result = await runAction(server, workspace(), { inputs: { ...inputs, 'fail-on': `bogus-${TOKEN.slice(0, 4)}` } });
    expect(result.code).not.toBe(0);
    expectNoSecret(result, server);
  });

  test('push: no API call, and nothing written carries the token', async () => {
    const server = await fake({ files, otherTokens: [POLICY_TOKEN] });
    const result = await runAction(server, workspace(), { inputs, eventName: 'push', event: { ref: 'refs/heads/main' } });
    expect(server.requests).toEqual([]);
    expectNoSecret(result, server);
  });
});
