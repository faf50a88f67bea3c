/**
 * Inline review comments (SPEC §3), rendered from the report alone (so `mode: publish` posts exactly what
 * `full` would) and planned against the inline comments already on the pull request:
 *
 * - a finding is commented inline only when its line is one the PR adds or modifies (`+` lines in
 *   `pullRequest.changedLines`, `side: RIGHT`); a span of evidence on the same `+` range becomes a multi-line
 *   comment (`start_line`). GitHub refuses a whole review when one comment is off the diff, so nothing else is
 *   ever placed: the summary comment lists every finding;
 * - each comment's first line is a hidden marker with the finding's fingerprint, so a finding that already has
 *   a comment on the PR (even one whose line has moved, or that was marked fixed) is never commented again;
 * - at most `MAX_INLINE_COMMENTS` comments per review, most severe first; the rest are listed in the review
 *   body (counted when the list would not fit);
 * - an earlier comment whose finding is gone is rewritten to say it was fixed, naming the head commit;
 * - an obvious one-line config edit is offered as a ```suggestion block.
 *
 * Pure: strings and objects in, strings and objects out. Every PR-derived string is escaped.
 */
import { escapeMarkdown, inlineCode, markdownLink } from './escape-markdown.js';
import { MAX_COMMENT_CHARS, MAX_MESSAGE_CHARS } from './limits.js';
import { sortFindings } from './order-findings.js';
import { isOpen } from './report-counts.js';
import { shortSha } from './render-footer.js';
import { formatPresentCounts, pluralize, SEVERITY_ICON } from './severity.js';
import type { Finding, Report } from './report-types.js';

/** GitHub shows a review's comments on one page; more than this many makes the review unreadable. */
export const MAX_INLINE_COMMENTS = 30;
/** One inline comment's body (a finding's message, evidence and remedy fit in far less). */
export const MAX_INLINE_COMMENT_CHARS = 8000;
/** Evidence quotes shown in an inline comment. */
export const MAX_INLINE_EVIDENCE = 3;
/** A multi-line comment spans at most this many lines; a wider span is commented on the finding's line alone. */
export const MAX_INLINE_SPAN = 12;

/** The hidden first line of the review body. */
export const REVIEW_MARKER = '<!-- llm-arch-lint:review -->';
const FINDING_MARKER = 'llm-arch-lint:finding';

/** A new inline comment, in the shape of the `comments` of POST /pulls/{n}/reviews. */
export interface InlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
}

/** One of our inline comments already on the pull request (found by its marker). */
export interface ExistingInlineComment {
  id: number;
  body: string;
  /** The finding key from its marker. */
  key: string;
  /** Short SHA of the head that fixed it, when it was marked fixed. */
  fixedIn?: string;
}

export interface ReviewPlan {
  /** New inline comments (at most `MAX_INLINE_COMMENTS`), with the finding each is about. */
  comments: { finding: Finding; comment: InlineComment }[];
  /** Findings on `+` lines beyond the cap: listed in the review body. */
  overflow: Finding[];
  /** The review body; undefined when there is no new inline comment (no review is posted). */
  body?: string;
  /** Earlier inline comments whose finding is gone: the new body saying it was fixed. */
  fixed: { id: number; body: string; key: string }[];
  /** Open findings on `+` lines that already have an inline comment. */
  alreadyCommented: number;
  /** Open findings elsewhere (context lines, unchanged files, files without a patch): in the summary only. */
  offDiff: number;
}

/**
 * The key a finding is known by in comment markers: its fingerprint, limited to characters that cannot end
 * an HTML comment or break the marker (a published report is untrusted).
 */
export function findingKey(fingerprint: string): string {
  return (
    String(fingerprint)
      .replace(/[^A-Za-z0-9._:+=/-]/g, '_')
      .replace(/-{2,}/g, '-')
      .slice(0, 200) || '_'
  );
}

export function findingMarker(fingerprint: string, fixedIn?: string): string {
  return `<!-- ${FINDING_MARKER} ${findingKey(fingerprint)}${fixedIn ? ` fixed ${fixedIn}` : ''} -->`;
}

const MARKER_LINE = new RegExp(`^<!-- ${FINDING_MARKER} ([A-Za-z0-9._:+=/-]{1,200})( fixed(?: ([0-9a-f]{7,40}))?)? -->(?:\\r?\\n|$)`);

/** The marker at the start of a comment body, or undefined (a comment that merely quotes one does not count). */
export function parseFindingMarker(body: string | null | undefined): { key: string; fixedIn?: string } | undefined {
  const m = MARKER_LINE.exec(body ?? '');
  if (!m?.[1]) return undefined;
  return { key: m[1], ...(m[2] ? { fixedIn: m[3] ?? 'unknown' } : {}) };
}

/**
 * Where a finding goes in the diff: its line when that is a `+` line; with `startLine` when evidence in the
 * same file lies on the same `+` range (a multi-line comment). Undefined when the line is not one the PR adds
 * or modifies.
 */
