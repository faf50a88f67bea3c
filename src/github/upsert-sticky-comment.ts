/**
 * The one summary comment per pull request (SPEC §3): found again by the hidden marker at the start of its
 * first line, written by a bot account or by the identity of the token, and updated in place.
 *
 * - a comment that merely quotes the marker (not at the start of its body), or that a human wrote, is never
 *   touched, even when it starts with the marker;
 * - no comment yet: one is created only when there are open findings;
 * - a comment exists: it is updated with the new body (the all-clear body once the findings are gone).
 */
import type { Octokit, RepoRef } from './types.js';

export interface StickyCommentOptions extends RepoRef {
  issueNumber: number;
  /** The hidden HTML marker; `body` must start with it. */
  marker: string;
  body: string;
  /** Open findings exist (a comment is created only then). */
  hasFindings: boolean;
  /**
   * The login of the token's identity when it is not a bot (a personal access token), looked up lazily: it is
   * asked for only when a non-bot comment starts with the marker and no bot comment does.
   */
  tokenLogin?: () => Promise<string | undefined>;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'none';
  /** html_url of the comment (empty when there is none). */
  url: string;
  id?: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type?: string } | null;
}

export const startsWithMarker = (body: string | null | undefined, marker: string): boolean => (body ?? '').startsWith(marker);

/** The sticky comment among `comments`, or undefined. Pure apart from the lazy identity lookup. */
export async function findStickyComment<C extends IssueComment>(
  comments: readonly C[],
  marker: string,
  tokenLogin?: () => Promise<string | undefined>,
): Promise<C | undefined> {
  const candidates = comments.filter((c) => startsWithMarker(c.body, marker) && c.user);
  const bot = candidates.find((c) => c.user?.type === 'Bot');
  if (bot) return bot;
  if (!candidates.length || !tokenLogin) return undefined;
  const login = await tokenLogin();
  if (!login) return undefined;
  return candidates.find((c) => c.user?.login.toLowerCase() === login.toLowerCase());
}

export async function upsertStickyComment(octokit: Octokit, options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, marker, body, hasFindings, tokenLogin } = options;
  if (!body.startsWith(marker)) throw new Error('the summary comment body must start with its marker');
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const existing = await findStickyComment(comments, marker, tokenLogin);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url, id: existing.id };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  if (!hasFindings) return { action: 'none', url: '' };
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', url: data.html_url, id: data.id };
}
