/** The Octokit client the action uses (from `@actions/github`); the files beside this one take it as a parameter. */
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The HTTP status of an Octokit `RequestError` (or undefined for anything else). */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number' && status > 0) return status;
  }
  return undefined;
}

/** A 403 that is GitHub refusing the token (read-only token, fork PR), not a rate limit. */
export function isPermissionDenied(error: unknown): boolean {
  if (httpStatus(error) !== 403) return false;
  const headers = (error as { response?: { headers?: Record<string, string | number | undefined> } }).response?.headers;
  if (headers && String(headers['x-ratelimit-remaining'] ?? '') === '0') return false;
  const message = error instanceof Error ? error.message : '';
  return !/rate limit/i.test(message);
}
