/**
 * The REST client of the action: `@actions/github`'s Octokit (GITHUB_API_URL, a `llm-arch-lint/<version>` user
 * agent) with the retry and throttling plugins, so that a 5xx is retried with backoff and a rate limit
 * (primary: `x-ratelimit-reset`; secondary or 429: `retry-after`) is waited out, as GitHub asks of integrations.
 *
 * Waits are bounded: a limit that would make the run wait longer than `MAX_RATE_LIMIT_WAIT_SECONDS` is not
 * waited out (the call fails, and the run reports what it could not post). 403s that are not rate limits
 * (a read-only token) are never retried.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from './types.js';

/** Retries of one request after a rate limit (primary or secondary). */
export const RATE_LIMIT_RETRIES = 2;
/** The longest wait for a rate limit to reset. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 90;
/** Retries of one request after a server error (5xx), with backoff 1 s, 4 s, 9 s. */
export const SERVER_ERROR_RETRIES = 3;

export interface CreateOctokitOptions {
  baseUrl?: string;
  userAgent: string;
  /** Logs a wait (one line per retry). */
  log?: (message: string) => void;
}

export function createOctokit(token: string, { baseUrl, userAgent, log = () => undefined }: CreateOctokitOptions): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const call = `${options.method ?? 'GET'} ${options.url ?? ''}`;
      if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
        log(`GitHub ${kind} rate limit on ${call}: not retried (retry ${retryCount + 1}, wait ${retryAfter} s)`);
        return false;
      }
      log(`GitHub ${kind} rate limit on ${call}: retrying in ${retryAfter} s`);
      return true;
    };
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      userAgent,
      // 429 is the throttling plugin's (it honours retry-after and x-ratelimit-reset); the retry plugin takes 5xx.
      retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}