export function placeFinding(
  finding: Finding,
  changedLines: Readonly<Record<string, readonly (readonly [number, number])[]>>,
): { line: number; startLine?: number } | undefined {
  if (!Object.prototype.hasOwnProperty.call(changedLines, finding.path)) return undefined;
  const ranges = changedLines[finding.path] ?? [];
  const range = ranges.find(([start, end]) => Number.isInteger(finding.line) && finding.line >= start && finding.line <= end);
  if (!range) return undefined;
  // Evidence on the same `+` range and near the finding's line widens the comment to a span.
  const near = finding.evidence
    .filter((e) => e.path === finding.path && e.line >= range[0] && e.line <= range[1] && Math.abs(e.line - finding.line) < MAX_INLINE_SPAN)
    .map((e) => e.line);
  const start = Math.min(finding.line, ...near);
  const end = Math.max(finding.line, ...near);
  if (start < end && end - start < MAX_INLINE_SPAN) return { line: end, startLine: start };
  return { line: finding.line };
}

interface SuggestionRule {
  ruleId: string;
  formats: readonly string[];
  /** The whole offending line (the evidence text at the finding's line). */
  line: RegExp;
  replacement: string;
  why: string;
}

/**
 * Obvious one-line config edits. Only top-level keys of formats where they are top-level, so the replacement
 * line needs no indentation; the evidence must be the whole line.
 */
