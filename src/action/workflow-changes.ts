/**
 * `policy-changed` for a pull request that edits a workflow step running llm-arch-lint (SPEC §3): its `with:`
 * inputs, its ref, its conditions, or removing it. The head version of each changed workflow comes from where the
 * run's documents come from (the workspace under `pull_request`, the API at the head SHA under
 * `pull_request_target`), the base version from the other side; the version not in the workspace is read (one
 * contents read) only for a workflow that mentions llm-arch-lint in the workspace version or in its patch.
 */
import { engineFinding } from '../evaluate/engine-rules.js';
import { describeWorkflowChange, isWorkflowPath, mentionsLlmArchLint } from '../github/describe-workflow-change.js';
import type { PrFile } from '../github/list-pr-files.js';
import type { PrChanges } from '../github/pr-changes.js';
import type { Finding } from '../report/report-types.js';

export interface WorkflowChangeContext {
  changes: PrChanges;
  readHead(path: string): Promise<string | undefined>;
  readBase(path: string): Promise<string | undefined>;
  /** `pull_request_target` runs the base branch's workflow: an edit takes effect only after merge. */
  runsBaseWorkflow: boolean;
}

export const REQUIRED_WORKFLOW_NOTE =
  'Only a required workflow run from a central repository (an organisation ruleset) is beyond a pull request’s reach.';

export async function workflowChangeFindings(ctx: WorkflowChangeContext): Promise<Finding[]> {
  const findings: Finding[] = [];
  const files = [...ctx.changes.byPath.values()]
    .filter((f) => isWorkflowPath(f.filename) || (f.previousFilename !== undefined && isWorkflowPath(f.previousFilename)))
    .sort((a, b) => a.filename.localeCompare(b.filename));
  for (const file of files) {
    const finding = await workflowChangeFinding(file, ctx);
    if (finding) findings.push(finding);
  }
  return findings;
}

async function workflowChangeFinding(file: PrFile, ctx: WorkflowChangeContext): Promise<Finding | undefined> {
  const headPath = file.status === 'removed' || !isWorkflowPath(file.filename) ? undefined : file.filename;
  const basePath = file.status === 'added' || file.status === 'copied' ? undefined : (file.previousFilename ?? file.filename);
  const readHead = (): Promise<string | undefined> => (headPath === undefined ? Promise.resolve(undefined) : ctx.readHead(headPath));
  const readBase = (): Promise<string | undefined> =>
    basePath === undefined || !isWorkflowPath(basePath) ? Promise.resolve(undefined) : ctx.readBase(basePath);
  // The side in the workspace is read first (the head under pull_request, the base under pull_request_target); the
  // other side, through the API, only when llm-arch-lint may be involved: named in the local version or the patch,
  // or unknown (a workflow without a patch whose local version is absent).
  const local = ctx.runsBaseWorkflow ? await readBase() : await readHead();
  const mayMatter = mentionsLlmArchLint(local) || mentionsLlmArchLint(file.patch) || (local === undefined && file.patch === undefined);
  if (!mayMatter) return undefined;
  const head = ctx.runsBaseWorkflow ? await readHead() : local;
  const base = ctx.runsBaseWorkflow ? local : await readBase();
  const { changes, line } = describeWorkflowChange(base, head);
  if (!changes.length) return undefined;
  const at = headPath ?? basePath ?? file.filename;
  const when = ctx.runsBaseWorkflow
    ? 'It takes effect after merge (`pull_request_target` runs the workflow of the base branch).'
    : 'A workflow edit applies to this pull request’s own runs already, not only after merge: GitHub runs the workflow as the pull request changes it, so review it like a change of the policy.';
  return engineFinding(
    'policy-changed',
    at,
    headPath ? line : 1,
    `This pull request changes how the workflow ${at} runs llm-arch-lint: it ${changes.join('; ')}. ${when} ${REQUIRED_WORKFLOW_NOTE}`,
  );
}
