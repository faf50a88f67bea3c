/**
 * The sticky summary comment on a pull request (SPEC §3): the framework's verdict on the LLM
 * decisions (table and quadrant chart, render-verdict.ts), then every open finding, grouped by
 * document, most severe first; an all-clear version once a later push fixes them; never over
 * GitHub's body limit. Rendered from the report alone, with every PR-derived string escaped.
 */
import type { Finding, Report } from './report-types.js';
import { escapeMarkdown, inlineCode, markdownLink } from './escape-markdown.js';
import { decisionLine, documentLabel } from './document-labels.js';
import {
  COMMENT_EXPANDED_FINDINGS,
  COMMENT_MAX_SUPPRESSED,
  MAX_COMMENT_CHARS,
  MAX_EVIDENCE_PER_FINDING,
  MAX_MESSAGE_CHARS,
} from './limits.js';
import { type DocumentGroup, groupByDocument, sortFindings } from './order-findings.js';
import { countOpen, isOpen, type OpenCounts } from './report-counts.js';
import { renderProvenance, shortSha } from './render-footer.js';
import { formatPresentCounts, pluralize, SEVERITY_ICON } from './severity.js';
import { renderVerdict, VERDICT_COMPACT_MAX_CHARS, VERDICT_MAX_CHARS } from './render-verdict.js';

/** The hidden first line by which the action finds its own comment again on every run. */
export const COMMENT_MARKER = '<!-- llm-arch-lint:summary -->';

export interface CommentOptions {
  /** Replaces `COMMENT_MARKER` (one HTML comment on one line), e.g. to keep two configurations apart. */
  marker?: string;
  /** The workflow run, linked from the footer and from the overflow note. */
  runUrl?: string;
}

const HEADING = '## LLM architecture review';

type Detail = 'full' | 'compact';

function checkMarker(marker: string): string {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new TypeError(`comment marker must be one HTML comment on one line, got ${JSON.stringify(marker)}`);
  }
  return marker;
}

function ruleLink(finding: Finding): string {
  return markdownLink(inlineCode(finding.ruleId, { maxLength: 100 }), finding.helpUri);
}

function message(text: string): string {
  return escapeMarkdown(text, { codeSpans: true, maxLength: MAX_MESSAGE_CHARS });
}

function evidenceLines(finding: Finding): string[] {
  const shown = finding.evidence.slice(0, MAX_EVIDENCE_PER_FINDING);
  const lines = shown.map((evidence) => `  > ${escapeMarkdown(evidence.path)}:${evidence.line} — "${escapeMarkdown(evidence.text)}"`);
  const more = finding.evidence.length - shown.length;
  if (more > 0) lines.push(`  > … and ${pluralize(more, 'more quote')} in the job summary and report`);
  // A trailing backslash is a hard line break: one quote per line, wherever the Markdown is shown.
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}

/** One finding: a list item with title, linked rule id, line and message; in full detail also its evidence and remedy. */
function renderFinding(finding: Finding, detail: Detail): string {
  const icon = SEVERITY_ICON[finding.severity];
  if (detail === 'compact') {
    return `- ${icon} ${ruleLink(finding)} · line ${finding.line} — ${message(finding.message)}`;
  }
  const lines = [
    `- ${icon} **${escapeMarkdown(finding.title, { codeSpans: true, maxLength: 200 })}** · ${ruleLink(finding)} · line ${finding.line}`,
    `  ${message(finding.message)}`,
    ...evidenceLines(finding),
  ];
  const remedy = message(finding.remedy);
  if (remedy) lines.push('', `  **Remedy:** ${remedy}`);
  return lines.join('\n');
}

function groupHeading(group: DocumentGroup): string {
  const lines = [`### ${inlineCode(group.path)}`];
  const about = [documentLabel(group.document), decisionLine(group.document)].filter(Boolean);
  if (about.length > 0) lines.push('', about.join(' — '));
  return lines.join('\n');
}

function countsOf(findings: readonly Finding[]): string {
  return formatPresentCounts(countOpen({ findings: [...findings] }));
}

function folded(summary: string, items: string[]): string {
  return ['<details>', `<summary>${summary}</summary>`, '', items.join('\n\n'), '', '</details>'].join('\n');
}

