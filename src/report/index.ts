/** Reporters: the report (SPEC §7) rendered for every place findings are shown. Pure: strings in, strings out. */
export type { Finding, PullRequestInfo, Report, ReportDocument, ReportEvidence, ReportRule, Severity } from './report-types.js';
export { countOpen, failsOn, isOpen, summarize, type FailOn, type OpenCounts } from './report-counts.js';
export { compareFindings, groupByDocument, sortFindings, type DocumentGroup } from './order-findings.js';
export {
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  markdownLink,
  neutralizeMentions,
  safeUrl,
  sanitizeText,
  truncate,
  type EscapeOptions,
} from './escape-markdown.js';
export { COMMENT_MARKER, renderComment, type CommentOptions } from './render-comment.js';
export { renderJobSummary, type JobSummaryOptions } from './render-summary.js';
export { escapeCommandData, escapeCommandProperty, toAnnotations, toWorkflowCommand, type Annotation } from './to-annotations.js';
export { renderStylish, type StylishOptions } from './render-stylish.js';
export { toJson, toJsonChunks } from './to-json.js';
export { toSarif, toSarifJson, SARIF_FINGERPRINT_KEY, type SarifLog } from './to-sarif.js';
export {
  findingKey,
  findingMarker,
  parseFindingMarker,
  placeFinding,
  planReview,
  renderFixedComment,
  renderInlineComment,
  renderReviewBody,
  REVIEW_MARKER,
  MAX_INLINE_COMMENTS,
  type ExistingInlineComment,
  type InlineComment,
  type ReviewPlan,
} from './render-review.js';
export * from './limits.js';
