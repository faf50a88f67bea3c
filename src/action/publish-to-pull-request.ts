/**
 * Everything the action posts on a pull request, rendered from the report alone (the same code serves
 * `mode: full` and `mode: publish`, so both post exactly the same):
 *
 * 1. the sticky summary comment (`comment: true`);
 * 2. one review with the new inline comments (`review: true`), and the edits that mark fixed the earlier
 *    inline comments whose finding is gone.
 *
 * Nothing here decides the step's result. A 403 that is GitHub refusing the token (a fork PR's read-only
 * token) stops all further writes and is reported once; other failures are collected for the caller.
 */
import { createReview } from '../github/create-review.js';
import { getTokenLogin } from '../github/get-token-login.js';
import { listReviewComments, type ReviewComment } from '../github/list-review-comments.js';
import { httpStatus, isPermissionDenied, type Octokit } from '../github/types.js';
import { updateReviewComment } from '../github/update-review-comment.js';
import { upsertStickyComment } from '../github/upsert-sticky-comment.js';
import { COMMENT_MARKER, renderComment } from '../report/render-comment.js';
import { parseFindingMarker, planReview, type ExistingInlineComment } from '../report/render-review.js';
import { countOpen } from '../report/report-counts.js';
import type { Report } from '../report/report-types.js';

export interface PublishOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The token, to tell a personal access token's own comments from others'. */
  token: string;
  comment: boolean;
  review: boolean;
  /** The workflow run that analysed the PR (linked from the summary comment). */
  runUrl?: string;
  info(message: string): void;
}

export interface PublishResult {
  /** html_url of the sticky comment, or empty. */
  commentUrl: string;
  /** GitHub refused the token (403): nothing more was attempted. */
  permissionDenied: boolean;
  /** What could not be posted, each as "the summary comment (HTTP 502: …)". */
  failures: string[];
  review: { comments: number; overflow: number; fixed: number; alreadyCommented: number; offDiff: number } | undefined;
}

const describeError = (error: unknown): string => {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
};

/** Our own inline comments: written by a bot (or by the identity of a personal access token), starting with a finding marker. */
async function ownInlineComments(
  comments: readonly ReviewComment[],
  tokenLogin: () => Promise<string | undefined>,
): Promise<ExistingInlineComment[]> {
  const marked = comments
    .filter((c) => c.inReplyTo === undefined && c.user)
    .map((c) => ({ c, marker: parseFindingMarker(c.body) }))
    .filter((x): x is { c: ReviewComment; marker: NonNullable<ReturnType<typeof parseFindingMarker>> } => x.marker !== undefined);
  const needLogin = marked.some(({ c }) => c.user?.type !== 'Bot');
  const login = needLogin ? (await tokenLogin())?.toLowerCase() : undefined;
  return marked
    .filter(({ c }) => c.user?.type === 'Bot' || (login !== undefined && c.user?.login.toLowerCase() === login))
    .map(({ c, marker }) => ({ id: c.id, body: c.body, key: marker.key, ...(marker.fixedIn ? { fixedIn: marker.fixedIn } : {}) }));
}

export async function publishToPullRequest(octokit: Octokit, report: Report, opts: PublishOptions): Promise<PublishResult> {
  const result: PublishResult = { commentUrl: '', permissionDenied: false, failures: [], review: undefined };
  const { owner, repo, pullNumber } = opts;
  let login: Promise<string | undefined> | undefined;
  const tokenLogin = (): Promise<string | undefined> => (login ??= getTokenLogin(octokit, opts.token));
  /** Runs one write step; false when the token was refused (stop everything). */
  const attempt = async (what: string, step: () => Promise<void>): Promise<boolean> => {
    try {
      await step();
      return true;
    } catch (error) {
      if (isPermissionDenied(error)) {
        result.permissionDenied = true;
        return false;
      }
      result.failures.push(`${what} (${describeError(error)})`);
      return true;
    }
  };

  if (opts.comment) {
    const ok = await attempt('post the summary comment', async () => {
      const sticky = await upsertStickyComment(octokit, {
        owner,
        repo,
        issueNumber: pullNumber,
        marker: COMMENT_MARKER,
        body: renderComment(report, opts.runUrl ? { runUrl: opts.runUrl } : {}),
        hasFindings: countOpen(report).findings > 0,
        tokenLogin,
      });
      if (sticky.action === 'none') opts.info('No findings and no earlier summary comment: no comment posted');
      else opts.info(`Summary comment ${sticky.action}: ${sticky.url}`);
      result.commentUrl = sticky.url;
    });
    if (!ok) return result;
  }

  if (opts.review && report.pullRequest) {
    let existing: ExistingInlineComment[] | undefined;
    const ok = await attempt('read the inline review comments', async () => {
      existing = await ownInlineComments(await listReviewComments(octokit, { owner, repo, pullNumber }), tokenLogin);
    });
    if (!ok || !existing) return result;
    const plan = planReview(report, existing);
    result.review = {
      comments: plan.comments.length,
      overflow: plan.overflow.length,
      fixed: 0,
      alreadyCommented: plan.alreadyCommented,
      offDiff: plan.offDiff,
    };
    if (plan.body && plan.comments.length > 0) {
      const body = plan.body;
      const posted = await attempt(`post the review with ${plan.comments.length} inline comment(s)`, async () => {
        const review = await createReview(octokit, {
          owner,
          repo,
          pullNumber,
          commitId: report.pullRequest?.headSha,
          body,
          comments: plan.comments.map((c) => c.comment),
        });
        opts.info(
          `Review posted with ${plan.comments.length} inline comment(s)${plan.overflow.length ? ` (${plan.overflow.length} more listed in its body)` : ''}: ${review.url}`,
        );
      });
      if (!posted) return result;
    } else {
      opts.info(
        `No new inline comment: ${plan.alreadyCommented} finding(s) on changed lines already commented, ${plan.offDiff} elsewhere (in the summary comment)`,
      );
    }
    for (const fixed of plan.fixed) {
      let done = false;
      const ok = await attempt(`mark the inline comment ${fixed.id} fixed`, async () => {
        await updateReviewComment(octokit, { owner, repo, commentId: fixed.id, body: fixed.body });
        done = true;
      });
      if (!ok) return result;
      if (done) result.review.fixed += 1;
    }
    if (plan.fixed.length > 0) opts.info(`Marked ${result.review.fixed} earlier inline comment(s) fixed`);
  }
  return result;
}
