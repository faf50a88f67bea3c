/**
 * POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews with event COMMENT: one review holding the run's new
 * inline comments, anchored to the commit the report judged (`commit_id`), so that line numbers mean what they
 * meant to the analysis even when a newer push arrived meanwhile.
 */
import type { Octokit, RepoRef } from './types.js';

export interface NewReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

export async function createReview(
  octokit: Octokit,
  {
    owner,
    repo,
    pullNumber,
    commitId,
    body,
    comments,
  }: RepoRef & { pullNumber: number; commitId?: string; body: string; comments: NewReviewComment[] },
): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.pulls.createReview({
    owner,
    repo,
    pull_number: pullNumber,
    ...(commitId ? { commit_id: commitId } : {}),
    event: 'COMMENT',
    body,
    comments,
  });
  return { id: data.id, url: data.html_url };
}
