import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { createPolicyReader, createRemotePolicyReader, parseGithubSource, resolveRelative } from '../../src/github/policy-reader.js';
import { PolicyError } from '../../src/policy/policy-types.js';
import { startFakeGithub, type FakeGithub } from '../e2e/fake-github.js';

const TOKEN = 'ghs_policyReaderFake';
const SHA = '9'.repeat(40);
let server: FakeGithub;

beforeAll(async () => {
  server = await startFakeGithub({
    repository: 'acme/assistant',
    prNumber: 1,
    token: TOKEN,
    contents: {
      'acme/ai-governance': {
        v3: { 'policies/base.yml': 'extends: [./shared/common.yml]\n', 'policies/shared/common.yml': 'rules: {}\n' },
      },
    },
    refs: { 'acme/ai-governance': { v3: SHA } },
  });
});
afterAll(() => server.close());

const local: Record<string, string> = { '.github/llm-arch-lint.yml': 'x', 'policies/team.yml': 'team' };
const reader = () =>
  createPolicyReader({
    readLocal: async (p) => local[p],
    localLabel: 'at the base commit abc1234',
    remote: createRemotePolicyReader(getOctokit(TOKEN, { baseUrl: server.url })),
  });

describe('parseGithubSource / resolveRelative', () => {
  test('parses github:OWNER/REPO/PATH@REF', () => {
    expect(parseGithubSource('github:acme/ai-governance/policies/base.yml@v3')).toEqual({
      owner: 'acme',
      repo: 'ai-governance',
      path: 'policies/base.yml',
      ref: 'v3',
    });
    expect(parseGithubSource('github:acme/ai-governance/policies/base.yml')).toBeUndefined();
  });
  test('relative to the declaring file; never outside the repository', () => {
    expect(resolveRelative('.github/llm-arch-lint.yml', '../policies/team.yml')).toBe('policies/team.yml');
    expect(resolveRelative('.github/llm-arch-lint.yml', './more.yml')).toBe('.github/more.yml');
    expect(resolveRelative('.github/llm-arch-lint.yml', '../../etc/passwd')).toBeUndefined();
  });
});

describe('createPolicyReader', () => {
  test('local files relative to the declaring file, recorded', async () => {
    const r = reader();
    expect(await r.read('../policies/team.yml', '.github/llm-arch-lint.yml')).toEqual({ file: 'policies/team.yml', text: 'team' });
    expect([...r.localFiles]).toEqual(['policies/team.yml']);
  });

  test('a missing local file is a PolicyError naming the declaring file', async () => {
    const error = await reader()
      .read('../policies/nope.yml', '.github/llm-arch-lint.yml')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).file).toBe('.github/llm-arch-lint.yml');
    expect((error as PolicyError).message).toMatch(/policies\/nope\.yml does not exist at the base commit abc1234/);
  });

  test('github: sources at the commit the ref resolves to; relative paths inside stay in that repository and ref; reads are cached', async () => {
    const r = reader();
    const base = await r.read('github:acme/ai-governance/policies/base.yml@v3', '.github/llm-arch-lint.yml');
    expect(base).toEqual({ file: 'github:acme/ai-governance/policies/base.yml@v3', text: 'extends: [./shared/common.yml]\n', sha: SHA });
    const common = await r.read('./shared/common.yml', base.file);
    expect(common).toEqual({ file: 'github:acme/ai-governance/policies/shared/common.yml@v3', text: 'rules: {}\n', sha: SHA });
    const resolutions = server.requests.filter((q) => q.path.startsWith('/repos/acme/ai-governance/commits/'));
    expect(resolutions).toHaveLength(1);
    const reads = server.requests.filter((q) => q.path.includes('/contents/'));
    expect(reads.every((q) => q.query.ref === SHA)).toBe(true);
    const before = server.requests.length;
    await r.read('github:acme/ai-governance/policies/base.yml@v3', '.github/llm-arch-lint.yml');
    expect(server.requests.length).toBe(before);
    expect(r.localFiles.size).toBe(0);
  });

  test('an unknown ref or file in a github: source is a PolicyError', async () => {
    await expect(reader().read('github:acme/ai-governance/policies/base.yml@v9', '.github/llm-arch-lint.yml')).rejects.toThrow(
      /ref "v9" was not found.*policy-token/,
    );
    await expect(reader().read('github:acme/ai-governance/policies/none.yml@v3', '.github/llm-arch-lint.yml')).rejects.toThrow(
      /does not exist in acme\/ai-governance at v3/,
    );
  });
});
