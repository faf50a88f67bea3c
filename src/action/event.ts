/** The triggering event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH) and the parts of its payload the action reads. */
import { existsSync, readFileSync } from 'node:fs';

export interface RunEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface PullRequestEvent {
  number: number;
  base: { sha: string; ref?: string; repo?: { full_name?: string } };
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
  /** How many files GitHub counts in the PR (its file listing stops at 3,000). */
  changed_files?: number;
}

export interface WorkflowRunEvent {
  id: number;
  headSha: string;
  event?: string;
  conclusion?: string | null;
}

export function readEvent(): RunEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return { name, payload: {} };
  return { name, payload: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
}

export function pullRequestOf(payload: Record<string, unknown>): PullRequestEvent | undefined {
  const pr = payload.pull_request as Partial<PullRequestEvent> | undefined;
  if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) return undefined;
  return pr as PullRequestEvent;
}

export function workflowRunOf(payload: Record<string, unknown>): WorkflowRunEvent | undefined {
  const run = payload.workflow_run as { id?: unknown; head_sha?: unknown; event?: unknown; conclusion?: unknown } | undefined;
  if (!run || typeof run.id !== 'number' || typeof run.head_sha !== 'string') return undefined;
  return {
    id: run.id,
    headSha: run.head_sha,
    ...(typeof run.event === 'string' ? { event: run.event } : {}),
    ...(typeof run.conclusion === 'string' || run.conclusion === null ? { conclusion: run.conclusion as string | null } : {}),
  };
}

/** The URL of a workflow run of `repository` (linked from the summary comment's footer). */
export function runUrlOf(repository: string, runId: string | number | undefined): string | undefined {
  if (runId === undefined || runId === '' || !/^\d+$/.test(String(runId))) return undefined;
  return `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/actions/runs/${runId}`;
}
