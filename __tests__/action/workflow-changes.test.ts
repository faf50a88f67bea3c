/** policy-changed for workflow edits (SPEC §3): which files are read, where the finding points, what it says. */
import { describe, expect, test } from '@jest/globals';
import { workflowChangeFindings } from '../../src/action/workflow-changes.js';
import type { PrFile } from '../../src/github/list-pr-files.js';
import { toPrChanges } from '../../src/github/pr-changes.js';

const WORKFLOW = `on: pull_request
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

function run(files: PrFile[], head: Record<string, string>, base: Record<string, string>, runsBaseWorkflow = false) {
  const reads: string[] = [];
  const findings = workflowChangeFindings({
    changes: toPrChanges(files),
    readHead: (p) => {
      reads.push(`head:${p}`);
      return Promise.resolve(head[p]);
    },
    readBase: (p) => {
      reads.push(`base:${p}`);
      return Promise.resolve(base[p]);
    },
    runsBaseWorkflow,
  });
  return findings.then((f) => ({ findings: f, reads }));
}

const file = (f: Partial<PrFile> & { filename: string }): PrFile => ({
  status: 'modified',
  additions: 1,
  deletions: 1,
  patch: '@@ -1 +1 @@\n-a\n+b',
  ...f,
});

describe('workflowChangeFindings', () => {
  test('fail-on lowered: one notice at the step in the workflow file, with the ruleset note', async () => {
    const { findings, reads } = await run(
      [file({ filename: '.github/workflows/lint.yml' }), file({ filename: 'docs/adr/0001.md' })],
      { '.github/workflows/lint.yml': LOWERED },
      { '.github/workflows/lint.yml': WORKFLOW },
    );
    expect(reads).toEqual(['head:.github/workflows/lint.yml', 'base:.github/workflows/lint.yml']);
    expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.line])).toEqual([
      ['policy-changed', 'notice', '.github/workflows/lint.yml', 7],
    ]);
    expect(findings[0]?.message).toContain('`fail-on: error → never`');
    expect(findings[0]?.message).toContain('applies to this pull request’s own runs already');
    expect(findings[0]?.message).toContain('Only a required workflow run from a central repository (an organisation ruleset)');
  });

  test('a workflow that does not mention llm-arch-lint in its head or patch is not read at the base', async () => {
    const { findings, reads } = await run(
      [file({ filename: '.github/workflows/ci.yml' })],
      { '.github/workflows/ci.yml': 'on: push\n' },
      {},
    );
    expect(findings).toEqual([]);
    expect(reads).toEqual(['head:.github/workflows/ci.yml']);
  });

  test('a deleted workflow (patch names llm-arch-lint) gets a notice at line 1; under pull_request_target it takes effect after merge', async () => {
    const patch = `@@ -1,9 +0,0 @@\n${WORKFLOW.trimEnd()
      .split('\n')
      .map((l) => `-${l}`)
      .join('\n')}`;
    const { findings, reads } = await run(
      [{ filename: '.github/workflows/lint.yml', status: 'removed', additions: 0, deletions: 9, patch }],
      {},
      { '.github/workflows/lint.yml': WORKFLOW },
      true,
    );
    expect(reads).toEqual(['base:.github/workflows/lint.yml']);
    expect(findings.map((f) => [f.path, f.line])).toEqual([['.github/workflows/lint.yml', 1]]);
    expect(findings[0]?.message).toMatch(/deletes the workflow, removing step `llm-arch-lint\/llm-arch-lint@v1` of job `review`/);
    expect(findings[0]?.message).toMatch(/takes effect after merge/);
  });

  test('a workflow renamed out of .github/workflows is read at its old path and counts as removed', async () => {
    const { findings } = await run(
      [{ filename: 'disabled/lint.yml', previousFilename: '.github/workflows/lint.yml', status: 'renamed', additions: 0, deletions: 0 }],
      {},
      { '.github/workflows/lint.yml': WORKFLOW },
    );
    expect(findings.map((f) => [f.path, f.line])).toEqual([['.github/workflows/lint.yml', 1]]);
  });

  test('an unchanged llm-arch-lint step gives nothing', async () => {
    const { findings } = await run(
      [file({ filename: '.github/workflows/lint.yml' })],
      { '.github/workflows/lint.yml': WORKFLOW.replace('checkout@v4', 'checkout@v5') },
      { '.github/workflows/lint.yml': WORKFLOW },
    );
    expect(findings).toEqual([]);
  });
});

test('under pull_request_target the base (the checkout) is read first and the head only when llm-arch-lint is involved', async () => {
  const unrelated = await run([file({ filename: '.github/workflows/ci.yml' })], {}, { '.github/workflows/ci.yml': 'on: push\n' }, true);
  expect(unrelated).toEqual({ findings: [], reads: ['base:.github/workflows/ci.yml'] });
  const lowered = await run(
    [file({ filename: '.github/workflows/lint.yml' })],
    { '.github/workflows/lint.yml': LOWERED },
    { '.github/workflows/lint.yml': WORKFLOW },
    true,
  );
  expect(lowered.reads).toEqual(['base:.github/workflows/lint.yml', 'head:.github/workflows/lint.yml']);
  expect(lowered.findings.map((f) => [f.path, f.line])).toEqual([['.github/workflows/lint.yml', 7]]);
  expect(lowered.findings[0]?.message).toMatch(/`fail-on: error → never`.*takes effect after merge/);
});
