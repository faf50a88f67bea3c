/** The Octokit operations of src/github/, each against the fake GitHub of the e2e test through a real client. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { getFileContent } from '../../src/github/get-file-content.js';
import { getTokenLogin } from '../../src/github/get-token-login.js';
import { listPrFiles } from '../../src/github/list-pr-files.js';
import { resolveRefSha } from '../../src/github/resolve-ref-sha.js';
import { findStickyComment, upsertStickyComment } from '../../src/github/upsert-sticky-comment.js';
import type { Octokit } from '../../src/github/types.js';
import { isPermissionDenied } from '../../src/github/types.js';
import { startFakeGithub, type FakeGithub } from '../e2e/fake-github.js';

const TOKEN = 'ghs_unitFakeToken';
const MARKER = '<!-- llm-arch-lint:summary -->';
const BASE = 'a'.repeat(40);
const REMOTE_SHA = 'f'.repeat(40);
const repo = { owner: 'acme', repo: 'assistant' };
const BIG = `${'{"messages": []}\n'.repeat(80_000)}`;

let server: FakeGithub;
let octokit: Octokit;

beforeAll(async () => {
  server = await startFakeGithub({
    repository: 'acme/assistant',
    prNumber: 7,
    token: TOKEN,
    files: Array.from({ length: 230 }, (_, i) => ({
      filename: `docs/adr/${String(i).padStart(4, '0')}.md`,
      status: 'added' as const,
      patch: '@@ -0,0 +1 @@\n+x',
    })),
    contents: {
      'acme/assistant': {
        [BASE]: { '.github/llm-arch-lint.yml': 'extends: [recommended]\n', 'docs/ünïcode näme.md': 'héllo\n', 'big.jsonl': BIG },
      },
      'acme/ai-governance': { v3: { 'policies/base.yml': 'id: acme-base\n' } },
    },
    refs: { 'acme/ai-governance': { v3: REMOTE_SHA } },
    comments: [
      { body: `quoting ${MARKER}`, user: { login: 'octocat', type: 'User' } },
      { body: `${MARKER}\nhuman copy`, user: { login: 'octocat', type: 'User' } },
    ],
  });
  octokit = getOctokit(TOKEN, { baseUrl: server.url });
});

afterAll(() => server.close());

describe('listPrFiles', () => {
  test('follows every page, 100 per page', async () => {
    const files = await listPrFiles(octokit, { ...repo, pullNumber: 7 });
    expect(files).toHaveLength(230);
    expect(files[229]?.filename).toBe('docs/adr/0229.md');
    const pages = server.requests.filter((r) => r.path.endsWith('/pulls/7/files'));
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });
});

describe('getFileContent', () => {
  test('decodes base64 at a ref, including paths with slashes and non-ASCII names', async () => {
    expect((await getFileContent(octokit, { ...repo, path: '.github/llm-arch-lint.yml', ref: BASE }))?.text).toBe(
      'extends: [recommended]\n',
    );
    expect((await getFileContent(octokit, { ...repo, path: 'docs/ünïcode näme.md', ref: BASE }))?.text).toBe('héllo\n');
  });

  test('a file over 1 MB (no content in the JSON answer) is read through the raw media type', async () => {
    const content = await getFileContent(octokit, { ...repo, path: 'big.jsonl', ref: BASE });
    expect(content?.text.length).toBe(BIG.length);
    expect(server.requests.filter((r) => r.path.endsWith('/big.jsonl')).map((r) => r.accept)).toEqual([
      expect.stringMatching(/json/),
      expect.stringMatching(/raw/),
    ]);
  });

  test('a missing file is undefined; a missing ref is an error', async () => {
    expect(await getFileContent(octokit, { ...repo, path: 'nope.yml', ref: BASE })).toBeUndefined();
    await expect(getFileContent(octokit, { ...repo, path: 'nope.yml', ref: 'no-such-branch' })).rejects.toThrow(/No commit found/);
  });
});

describe('resolveRefSha', () => {
  test('a tag resolves to its commit through the sha media type; a full SHA needs no call', async () => {
    expect(await resolveRefSha(octokit, { owner: 'acme', repo: 'ai-governance', ref: 'v3' })).toBe(REMOTE_SHA);
    const call = server.requests.find((r) => r.path === '/repos/acme/ai-governance/commits/v3');
    expect(call?.accept).toMatch(/application\/vnd\.github(\.v3)?\.sha/);
    const before = server.requests.length;
    expect(await resolveRefSha(octokit, { owner: 'acme', repo: 'ai-governance', ref: REMOTE_SHA.toUpperCase() })).toBe(REMOTE_SHA);
    expect(server.requests.length).toBe(before);
  });
});

describe('upsertStickyComment', () => {
  const human = () => server.comments.filter((c) => c.user.type === 'User').map((c) => c.body);

  test('no comment and no findings: nothing is created', async () => {
    const r = await upsertStickyComment(octokit, {
      ...repo,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\nall clear`,
      hasFindings: false,
    });
    expect(r).toEqual({ action: 'none', url: '' });
    expect(server.comments).toHaveLength(2);
  });

  test('findings: created once, then updated in place; human comments untouched', async () => {
    const created = await upsertStickyComment(octokit, {
      ...repo,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\n1 error`,
      hasFindings: true,
    });
    expect(created.action).toBe('created');
    expect(created.url).toMatch(/#issuecomment-\d+$/);
    const updated = await upsertStickyComment(octokit, {
      ...repo,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\n2 errors`,
      hasFindings: true,
    });
    expect(updated).toEqual({ action: 'updated', url: created.url, id: created.id });
    const same = await upsertStickyComment(octokit, {
      ...repo,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\n2 errors`,
      hasFindings: true,
    });
    expect(same.action).toBe('unchanged');
    const clear = await upsertStickyComment(octokit, {
      ...repo,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\nall clear`,
      hasFindings: false,
    });
    expect(clear.action).toBe('updated');
    expect(server.comments.filter((c) => c.user.type === 'Bot').map((c) => c.body)).toEqual([`${MARKER}\nall clear`]);
    expect(human()).toEqual([`quoting ${MARKER}`, `${MARKER}\nhuman copy`]);
  });

  test('refuses a body without the marker', async () => {
    await expect(
      upsertStickyComment(octokit, { ...repo, issueNumber: 7, marker: MARKER, body: 'no marker', hasFindings: true }),
    ).rejects.toThrow(/marker/);
  });
});

describe('findStickyComment', () => {
  const c = (id: number, body: string, login: string, type: string) => ({ id, body, html_url: `u${id}`, user: { login, type } });

  test('bots first; a token identity only when asked; humans never', async () => {
    const comments = [
      c(1, `${MARKER}\nx`, 'alice', 'User'),
      c(2, `x ${MARKER}`, 'my-app[bot]', 'Bot'),
      c(3, `${MARKER}\ny`, 'my-app[bot]', 'Bot'),
    ];
    let asked = 0;
    const login = async () => {
      asked += 1;
      return 'alice';
    };
    expect((await findStickyComment(comments, MARKER, login))?.id).toBe(3);
    expect(asked).toBe(0);
    expect((await findStickyComment(comments.slice(0, 2), MARKER, login))?.id).toBe(1);
    expect((await findStickyComment(comments.slice(0, 2), MARKER, async () => 'bob'))?.id).toBeUndefined();
    expect(await findStickyComment(comments.slice(0, 2), MARKER)).toBeUndefined();
    expect(
      await findStickyComment(
        [c(4, `${MARKER}`, 'ghost', 'User')].map((x) => ({ ...x, user: null })),
        MARKER,
        login,
      ),
    ).toBeUndefined();
  });
});

describe('getTokenLogin', () => {
  test('installation tokens are never asked; a PAT is; failures are unknown', async () => {
    const before = server.requests.length;
    expect(await getTokenLogin(octokit, 'ghs_x')).toBeUndefined();
    expect(server.requests.length).toBe(before);
    expect(await getTokenLogin(octokit, 'ghp_x')).toBeUndefined(); // the fake answers 403 for GET /user
    expect(server.requests.at(-1)?.path).toBe('/user');
  });
});

describe('permission errors', () => {
  test('a 403 on a write is a permission error; a rate-limit 403 is not', async () => {
    server.setForbidWrites(true);
    try {
      const error = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }).catch((e: unknown) => e);
      expect(isPermissionDenied(error)).toBe(true);
    } finally {
      server.setForbidWrites(false);
    }
    const rateLimited = Object.assign(new Error('API rate limit exceeded'), {
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    });
    expect(isPermissionDenied(rateLimited)).toBe(false);
    expect(isPermissionDenied(Object.assign(new Error('Not Found'), { status: 404 }))).toBe(false);
  });
});
