export const id = 147;
export const ids = [147];
export const modules = {

/***/ 6147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony exports RATE_LIMIT_RETRIES, MAX_RATE_LIMIT_WAIT_SECONDS, SERVER_ERROR_RETRIES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The REST client of the action: `@actions/github`'s Octokit (GITHUB_API_URL, a `llm-arch-lint/<version>` user
 * agent) with the retry and throttling plugins, so that a 5xx is retried with backoff and a rate limit
 * (primary: `x-ratelimit-reset`; secondary or 429: `retry-after`) is waited out, as GitHub asks of integrations.
 *
 * Waits are bounded: a limit that would make the run wait longer than `MAX_RATE_LIMIT_WAIT_SECONDS` is not
 * waited out (the call fails, and the run reports what it could not post). 403s that are not rate limits
 * (a read-only token) are never retried.
 */



/** Retries of one request after a rate limit (primary or secondary). */
const RATE_LIMIT_RETRIES = 2;
/** The longest wait for a rate limit to reset. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 90;
/** Retries of one request after a server error (5xx), with backoff 1 s, 4 s, 9 s. */
const SERVER_ERROR_RETRIES = 3;
function createOctokit(token, { baseUrl, userAgent, log = () => undefined }) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const call = `${options.method ?? 'GET'} ${options.url ?? ''}`;
        if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
            log(`GitHub ${kind} rate limit on ${call}: not retried (retry ${retryCount + 1}, wait ${retryAfter} s)`);
            return false;
        }
        log(`GitHub ${kind} rate limit on ${call}: retrying in ${retryAfter} s`);
        return true;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(baseUrl ? { baseUrl } : {}),
        userAgent,
        // 429 is the throttling plugin's (it honours retry-after and x-ratelimit-reset); the retry plugin takes 5xx.
        retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
