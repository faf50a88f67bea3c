/**
 * Hard limits of the places findings are shown. They are named here, next to the renderers, so a
 * test can hold each renderer to them.
 */

/** GitHub's maximum body of an issue or pull-request comment, in characters. */
export const MAX_COMMENT_CHARS = 65536;

/** GitHub shows at most this many annotations of each level (error, warning, notice) per step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/** GitHub's maximum size of one step's job summary, in bytes (1 MiB). */
export const MAX_JOB_SUMMARY_BYTES = 1024 * 1024;

/** Quoted evidence, paths and other short untrusted strings are cut to this many characters. */
export const MAX_QUOTE_CHARS = 300;

/** Messages and remedies (templates that interpolate evidence) are cut to this many characters. */
export const MAX_MESSAGE_CHARS = 1000;

/** Evidence quotes shown per finding in the comment; the rest are counted. */
export const MAX_EVIDENCE_PER_FINDING = 3;

/** Findings shown expanded in the comment; the rest of each document's list folds into `<details>`. */
export const COMMENT_EXPANDED_FINDINGS = 10;

/** Suppressed findings listed in the comment; the job summary lists them all. */
export const COMMENT_MAX_SUPPRESSED = 20;

/** Report notes listed in the job summary; the JSON report keeps them all. */
export const MAX_SUMMARY_NOTES = 200;
