/**
 * Editor support and platform-team docs (issue #5): the JSON schemas ship in the package, the README's
 * `yaml-language-server` lines point at them, its policy examples load, and the anchors that findings link to
 * exist.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_RULES_URI } from '../../src/evaluate/rule-links.js';
import { resolvePolicy, type PolicyReader } from '../../src/policy/load-policy.js';
import { headingAnchors } from '../markdown-anchors.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const RAW = 'https://raw.githubusercontent.com/llm-arch-lint/llm-arch-lint/main/';
const noReader: PolicyReader = { read: () => Promise.reject(new Error('no extends expected')) };

const anchors = headingAnchors(README);

describe('published schemas', () => {
  test('package.json publishes policies/ (schemas and packs) with the bundles', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files?: string[] };
    expect(pkg.files).toEqual(expect.arrayContaining(['policies/', 'dist/', 'action.yml']));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { files: { path: string }[] }[];
    const files = packed[0]?.files.map((f) => f.path) ?? [];
    for (const schema of ['config', 'policy', 'report', 'manifest']) expect(files).toContain(`policies/schema/${schema}.schema.json`);
    expect(files).toEqual(
      expect.arrayContaining(['policies/recommended.yml', 'policies/strict.yml', 'dist/index.js', 'dist/cli/index.js']),
    );
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toBe(false);
  }, 30000);

  test('the README gives a yaml-language-server line for the config and for policy files, pointing at real schemas', () => {
    const lines = [...README.matchAll(/# yaml-language-server: \$schema=(\S+)/g)].map((m) => m[1] ?? '');
    expect(lines).toContain(`${RAW}policies/schema/config.schema.json`);
    expect(lines).toContain(`${RAW}policies/schema/policy.schema.json`);
    for (const url of lines) {
      expect(url.startsWith(RAW)).toBe(true);
      expect(existsSync(path.join(ROOT, url.slice(RAW.length)))).toBe(true);
    }
  });
});

describe('README for platform teams', () => {
  test('the anchor that custom rules link to, and the sections the docs link to, exist', () => {
    expect(CUSTOM_RULES_URI.endsWith('#custom-rules')).toBe(true);
    for (const a of ['custom-rules', 'for-platform-teams', 'org-wide-audit', 'suppressions', 'completion-and-validation-in-your-editor'])
      expect(anchors).toContain(a);
    for (const m of README.matchAll(/\]\(#([\w-]+)\)/g)) expect(anchors).toContain(m[1]);
  });

  test('the custom-rules example policy loads as written', async () => {
    const section = README.slice(README.indexOf('### Custom rules'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const { policy } = await resolvePolicy(yaml, 'policies/acme.yml', noReader);
    const ids = policy.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['adr-needs-owner', 'approved-base-models', 'enough-examples-for-us']));
    expect(policy.rules.find((r) => r.id === 'finetune-before-baseline')?.severity).toBe('error');
  });

  test('the README documents the ruleset, pinning, the policy token, workflow_call and --merge', () => {
    const platform = README.slice(README.indexOf('## For platform teams'), README.indexOf('## Rules'));
    for (const text of [
      'Require workflows to pass before merging',
      'workflow_call:',
      'policy-token',
      '@v3',
      'commit SHA',
      '--merge reports/*/report.json --format markdown',
      'matrix:',
      'beyond a',
    ])
      expect(platform.replace(/\s+/g, ' ')).toContain(text);
  });
});
