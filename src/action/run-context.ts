/** What every mode of a run shares: its outputs, where it runs, the REST client. */
import * as core from '@actions/core';
import type { Octokit } from '../github/types.js';
import { countOpen } from '../report/report-counts.js';
import type { Report } from '../report/report-types.js';
import { VERSION } from '../version.js';
import { readEvent } from './event.js';
import { UsageError } from './inputs.js';

export const OUTPUTS = ['errors', 'warnings', 'notices', 'findings', 'report', 'sarif', 'comment-url'] as const;
export type Outputs = Record<(typeof OUTPUTS)[number], string>;

/** Where a run happens: the workspace, the event, the repository. */
export interface RunContext {
  workspace: string;
  event: ReturnType<typeof readEvent>;
  repository: string;
  owner: string;
  repo: string;
}

/**
 * The action's REST client (retries 5xx, waits out rate limits); a missing token is a usage error. The
 * GitHub client libraries load on first use: a run that never calls the API (a push with nothing to post)
 * starts without them.
 */
export async function apiClient(token: string): Promise<Octokit> {
  if (!token) throw new UsageError('input `github-token` is empty: the action needs a token to read the pull request');
  const { createOctokit } = await import('../github/create-octokit.js');
  return createOctokit(token, {
    ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
    userAgent: `llm-arch-lint/${VERSION}`,
    log: (message) => core.info(message),
  });
}

export function runContext(): RunContext {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const event = readEvent();
  const repository =
    process.env.GITHUB_REPOSITORY || String((event.payload.repository as { full_name?: string } | undefined)?.full_name ?? '');
  const [owner = '', repo = ''] = repository.split('/');
  return { workspace, event, repository, owner, repo };
}

/** The counts outputs of a report (open findings; suppressed ones excluded). */
export function setCountOutputs(outputs: Outputs, report: Report): void {
  const counts = countOpen(report);
  outputs.errors = String(counts.errors);
  outputs.warnings = String(counts.warnings);
  outputs.notices = String(counts.notices);
  outputs.findings = String(counts.findings);
}