const SUGGESTIONS: readonly SuggestionRule[] = [
  {
    ruleId: 'missing-eval-harness',
    formats: ['axolotl'],
    line: /^val_set_size\s*:\s*(?:0+(?:\.0*)?|null|~)?\s*(?:#.*)?$/,
    replacement: 'val_set_size: 0.05',
    why: 'Hold out 5% of the examples as a validation split (axolotl `val_set_size`):',
  },
  {
    ruleId: 'missing-eval-harness',
    formats: ['llama-factory'],
    line: /^val_size\s*:\s*(?:0+(?:\.0*)?|null|~)?\s*(?:#.*)?$/,
    replacement: 'val_size: 0.05',
    why: 'Hold out 5% of the examples as a validation split (LLaMA-Factory `val_size`):',
  },
];

/** A ```suggestion for the finding, when one of `SUGGESTIONS` applies to its line. */
export function suggestionFor(finding: Finding, report: Pick<Report, 'documents'>): { why: string; replacement: string } | undefined {
  if (!/\.ya?ml$/i.test(finding.path)) return undefined;
  const format = report.documents.find((d) => d.path === finding.path)?.format;
  const text = finding.evidence.find((e) => e.path === finding.path && e.line === finding.line)?.text;
  if (!format || text === undefined) return undefined;
  const rule = SUGGESTIONS.find((s) => s.ruleId === finding.ruleId && s.formats.includes(format) && s.line.test(text));
  return rule ? { why: rule.why, replacement: rule.replacement } : undefined;
}

function ruleLink(finding: Finding): string {
  return markdownLink(inlineCode(finding.ruleId, { maxLength: 100 }), finding.helpUri);
}

function evidenceItems(finding: Finding): string[] {
  const shown = finding.evidence.slice(0, MAX_INLINE_EVIDENCE);
  const items = shown.map((e) => {
    const where = e.path === finding.path ? `line ${e.line}` : `${inlineCode(e.path)} line ${e.line}`;
    return `- ${where}: "${escapeMarkdown(e.text)}"`;
  });
  const more = finding.evidence.length - shown.length;
  if (more > 0) items.push(`- … and ${pluralize(more, 'more quote')} in the summary comment and the report`);
  return items;
}

/** The body of one inline comment; its first line is the finding's marker. */
export function renderInlineComment(finding: Finding, report: Pick<Report, 'documents'>): string {
  const blocks = [
    `${findingMarker(finding.fingerprint)}\n${SEVERITY_ICON[finding.severity]} **${escapeMarkdown(finding.title, { codeSpans: true, maxLength: 200 })}** · ${ruleLink(finding)} · ${finding.severity}`,
    escapeMarkdown(finding.message, { codeSpans: true, maxLength: MAX_MESSAGE_CHARS }),
  ];
  const evidence = evidenceItems(finding);
  if (evidence.length > 0) blocks.push(['Evidence:', ...evidence].join('\n'));
  const remedy = escapeMarkdown(finding.remedy, { codeSpans: true, maxLength: MAX_MESSAGE_CHARS });
  if (remedy) blocks.push(`**Remedy:** ${remedy}`);
  const suggestion = suggestionFor(finding, report);
  if (suggestion) blocks.push(`${suggestion.why}\n\n\`\`\`suggestion\n${suggestion.replacement}\n\`\`\``);
  const body = `${blocks.join('\n\n')}\n`;
  return body.length <= MAX_INLINE_COMMENT_CHARS ? body : `${body.slice(0, MAX_INLINE_COMMENT_CHARS - 2).replace(/\n[^\n]*$/, '')}\n…\n`;
}

/**
 * An earlier inline comment rewritten once its finding is gone: a "fixed in <short SHA>" line, and the
 * original comment folded below (its suggestion turned into a plain code block, so it can no longer be
 * applied).
 */
export function renderFixedComment(existingBody: string, key: string, headSha: string | undefined): string {
  const short = shortSha(headSha);
  const original = existingBody
    .replace(/^<!--[^\n]*-->\r?\n?/, '')
    .replace(/^```suggestion\b.*$/gm, '```text')
    .trim();
  const head = [
    `<!-- ${FINDING_MARKER} ${findingKey(key)} fixed${short ? ` ${short}` : ''} -->`,
    `✅ **Fixed${short ? ` in ${inlineCode(short)}` : ''}.** This finding no longer appears in the pull request${short ? ' at that commit' : ''}.`,
  ].join('\n');
  const fold = (text: string) => `${head}\n\n<details>\n<summary>Original comment</summary>\n\n${text}\n\n</details>\n`;
  const full = fold(original);
  if (full.length <= MAX_COMMENT_CHARS) return full;
  return fold(`${original.slice(0, MAX_COMMENT_CHARS - head.length - 200)}\n…`);
}

function overflowLine(finding: Finding): string {
  return `- ${SEVERITY_ICON[finding.severity]} ${ruleLink(finding)} · ${inlineCode(finding.path)} line ${finding.line} — ${escapeMarkdown(finding.title, { codeSpans: true, maxLength: 200 })}`;
}

/** The review body: what the inline comments are, and the findings on changed lines beyond the cap. */
export function renderReviewBody(report: Pick<Report, 'pullRequest'>, inline: readonly Finding[], overflow: readonly Finding[]): string {
  const head = shortSha(report.pullRequest?.headSha);
  const intro = `${REVIEW_MARKER}\n**llm-arch-lint** left ${pluralize(inline.length, 'inline comment')} on lines this pull request changes${head ? ` (at ${inlineCode(head)})` : ''}: ${formatPresentCounts(countOf(inline))}. The summary comment lists every finding, including those on lines the pull request does not change.`;
  if (overflow.length === 0) return `${intro}\n`;
  const lead = `A review holds at most ${MAX_INLINE_COMMENTS} inline comments; ${pluralize(overflow.length, 'more finding')} on changed lines (${formatPresentCounts(countOf(overflow))}) ${overflow.length === 1 ? 'is' : 'are'} listed here and will be commented inline on the next run:`;
  const reserve = 400;
  const lines: string[] = [];
  let size = intro.length + lead.length + reserve;
  for (const finding of overflow) {
    const line = overflowLine(finding);
    if (size + line.length + 1 > MAX_COMMENT_CHARS) break;
    lines.push(line);
    size += line.length + 1;
  }
  const rest = overflow.slice(lines.length);
  if (rest.length > 0) {
    lines.push(
      `- … and ${pluralize(rest.length, 'more finding')} (${formatPresentCounts(countOf(rest))}): the job summary and the JSON report list them all.`,
    );
  }
  return `${intro}\n\n${lead}\n\n${lines.join('\n')}\n`;
}

function countOf(findings: readonly Finding[]): { errors: number; warnings: number; notices: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
  };
}

/**
 * What this run posts: new inline comments for open findings on `+` lines that have none yet (most severe
 * first, at most `MAX_INLINE_COMMENTS`), the review body, and the earlier comments to mark fixed (those whose
 * finding is no longer open). A report without a pull request plans nothing.
 */
export function planReview(report: Report, existing: readonly ExistingInlineComment[]): ReviewPlan {
  const plan: ReviewPlan = { comments: [], overflow: [], fixed: [], alreadyCommented: 0, offDiff: 0 };
  const pr = report.pullRequest;
  if (!pr) return plan;
  const open = sortFindings(report.findings.filter(isOpen));
  const commented = new Set(existing.map((c) => c.key));
  const planned = new Set<string>();
  const placeable: { finding: Finding; comment: InlineComment }[] = [];
  for (const finding of open) {
    const place = placeFinding(finding, pr.changedLines);
    if (!place) {
      plan.offDiff += 1;
      continue;
    }
    const key = findingKey(finding.fingerprint);
    if (commented.has(key) || planned.has(key)) {
      plan.alreadyCommented += 1;
      continue;
    }
    planned.add(key);
    const suggestion = suggestionFor(finding, report);
    const comment: InlineComment = {
      path: finding.path,
      line: suggestion ? finding.line : place.line,
      side: 'RIGHT',
      ...(place.startLine !== undefined && !suggestion ? { start_line: place.startLine, start_side: 'RIGHT' as const } : {}),
      body: renderInlineComment(finding, report),
    };
    placeable.push({ finding, comment });
  }
  plan.comments = placeable.slice(0, MAX_INLINE_COMMENTS);
  plan.overflow = placeable.slice(MAX_INLINE_COMMENTS).map((p) => p.finding);
  if (plan.comments.length > 0) {
    plan.body = renderReviewBody(
      report,
      plan.comments.map((c) => c.finding),
      plan.overflow,
    );
  }
  const openKeys = new Set(open.map((f) => findingKey(f.fingerprint)));
  for (const comment of existing) {
    if (comment.fixedIn || openKeys.has(comment.key)) continue;
    plan.fixed.push({ id: comment.id, key: comment.key, body: renderFixedComment(comment.body, comment.key, pr.headSha) });
  }
  return plan;
}
