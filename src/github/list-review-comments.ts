/** GET /repos/{owner}/{repo}/pulls/{pull_number}/comments, every page: the PR's inline review comments. */
import type { Octokit, RepoRef } from './types.js';

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  /** null when the comment is outdated (its line is gone from the current diff). */
  line: number | null;
  user: { login: string; type?: string } | null;
  inReplyTo?: number;
}

export async function listReviewComments(
  octokit: Octokit,
  { owner, repo, pullNumber }: RepoRef & { pullNumber: number },
): Promise<ReviewComment[]> {
  const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return comments.map((c) => ({
    id: c.id,
    body: c.body ?? '',
    path: c.path,
    line: c.line ?? null,
    user: c.user ? { login: c.user.login, ...(c.user.type ? { type: c.user.type } : {}) } : null,
    ...(typeof c.in_reply_to_id === 'number' ? { inReplyTo: c.in_reply_to_id } : {}),
  }));
}
