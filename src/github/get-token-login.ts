/**
 * GET /user → the login of a personal access token, so that a summary comment written by that identity is
 * found again. Installation tokens (`ghs_…`, GITHUB_TOKEN and GitHub Apps) write as a bot and are never asked
 * (GitHub answers 403 for them); any failure means "unknown".
 */
import type { Octokit } from './types.js';

export async function getTokenLogin(octokit: Octokit, token: string): Promise<string | undefined> {
  if (!token || token.startsWith('ghs_')) return undefined;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return undefined;
  }
}
