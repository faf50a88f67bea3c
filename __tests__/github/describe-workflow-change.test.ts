/** What a PR's edit of a workflow does to the steps that run llm-arch-lint (SPEC §3: policy-changed). */
import { describe, expect, test } from '@jest/globals';
import {
  describeWorkflowChange,
  isWorkflowPath,
  mentionsLlmArchLint,
  readLintWorkflow,
} from '../../src/github/describe-workflow-change.js';

const WORKFLOW = `name: llm-arch-lint
on:
  pull_request:
permissions:
  contents: read
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: llm-arch-lint/llm-arch-lint@v1
        with:
          fail-on: error
          config: .github/llm-arch-lint.yml
`;

describe('readLintWorkflow', () => {
  test('finds the llm-arch-lint steps with their inputs and lines', () => {
    const wf = readLintWorkflow(WORKFLOW);
    expect('error' in wf).toBe(false);
    if ('error' in wf) return;
    expect(wf.steps).toEqual([
      {
        job: 'review',
        label: 'step `llm-arch-lint/llm-arch-lint@v1` of job `review`',
        fields: { uses: 'llm-arch-lint/llm-arch-lint@v1', 'with.fail-on': 'error', 'with.config': '.github/llm-arch-lint.yml' },
        line: 11,
      },
    ]);
  });

  test('finds jobs calling a reusable llm-arch-lint workflow and run steps of the CLI', () => {
    const text = `on: pull_request
jobs:
  lint:
    uses: acme/ai-governance/.github/workflows/llm-arch-lint.yml@v3
    with:
      fail-on: warning
  cli:
    runs-on: ubuntu-latest
    steps:
      - name: org audit
        run: npx llm-arch-lint --format json .
`;
    const wf = readLintWorkflow(text);
    if ('error' in wf) throw new Error(wf.error);
    expect(wf.steps.map((s) => [s.job, s.label, s.line])).toEqual([
      ['lint', 'job `lint` (acme/ai-governance/.github/workflows/llm-arch-lint.yml@v3)', 3],
      ['cli', 'step `org audit` of job `cli`', 10],
    ]);
  });

  test('an unparsable workflow is an error', () => {
    expect(readLintWorkflow('jobs: [\n')).toHaveProperty('error');
  });
});

describe('describeWorkflowChange', () => {
  test('no change, or a change to other steps only: nothing', () => {
    expect(describeWorkflowChange(WORKFLOW, WORKFLOW)).toEqual({ changes: [], line: 11 });
    expect(describeWorkflowChange(WORKFLOW, WORKFLOW.replace('actions/checkout@v4', 'actions/checkout@v5')).changes).toEqual([]);
  });

  test('fail-on lowered and an input dropped', () => {
    const head = WORKFLOW.replace('fail-on: error', 'fail-on: never').replace('          config: .github/llm-arch-lint.yml\n', '');
    expect(describeWorkflowChange(WORKFLOW, head)).toEqual({
      changes: [
        'step `llm-arch-lint/llm-arch-lint@v1` of job `review`: `config: .github/llm-arch-lint.yml → (default)`, `fail-on: error → never`',
      ],
      line: 11,
    });
  });

  test('a step identified by order survives a new name; ref, if and continue-on-error changes are listed', () => {
    const head = WORKFLOW.replace(
      '      - uses: llm-arch-lint/llm-arch-lint@v1\n',
      "      - name: lint\n        if: github.actor != 'dependabot[bot]'\n        continue-on-error: true\n        uses: llm-arch-lint/llm-arch-lint@v2\n",
    );
    expect(describeWorkflowChange(WORKFLOW, head).changes).toEqual([
      "step `lint` of job `review`: `uses: llm-arch-lint/llm-arch-lint@v1 → llm-arch-lint/llm-arch-lint@v2`, `continue-on-error: (none) → true`, `if: (none) → github.actor != 'dependabot[bot]'`",
    ]);
  });

  test('a job-level condition counts for its steps', () => {
    const head = WORKFLOW.replace('    runs-on: ubuntu-latest\n', '    if: false\n    runs-on: ubuntu-latest\n');
    expect(describeWorkflowChange(WORKFLOW, head).changes).toEqual([
      'step `llm-arch-lint/llm-arch-lint@v1` of job `review`: `job if: (none) → false`',
    ]);
  });

  test('the step removed, the workflow deleted, the triggers changed', () => {
    const removed = WORKFLOW.replace(/ {6}- uses: llm-arch-lint[\s\S]*$/, '');
    expect(describeWorkflowChange(WORKFLOW, removed)).toEqual({
      changes: ['removes step `llm-arch-lint/llm-arch-lint@v1` of job `review`'],
      line: 1,
    });
    expect(describeWorkflowChange(WORKFLOW, undefined).changes).toEqual([
      'deletes the workflow, removing step `llm-arch-lint/llm-arch-lint@v1` of job `review`',
    ]);
    expect(describeWorkflowChange(WORKFLOW, WORKFLOW.replace('  pull_request:\n', '  workflow_dispatch:\n')).changes).toEqual([
      'changes when the workflow runs (`on:`)',
    ]);
  });

  test('a step added, to a new workflow or an existing one', () => {
    expect(describeWorkflowChange(undefined, WORKFLOW)).toEqual({
      changes: ['adds step `llm-arch-lint/llm-arch-lint@v1` of job `review`'],
      line: 11,
    });
    const second = `${WORKFLOW}  strict:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: llm-arch-lint/llm-arch-lint@v1\n`;
    expect(describeWorkflowChange(WORKFLOW, second)).toEqual({
      changes: ['adds step `llm-arch-lint/llm-arch-lint@v1` of job `strict`'],
      line: 18,
    });
  });

  test('a head version that does not parse; a base that did not parse; deleting an unrelated workflow', () => {
    expect(describeWorkflowChange(WORKFLOW, 'jobs: [\n').changes[0]).toMatch(
      /^leaves the workflow unparsable \(.+\), so GitHub would not run llm-arch-lint$/,
    );
    expect(describeWorkflowChange('jobs: [\n', WORKFLOW).changes).toEqual(['adds step `llm-arch-lint/llm-arch-lint@v1` of job `review`']);
    expect(describeWorkflowChange('on: push\njobs: {}\n', undefined).changes).toEqual([]);
    expect(describeWorkflowChange('jobs: [\n', 'jobs: [\n').changes).toEqual([]);
  });

  test('long values are shortened', () => {
    const head = WORKFLOW.replace('fail-on: error', `fail-on: ${'x'.repeat(100)}`);
    expect(describeWorkflowChange(WORKFLOW, head).changes[0]).toMatch(/`fail-on: error → x{59}…`$/);
  });
});

test('workflow paths and mentions', () => {
  expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true);
  expect(isWorkflowPath('.github/workflows/ci.yaml')).toBe(true);
  expect(isWorkflowPath('.github/workflows/sub/ci.yml')).toBe(false);
  expect(isWorkflowPath('.github/llm-arch-lint.yml')).toBe(false);
  expect(mentionsLlmArchLint('uses: llm-arch-lint/llm-arch-lint@v1')).toBe(true);
  expect(mentionsLlmArchLint(undefined)).toBe(false);
});
