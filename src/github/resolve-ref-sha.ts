/**
 * GET /repos/{owner}/{repo}/commits/{ref} with `Accept: application/vnd.github.sha` → the commit SHA a branch,
 * tag or short SHA points at (recorded in the report for `github:` policy sources). A full SHA is returned as is.
 */
import type { Octokit, RepoRef } from './types.js';

export async function resolveRefSha(octokit: Octokit, { owner, repo, ref }: RepoRef & { ref: string }): Promise<string> {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
    owner,
    repo,
    ref,
    headers: { accept: 'application/vnd.github.sha' },
  });
  const sha = (typeof data === 'string' ? data : String((data as { sha?: unknown }).sha ?? '')).trim();
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new Error(`${owner}/${repo}@${ref}: unexpected answer resolving the ref to a commit SHA`);
  return sha.toLowerCase();
}