function renderGroup(group: DocumentGroup, shown: readonly Finding[], rest: readonly Finding[], detail: Detail): string {
  const blocks = [groupHeading(group)];
  if (shown.length > 0) blocks.push(shown.map((finding) => renderFinding(finding, detail)).join(detail === 'full' ? '\n\n' : '\n'));
  if (rest.length > 0) {
    blocks.push(
      folded(
        `${pluralize(rest.length, 'more finding')} in this file (${countsOf(rest)})`,
        rest.map((finding) => renderFinding(finding, detail)),
      ),
    );
  }
  return blocks.join('\n\n');
}

/**
 * All groups in full or compact detail. In full detail only the `COMMENT_EXPANDED_FINDINGS` most
 * severe findings (across documents) show expanded: a document's other findings fold into
 * `<details>` under its heading, and documents with nothing expanded fold together at the end.
 */
function renderGroups(groups: readonly DocumentGroup[], detail: Detail): string {
  const all = sortFindings(groups.flatMap((group) => group.findings));
  const expanded = new Set(detail === 'full' ? all.slice(0, COMMENT_EXPANDED_FINDINGS) : all);
  const visible: string[] = [];
  const foldedGroups: DocumentGroup[] = [];
  for (const group of groups) {
    const shown = group.findings.filter((finding) => expanded.has(finding));
    if (shown.length === 0) {
      foldedGroups.push(group);
      continue;
    }
    visible.push(
      renderGroup(
        group,
        shown,
        group.findings.filter((finding) => !expanded.has(finding)),
        detail,
      ),
    );
  }
  if (foldedGroups.length > 0) {
    const findings = foldedGroups.flatMap((group) => group.findings);
    visible.push(
      folded(
        `${pluralize(findings.length, 'more finding')} in ${pluralize(foldedGroups.length, 'other file')} (${countsOf(findings)})`,
        foldedGroups.map((group) => renderGroup(group, group.findings, [], detail)),
      ),
    );
  }
  return visible.join('\n\n');
}

function documentsReviewed(report: Report): string {
  return `${pluralize(report.documents.length, 'document')} reviewed`;
}

function verdict(report: Report, counts: OpenCounts, files: number): string {
  const suppressed =
    counts.suppressed > 0
      ? `; ${pluralize(counts.suppressed, 'suppressed finding')} ${counts.suppressed === 1 ? 'is' : 'are'} not counted`
      : '';
  return `**${formatPresentCounts(counts)}** in ${pluralize(files, 'file')} (${documentsReviewed(report)})${suppressed}.`;
}

function allClear(report: Report, counts: OpenCounts): string {
  const head = shortSha(report.pullRequest?.headSha);
  const at = head ? ` at ${inlineCode(head)}` : '';
  const lines = [
    report.documents.length > 0
      ? `✅ **All clear.** No open findings in the ${documentsReviewed(report)}${at}: everything reported earlier on this pull request is fixed.`
      : `✅ **All clear.** No ADR or model config is in scope${at}, so nothing is open: everything reported earlier on this pull request is resolved. The job summary lists the globs that were tried.`,
  ];
  if (counts.suppressed > 0) {
    lines.push(
      '',
      `${pluralize(counts.suppressed, 'finding')} ${counts.suppressed === 1 ? 'stays' : 'stay'} suppressed by a reasoned exception in the document (listed below).`,
    );
  }
  return lines.join('\n');
}

function renderSuppressed(findings: readonly Finding[]): string | undefined {
  const suppressed = sortFindings(findings.filter((finding) => !isOpen(finding)));
  if (suppressed.length === 0) return undefined;
  const shown = suppressed.slice(0, COMMENT_MAX_SUPPRESSED);
  const items = shown.map((finding) => {
    const until = finding.suppressed?.until ? ` until ${escapeMarkdown(finding.suppressed.until, { maxLength: 40 })}` : '';
    return `- ${SEVERITY_ICON[finding.severity]} ${ruleLink(finding)} · ${inlineCode(finding.path)} line ${finding.line} — reason: "${escapeMarkdown(finding.suppressed?.reason ?? '')}"${until}`;
  });
  if (suppressed.length > shown.length) {
    items.push(`- … and ${pluralize(suppressed.length - shown.length, 'more')}, listed in the job summary`);
  }
  return folded(`${pluralize(suppressed.length, 'suppressed finding')}`, items);
}

function footer(report: Report, opts: CommentOptions): string {
  return ['---', `<sub>${renderProvenance(report, opts.runUrl)}</sub>`].join('\n');
}

function whereTheRestIs(opts: CommentOptions): string {
  const summary = markdownLink('job summary', opts.runUrl);
  return `The ${summary} of this run and the JSON report (the step's \`report\` output) have them all`;
}

