/** GET /repos/{owner}/{repo}/pulls/{pull_number} → what `mode: publish` checks before posting: its current head. */
import type { Octokit, RepoRef } from './types.js';

export interface PullRequestState {
  number: number;
  state: string;
  headSha: string;
  /** The base repository, `owner/name`. */
  baseRepository: string;
  /** Files GitHub counts in the PR (its file listing stops at 3,000). */
  changedFiles?: number;
}

export async function getPullRequest(
  octokit: Octokit,
  { owner, repo, pullNumber }: RepoRef & { pullNumber: number },
): Promise<PullRequestState> {
  const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    baseRepository: data.base.repo.full_name,
    ...(typeof data.changed_files === 'number' ? { changedFiles: data.changed_files } : {}),
  };
}
