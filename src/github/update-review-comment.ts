/** PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}: rewrites one of our inline comments (marking it fixed). */
import type { Octokit, RepoRef } from './types.js';

export async function updateReviewComment(
  octokit: Octokit,
  { owner, repo, commentId, body }: RepoRef & { commentId: number; body: string },
): Promise<void> {
  await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: commentId, body });
}