function compactNote(opts: CommentOptions): string {
  return `> Evidence and remedies are left out to keep this comment under GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit. ${whereTheRestIs(opts)}.`;
}

function overflowNote(hidden: readonly Finding[], opts: CommentOptions): string {
  const counts = countOpen({ findings: [...hidden] });
  return `> **${pluralize(hidden.length, 'more finding')} not shown** (${formatPresentCounts(counts)}): GitHub limits a comment to ${MAX_COMMENT_CHARS.toLocaleString('en-US')} characters. ${whereTheRestIs(opts)}.`;
}

const VERDICT_HEADING = "### The framework's verdict";

/**
 * The framework's verdict on the LLM decisions (signals, recommendation, agreement, quadrant chart):
 * in full detail within `VERDICT_MAX_CHARS` (under a third of the comment), or by signal names only
 * within `VERDICT_COMPACT_MAX_CHARS` when the comment must be compact.
 */
function frameworkVerdict(report: Report, opts: CommentOptions, detail: Detail): string | undefined {
  return renderVerdict(report, {
    heading: VERDICT_HEADING,
    detail,
    maxSize: detail === 'full' ? VERDICT_MAX_CHARS : VERDICT_COMPACT_MAX_CHARS,
    moreHint: `the ${markdownLink('job summary', opts.runUrl)} of this run and the JSON report list them all`,
  });
}

function assemble(blocks: (string | undefined)[]): string {
  return `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;
}

/**
 * Last resort for huge reports: the most severe findings (across documents), one compact line each,
 * still grouped by document, as many as fit; the rest are counted by severity with a pointer to the
 * job summary and the JSON report.
 */
function renderWithinBudget(
  head: (string | undefined)[],
  open: readonly Finding[],
  report: Report,
  tail: string[],
  opts: CommentOptions,
): string {
  const ranked = sortFindings(open);
  const build = (shownCount: number): string => {
    const sections = groupByDocument(ranked.slice(0, shownCount), report.documents).map(
      (group) => `${groupHeading(group)}\n\n${group.findings.map((finding) => renderFinding(finding, 'compact')).join('\n')}`,
    );
    const hidden = ranked.slice(shownCount);
    return assemble([...head, ...sections, hidden.length > 0 ? overflowNote(hidden, opts) : undefined, ...tail]);
  };
  // Lengths grow with the number shown: binary-search the largest count that fits.
  let low = 0;
  let high = ranked.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (build(mid).length <= MAX_COMMENT_CHARS) low = mid;
    else high = mid - 1;
  }
  return build(low);
}

/** Never reached with a sane report; a published report is untrusted, so the limit holds whatever it holds. */
function hardCap(text: string): string {
  if (text.length <= MAX_COMMENT_CHARS) return text;
  const note = "\n\n> This comment was cut at GitHub's size limit; the job summary and the JSON report have everything.\n";
  const cut = text.slice(0, MAX_COMMENT_CHARS - note.length);
  return `${cut.slice(0, Math.max(cut.indexOf('\n'), cut.lastIndexOf('\n')))}${note}`;
}

/** The sticky PR summary comment; its first line is the hidden marker. Never longer than `MAX_COMMENT_CHARS`. */
export function renderComment(report: Report, opts: CommentOptions = {}): string {
  return hardCap(renderUncapped(report, opts));
}

function renderUncapped(report: Report, opts: CommentOptions): string {
  const marker = checkMarker(opts.marker ?? COMMENT_MARKER);
  const counts = countOpen(report);
  const open = report.findings.filter(isOpen);
  const suppressed = renderSuppressed(report.findings);
  const tail = [footer(report, opts)];

  if (open.length === 0) {
    return assemble([`${marker}\n${HEADING}`, allClear(report, counts), frameworkVerdict(report, opts, 'full'), suppressed, ...tail]);
  }

  const groups = groupByDocument(open, report.documents);
  const head = [`${marker}\n${HEADING}`, verdict(report, counts, groups.length)];
  const full = assemble([...head, frameworkVerdict(report, opts, 'full'), renderGroups(groups, 'full'), suppressed, ...tail]);
  if (full.length <= MAX_COMMENT_CHARS) return full;

  const compactHead = [...head, compactNote(opts), frameworkVerdict(report, opts, 'compact')];
  const compact = assemble([...compactHead, renderGroups(groups, 'compact'), suppressed, ...tail]);
  if (compact.length <= MAX_COMMENT_CHARS) return compact;

  return renderWithinBudget(compactHead, open, report, tail, opts);
}
