export const id = 355;
export const ids = [355,859];
export const modules = {

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToPullRequest: () => (/* binding */ publishToPullRequest)
});

;// CONCATENATED MODULE: ./src/github/create-review.ts
async function createReview(octokit, { owner, repo, pullNumber, commitId, body, comments, }) {
    const { data } = await octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        ...(commitId ? { commit_id: commitId } : {}),
        event: 'COMMENT',
        body,
        comments,
    });
    return { id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/github/get-token-login.ts
async function getTokenLogin(octokit, token) {
    if (!token || token.startsWith('ghs_'))
        return undefined;
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/github/list-review-comments.ts
async function listReviewComments(octokit, { owner, repo, pullNumber }) {
    const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
    return comments.map((c) => ({
        id: c.id,
        body: c.body ?? '',
        path: c.path,
        line: c.line ?? null,
        user: c.user ? { login: c.user.login, ...(c.user.type ? { type: c.user.type } : {}) } : null,
        ...(typeof c.in_reply_to_id === 'number' ? { inReplyTo: c.in_reply_to_id } : {}),
    }));
}

// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
;// CONCATENATED MODULE: ./src/github/update-review-comment.ts
async function updateReviewComment(octokit, { owner, repo, commentId, body }) {
    await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: commentId, body });
}

;// CONCATENATED MODULE: ./src/github/upsert-sticky-comment.ts
const startsWithMarker = (body, marker) => (body ?? '').startsWith(marker);
/** The sticky comment among `comments`, or undefined. Pure apart from the lazy identity lookup. */
async function findStickyComment(comments, marker, tokenLogin) {
    const candidates = comments.filter((c) => startsWithMarker(c.body, marker) && c.user);
    const bot = candidates.find((c) => c.user?.type === 'Bot');
    if (bot)
        return bot;
    if (!candidates.length || !tokenLogin)
        return undefined;
    const login = await tokenLogin();
    if (!login)
        return undefined;
    return candidates.find((c) => c.user?.login.toLowerCase() === login.toLowerCase());
}
async function upsertStickyComment(octokit, options) {
    const { owner, repo, issueNumber, marker, body, hasFindings, tokenLogin } = options;
    if (!body.startsWith(marker))
        throw new Error('the summary comment body must start with its marker');
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    const existing = await findStickyComment(comments, marker, tokenLogin);
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', url: existing.html_url, id: existing.id };
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    if (!hasFindings)
        return { action: 'none', url: '' };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', url: data.html_url, id: data.id };
}

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/report/document-labels.ts
var document_labels = __webpack_require__(465);
// EXTERNAL MODULE: ./src/report/limits.ts
var limits = __webpack_require__(5356);
// EXTERNAL MODULE: ./src/report/order-findings.ts
var order_findings = __webpack_require__(5197);
// EXTERNAL MODULE: ./src/report/report-counts.ts
var report_counts = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/report/render-footer.ts
var render_footer = __webpack_require__(8170);
// EXTERNAL MODULE: ./src/report/severity.ts
var severity = __webpack_require__(9179);
// EXTERNAL MODULE: ./src/report/render-verdict.ts + 1 modules
var render_verdict = __webpack_require__(2647);
;// CONCATENATED MODULE: ./src/report/render-comment.ts








/** The hidden first line by which the action finds its own comment again on every run. */
const COMMENT_MARKER = '<!-- llm-arch-lint:summary -->';
const HEADING = '## LLM architecture review';
function checkMarker(marker) {
    if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new TypeError(`comment marker must be one HTML comment on one line, got ${JSON.stringify(marker)}`);
    }
    return marker;
}
function ruleLink(finding) {
    return (0,escape_markdown/* markdownLink */.iQ)((0,escape_markdown/* inlineCode */.ti)(finding.ruleId, { maxLength: 100 }), finding.helpUri);
}
function message(text) {
    return (0,escape_markdown/* escapeMarkdown */.FV)(text, { codeSpans: true, maxLength: limits/* MAX_MESSAGE_CHARS */.hP });
}
function evidenceLines(finding) {
    const shown = finding.evidence.slice(0, limits/* MAX_EVIDENCE_PER_FINDING */.x2);
    const lines = shown.map((evidence) => `  > ${(0,escape_markdown/* escapeMarkdown */.FV)(evidence.path)}:${evidence.line} — "${(0,escape_markdown/* escapeMarkdown */.FV)(evidence.text)}"`);
    const more = finding.evidence.length - shown.length;
    if (more > 0)
        lines.push(`  > … and ${(0,severity/* pluralize */.td)(more, 'more quote')} in the job summary and report`);
    // A trailing backslash is a hard line break: one quote per line, wherever the Markdown is shown.
    return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}
/** One finding: a list item with title, linked rule id, line and message; in full detail also its evidence and remedy. */
function renderFinding(finding, detail) {
    const icon = severity/* SEVERITY_ICON */._9[finding.severity];
    if (detail === 'compact') {
        return `- ${icon} ${ruleLink(finding)} · line ${finding.line} — ${message(finding.message)}`;
    }
    const lines = [
        `- ${icon} **${(0,escape_markdown/* escapeMarkdown */.FV)(finding.title, { codeSpans: true, maxLength: 200 })}** · ${ruleLink(finding)} · line ${finding.line}`,
        `  ${message(finding.message)}`,
        ...evidenceLines(finding),
    ];
    const remedy = message(finding.remedy);
    if (remedy)
        lines.push('', `  **Remedy:** ${remedy}`);
    return lines.join('\n');
}
function groupHeading(group) {
    const lines = [`### ${(0,escape_markdown/* inlineCode */.ti)(group.path)}`];
    const about = [(0,document_labels/* documentLabel */.yL)(group.document), (0,document_labels/* decisionLine */.ZS)(group.document)].filter(Boolean);
    if (about.length > 0)
        lines.push('', about.join(' — '));
    return lines.join('\n');
}
function countsOf(findings) {
    return (0,severity/* formatPresentCounts */.TN)((0,report_counts/* countOpen */.QJ)({ findings: [...findings] }));
}
function folded(summary, items) {
    return ['<details>', `<summary>${summary}</summary>`, '', items.join('\n\n'), '', '</details>'].join('\n');
}
function renderGroup(group, shown, rest, detail) {
    const blocks = [groupHeading(group)];
    if (shown.length > 0)
        blocks.push(shown.map((finding) => renderFinding(finding, detail)).join(detail === 'full' ? '\n\n' : '\n'));
    if (rest.length > 0) {
        blocks.push(folded(`${(0,severity/* pluralize */.td)(rest.length, 'more finding')} in this file (${countsOf(rest)})`, rest.map((finding) => renderFinding(finding, detail))));
    }
    return blocks.join('\n\n');
}
/**
 * All groups in full or compact detail. In full detail only the `COMMENT_EXPANDED_FINDINGS` most
 * severe findings (across documents) show expanded: a document's other findings fold into
 * `<details>` under its heading, and documents with nothing expanded fold together at the end.
 */
function renderGroups(groups, detail) {
    const all = (0,order_findings/* sortFindings */.Tc)(groups.flatMap((group) => group.findings));
    const expanded = new Set(detail === 'full' ? all.slice(0, limits/* COMMENT_EXPANDED_FINDINGS */.pW) : all);
    const visible = [];
    const foldedGroups = [];
    for (const group of groups) {
        const shown = group.findings.filter((finding) => expanded.has(finding));
        if (shown.length === 0) {
            foldedGroups.push(group);
            continue;
        }
        visible.push(renderGroup(group, shown, group.findings.filter((finding) => !expanded.has(finding)), detail));
    }
    if (foldedGroups.length > 0) {
        const findings = foldedGroups.flatMap((group) => group.findings);
        visible.push(folded(`${(0,severity/* pluralize */.td)(findings.length, 'more finding')} in ${(0,severity/* pluralize */.td)(foldedGroups.length, 'other file')} (${countsOf(findings)})`, foldedGroups.map((group) => renderGroup(group, group.findings, [], detail))));
    }
    return visible.join('\n\n');
}
function documentsReviewed(report) {
    return `${(0,severity/* pluralize */.td)(report.documents.length, 'document')} reviewed`;
}
function verdict(report, counts, files) {
    const suppressed = counts.suppressed > 0
        ? `; ${(0,severity/* pluralize */.td)(counts.suppressed, 'suppressed finding')} ${counts.suppressed === 1 ? 'is' : 'are'} not counted`
        : '';
    return `**${(0,severity/* formatPresentCounts */.TN)(counts)}** in ${(0,severity/* pluralize */.td)(files, 'file')} (${documentsReviewed(report)})${suppressed}.`;
}
function allClear(report, counts) {
    const head = (0,render_footer/* shortSha */.F)(report.pullRequest?.headSha);
    const at = head ? ` at ${(0,escape_markdown/* inlineCode */.ti)(head)}` : '';
    const lines = [
        report.documents.length > 0
            ? `✅ **All clear.** No open findings in the ${documentsReviewed(report)}${at}: everything reported earlier on this pull request is fixed.`
            : `✅ **All clear.** No ADR or model config is in scope${at}, so nothing is open: everything reported earlier on this pull request is resolved. The job summary lists the globs that were tried.`,
    ];
    if (counts.suppressed > 0) {
        lines.push('', `${(0,severity/* pluralize */.td)(counts.suppressed, 'finding')} ${counts.suppressed === 1 ? 'stays' : 'stay'} suppressed by a reasoned exception in the document (listed below).`);
    }
    return lines.join('\n');
}
function renderSuppressed(findings) {
    const suppressed = (0,order_findings/* sortFindings */.Tc)(findings.filter((finding) => !(0,report_counts/* isOpen */.nT)(finding)));
    if (suppressed.length === 0)
        return undefined;
    const shown = suppressed.slice(0, limits/* COMMENT_MAX_SUPPRESSED */.gE);
    const items = shown.map((finding) => {
        const until = finding.suppressed?.until ? ` until ${(0,escape_markdown/* escapeMarkdown */.FV)(finding.suppressed.until, { maxLength: 40 })}` : '';
        return `- ${severity/* SEVERITY_ICON */._9[finding.severity]} ${ruleLink(finding)} · ${(0,escape_markdown/* inlineCode */.ti)(finding.path)} line ${finding.line} — reason: "${(0,escape_markdown/* escapeMarkdown */.FV)(finding.suppressed?.reason ?? '')}"${until}`;
    });
    if (suppressed.length > shown.length) {
        items.push(`- … and ${(0,severity/* pluralize */.td)(suppressed.length - shown.length, 'more')}, listed in the job summary`);
    }
    return folded(`${(0,severity/* pluralize */.td)(suppressed.length, 'suppressed finding')}`, items);
}
function footer(report, opts) {
    return ['---', `<sub>${(0,render_footer/* renderProvenance */._)(report, opts.runUrl)}</sub>`].join('\n');
}
function whereTheRestIs(opts) {
    const summary = (0,escape_markdown/* markdownLink */.iQ)('job summary', opts.runUrl);
    return `The ${summary} of this run and the JSON report (the step's \`report\` output) have them all`;
}
function compactNote(opts) {
    return `> Evidence and remedies are left out to keep this comment under GitHub's ${limits/* MAX_COMMENT_CHARS */.VK.toLocaleString('en-US')}-character limit. ${whereTheRestIs(opts)}.`;
}
function overflowNote(hidden, opts) {
    const counts = (0,report_counts/* countOpen */.QJ)({ findings: [...hidden] });
    return `> **${(0,severity/* pluralize */.td)(hidden.length, 'more finding')} not shown** (${(0,severity/* formatPresentCounts */.TN)(counts)}): GitHub limits a comment to ${limits/* MAX_COMMENT_CHARS */.VK.toLocaleString('en-US')} characters. ${whereTheRestIs(opts)}.`;
}
const VERDICT_HEADING = "### The framework's verdict";
/**
 * The framework's verdict on the LLM decisions (signals, recommendation, agreement, quadrant chart):
 * in full detail within `VERDICT_MAX_CHARS` (under a third of the comment), or by signal names only
 * within `VERDICT_COMPACT_MAX_CHARS` when the comment must be compact.
 */
function frameworkVerdict(report, opts, detail) {
    return (0,render_verdict/* renderVerdict */.gM)(report, {
        heading: VERDICT_HEADING,
        detail,
        maxSize: detail === 'full' ? render_verdict/* VERDICT_MAX_CHARS */.LX : render_verdict/* VERDICT_COMPACT_MAX_CHARS */.B1,
        moreHint: `the ${(0,escape_markdown/* markdownLink */.iQ)('job summary', opts.runUrl)} of this run and the JSON report list them all`,
    });
}
function assemble(blocks) {
    return `${blocks.filter((block) => block !== undefined && block !== '').join('\n\n')}\n`;
}
/**
 * Last resort for huge reports: the most severe findings (across documents), one compact line each,
 * still grouped by document, as many as fit; the rest are counted by severity with a pointer to the
 * job summary and the JSON report.
 */
function renderWithinBudget(head, open, report, tail, opts) {
    const ranked = (0,order_findings/* sortFindings */.Tc)(open);
    const build = (shownCount) => {
        const sections = (0,order_findings/* groupByDocument */.QX)(ranked.slice(0, shownCount), report.documents).map((group) => `${groupHeading(group)}\n\n${group.findings.map((finding) => renderFinding(finding, 'compact')).join('\n')}`);
        const hidden = ranked.slice(shownCount);
        return assemble([...head, ...sections, hidden.length > 0 ? overflowNote(hidden, opts) : undefined, ...tail]);
    };
    // Lengths grow with the number shown: binary-search the largest count that fits.
    let low = 0;
    let high = ranked.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (build(mid).length <= limits/* MAX_COMMENT_CHARS */.VK)
            low = mid;
        else
            high = mid - 1;
    }
    return build(low);
}
/** Never reached with a sane report; a published report is untrusted, so the limit holds whatever it holds. */
function hardCap(text) {
    if (text.length <= limits/* MAX_COMMENT_CHARS */.VK)
        return text;
    const note = "\n\n> This comment was cut at GitHub's size limit; the job summary and the JSON report have everything.\n";
    const cut = text.slice(0, limits/* MAX_COMMENT_CHARS */.VK - note.length);
    return `${cut.slice(0, Math.max(cut.indexOf('\n'), cut.lastIndexOf('\n')))}${note}`;
}
/** The sticky PR summary comment; its first line is the hidden marker. Never longer than `MAX_COMMENT_CHARS`. */
function renderComment(report, opts = {}) {
    return hardCap(renderUncapped(report, opts));
}
function renderUncapped(report, opts) {
    const marker = checkMarker(opts.marker ?? COMMENT_MARKER);
    const counts = (0,report_counts/* countOpen */.QJ)(report);
    const open = report.findings.filter(report_counts/* isOpen */.nT);
    const suppressed = renderSuppressed(report.findings);
    const tail = [footer(report, opts)];
    if (open.length === 0) {
        return assemble([`${marker}\n${HEADING}`, allClear(report, counts), frameworkVerdict(report, opts, 'full'), suppressed, ...tail]);
    }
    const groups = (0,order_findings/* groupByDocument */.QX)(open, report.documents);
    const head = [`${marker}\n${HEADING}`, verdict(report, counts, groups.length)];
    const full = assemble([...head, frameworkVerdict(report, opts, 'full'), renderGroups(groups, 'full'), suppressed, ...tail]);
    if (full.length <= limits/* MAX_COMMENT_CHARS */.VK)
        return full;
    const compactHead = [...head, compactNote(opts), frameworkVerdict(report, opts, 'compact')];
    const compact = assemble([...compactHead, renderGroups(groups, 'compact'), suppressed, ...tail]);
    if (compact.length <= limits/* MAX_COMMENT_CHARS */.VK)
        return compact;
    return renderWithinBudget(compactHead, open, report, tail, opts);
}

;// CONCATENATED MODULE: ./src/report/render-review.ts
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






/** GitHub shows a review's comments on one page; more than this many makes the review unreadable. */
const MAX_INLINE_COMMENTS = 30;
/** One inline comment's body (a finding's message, evidence and remedy fit in far less). */
const MAX_INLINE_COMMENT_CHARS = 8000;
/** Evidence quotes shown in an inline comment. */
const MAX_INLINE_EVIDENCE = 3;
/** A multi-line comment spans at most this many lines; a wider span is commented on the finding's line alone. */
const MAX_INLINE_SPAN = 12;
/** The hidden first line of the review body. */
const REVIEW_MARKER = '<!-- llm-arch-lint:review -->';
const FINDING_MARKER = 'llm-arch-lint:finding';
/**
 * The key a finding is known by in comment markers: its fingerprint, limited to characters that cannot end
 * an HTML comment or break the marker (a published report is untrusted).
 */
function findingKey(fingerprint) {
    return (String(fingerprint)
        .replace(/[^A-Za-z0-9._:+=/-]/g, '_')
        .replace(/-{2,}/g, '-')
        .slice(0, 200) || '_');
}
function findingMarker(fingerprint, fixedIn) {
    return `<!-- ${FINDING_MARKER} ${findingKey(fingerprint)}${fixedIn ? ` fixed ${fixedIn}` : ''} -->`;
}
const MARKER_LINE = new RegExp(`^<!-- ${FINDING_MARKER} ([A-Za-z0-9._:+=/-]{1,200})( fixed(?: ([0-9a-f]{7,40}))?)? -->(?:\\r?\\n|$)`);
/** The marker at the start of a comment body, or undefined (a comment that merely quotes one does not count). */
function parseFindingMarker(body) {
    const m = MARKER_LINE.exec(body ?? '');
    if (!m?.[1])
        return undefined;
    return { key: m[1], ...(m[2] ? { fixedIn: m[3] ?? 'unknown' } : {}) };
}
/**
 * Where a finding goes in the diff: its line when that is a `+` line; with `startLine` when evidence in the
 * same file lies on the same `+` range (a multi-line comment). Undefined when the line is not one the PR adds
 * or modifies.
 */
function placeFinding(finding, changedLines) {
    if (!Object.prototype.hasOwnProperty.call(changedLines, finding.path))
        return undefined;
    const ranges = changedLines[finding.path] ?? [];
    const range = ranges.find(([start, end]) => Number.isInteger(finding.line) && finding.line >= start && finding.line <= end);
    if (!range)
        return undefined;
    // Evidence on the same `+` range and near the finding's line widens the comment to a span.
    const near = finding.evidence
        .filter((e) => e.path === finding.path && e.line >= range[0] && e.line <= range[1] && Math.abs(e.line - finding.line) < MAX_INLINE_SPAN)
        .map((e) => e.line);
    const start = Math.min(finding.line, ...near);
    const end = Math.max(finding.line, ...near);
    if (start < end && end - start < MAX_INLINE_SPAN)
        return { line: end, startLine: start };
    return { line: finding.line };
}
/**
 * Obvious one-line config edits. Only top-level keys of formats where they are top-level, so the replacement
 * line needs no indentation; the evidence must be the whole line.
 */
const SUGGESTIONS = [
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
function suggestionFor(finding, report) {
    if (!/\.ya?ml$/i.test(finding.path))
        return undefined;
    const format = report.documents.find((d) => d.path === finding.path)?.format;
    const text = finding.evidence.find((e) => e.path === finding.path && e.line === finding.line)?.text;
    if (!format || text === undefined)
        return undefined;
    const rule = SUGGESTIONS.find((s) => s.ruleId === finding.ruleId && s.formats.includes(format) && s.line.test(text));
    return rule ? { why: rule.why, replacement: rule.replacement } : undefined;
}
function render_review_ruleLink(finding) {
    return (0,escape_markdown/* markdownLink */.iQ)((0,escape_markdown/* inlineCode */.ti)(finding.ruleId, { maxLength: 100 }), finding.helpUri);
}
function evidenceItems(finding) {
    const shown = finding.evidence.slice(0, MAX_INLINE_EVIDENCE);
    const items = shown.map((e) => {
        const where = e.path === finding.path ? `line ${e.line}` : `${(0,escape_markdown/* inlineCode */.ti)(e.path)} line ${e.line}`;
        return `- ${where}: "${(0,escape_markdown/* escapeMarkdown */.FV)(e.text)}"`;
    });
    const more = finding.evidence.length - shown.length;
    if (more > 0)
        items.push(`- … and ${(0,severity/* pluralize */.td)(more, 'more quote')} in the summary comment and the report`);
    return items;
}
/** The body of one inline comment; its first line is the finding's marker. */
function renderInlineComment(finding, report) {
    const blocks = [
        `${findingMarker(finding.fingerprint)}\n${severity/* SEVERITY_ICON */._9[finding.severity]} **${(0,escape_markdown/* escapeMarkdown */.FV)(finding.title, { codeSpans: true, maxLength: 200 })}** · ${render_review_ruleLink(finding)} · ${finding.severity}`,
        (0,escape_markdown/* escapeMarkdown */.FV)(finding.message, { codeSpans: true, maxLength: limits/* MAX_MESSAGE_CHARS */.hP }),
    ];
    const evidence = evidenceItems(finding);
    if (evidence.length > 0)
        blocks.push(['Evidence:', ...evidence].join('\n'));
    const remedy = (0,escape_markdown/* escapeMarkdown */.FV)(finding.remedy, { codeSpans: true, maxLength: limits/* MAX_MESSAGE_CHARS */.hP });
    if (remedy)
        blocks.push(`**Remedy:** ${remedy}`);
    const suggestion = suggestionFor(finding, report);
    if (suggestion)
        blocks.push(`${suggestion.why}\n\n\`\`\`suggestion\n${suggestion.replacement}\n\`\`\``);
    const body = `${blocks.join('\n\n')}\n`;
    return body.length <= MAX_INLINE_COMMENT_CHARS ? body : `${body.slice(0, MAX_INLINE_COMMENT_CHARS - 2).replace(/\n[^\n]*$/, '')}\n…\n`;
}
/**
 * An earlier inline comment rewritten once its finding is gone: a "fixed in <short SHA>" line, and the
 * original comment folded below (its suggestion turned into a plain code block, so it can no longer be
 * applied).
 */
function renderFixedComment(existingBody, key, headSha) {
    const short = (0,render_footer/* shortSha */.F)(headSha);
    const original = existingBody
        .replace(/^<!--[^\n]*-->\r?\n?/, '')
        .replace(/^```suggestion\b.*$/gm, '```text')
        .trim();
    const head = [
        `<!-- ${FINDING_MARKER} ${findingKey(key)} fixed${short ? ` ${short}` : ''} -->`,
        `✅ **Fixed${short ? ` in ${(0,escape_markdown/* inlineCode */.ti)(short)}` : ''}.** This finding no longer appears in the pull request${short ? ' at that commit' : ''}.`,
    ].join('\n');
    const fold = (text) => `${head}\n\n<details>\n<summary>Original comment</summary>\n\n${text}\n\n</details>\n`;
    const full = fold(original);
    if (full.length <= limits/* MAX_COMMENT_CHARS */.VK)
        return full;
    return fold(`${original.slice(0, limits/* MAX_COMMENT_CHARS */.VK - head.length - 200)}\n…`);
}
function overflowLine(finding) {
    return `- ${severity/* SEVERITY_ICON */._9[finding.severity]} ${render_review_ruleLink(finding)} · ${(0,escape_markdown/* inlineCode */.ti)(finding.path)} line ${finding.line} — ${(0,escape_markdown/* escapeMarkdown */.FV)(finding.title, { codeSpans: true, maxLength: 200 })}`;
}
/** The review body: what the inline comments are, and the findings on changed lines beyond the cap. */
function renderReviewBody(report, inline, overflow) {
    const head = (0,render_footer/* shortSha */.F)(report.pullRequest?.headSha);
    const intro = `${REVIEW_MARKER}\n**llm-arch-lint** left ${(0,severity/* pluralize */.td)(inline.length, 'inline comment')} on lines this pull request changes${head ? ` (at ${(0,escape_markdown/* inlineCode */.ti)(head)})` : ''}: ${(0,severity/* formatPresentCounts */.TN)(countOf(inline))}. The summary comment lists every finding, including those on lines the pull request does not change.`;
    if (overflow.length === 0)
        return `${intro}\n`;
    const lead = `A review holds at most ${MAX_INLINE_COMMENTS} inline comments; ${(0,severity/* pluralize */.td)(overflow.length, 'more finding')} on changed lines (${(0,severity/* formatPresentCounts */.TN)(countOf(overflow))}) ${overflow.length === 1 ? 'is' : 'are'} listed here and will be commented inline on the next run:`;
    const reserve = 400;
    const lines = [];
    let size = intro.length + lead.length + reserve;
    for (const finding of overflow) {
        const line = overflowLine(finding);
        if (size + line.length + 1 > limits/* MAX_COMMENT_CHARS */.VK)
            break;
        lines.push(line);
        size += line.length + 1;
    }
    const rest = overflow.slice(lines.length);
    if (rest.length > 0) {
        lines.push(`- … and ${(0,severity/* pluralize */.td)(rest.length, 'more finding')} (${(0,severity/* formatPresentCounts */.TN)(countOf(rest))}): the job summary and the JSON report list them all.`);
    }
    return `${intro}\n\n${lead}\n\n${lines.join('\n')}\n`;
}
function countOf(findings) {
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
function planReview(report, existing) {
    const plan = { comments: [], overflow: [], fixed: [], alreadyCommented: 0, offDiff: 0 };
    const pr = report.pullRequest;
    if (!pr)
        return plan;
    const open = (0,order_findings/* sortFindings */.Tc)(report.findings.filter(report_counts/* isOpen */.nT));
    const commented = new Set(existing.map((c) => c.key));
    const planned = new Set();
    const placeable = [];
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
        const comment = {
            path: finding.path,
            line: suggestion ? finding.line : place.line,
            side: 'RIGHT',
            ...(place.startLine !== undefined && !suggestion ? { start_line: place.startLine, start_side: 'RIGHT' } : {}),
            body: renderInlineComment(finding, report),
        };
        placeable.push({ finding, comment });
    }
    plan.comments = placeable.slice(0, MAX_INLINE_COMMENTS);
    plan.overflow = placeable.slice(MAX_INLINE_COMMENTS).map((p) => p.finding);
    if (plan.comments.length > 0) {
        plan.body = renderReviewBody(report, plan.comments.map((c) => c.finding), plan.overflow);
    }
    const openKeys = new Set(open.map((f) => findingKey(f.fingerprint)));
    for (const comment of existing) {
        if (comment.fixedIn || openKeys.has(comment.key))
            continue;
        plan.fixed.push({ id: comment.id, key: comment.key, body: renderFixedComment(comment.body, comment.key, pr.headSha) });
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/action/publish-to-pull-request.ts
/**
 * Everything the action posts on a pull request, rendered from the report alone (the same code serves
 * `mode: full` and `mode: publish`, so both post exactly the same):
 *
 * 1. the sticky summary comment (`comment: true`);
 * 2. one review with the new inline comments (`review: true`), and the edits that mark fixed the earlier
 *    inline comments whose finding is gone.
 *
 * Nothing here decides the step's result. A 403 that is GitHub refusing the token (a fork PR's read-only
 * token) stops all further writes and is reported once; other failures are collected for the caller.
 */









const describeError = (error) => {
    const status = (0,types/* httpStatus */.n)(error);
    const message = error instanceof Error ? error.message : String(error);
    return status ? `HTTP ${status}: ${message}` : message;
};
/** Our own inline comments: written by a bot (or by the identity of a personal access token), starting with a finding marker. */
async function ownInlineComments(comments, tokenLogin) {
    const marked = comments
        .filter((c) => c.inReplyTo === undefined && c.user)
        .map((c) => ({ c, marker: parseFindingMarker(c.body) }))
        .filter((x) => x.marker !== undefined);
    const needLogin = marked.some(({ c }) => c.user?.type !== 'Bot');
    const login = needLogin ? (await tokenLogin())?.toLowerCase() : undefined;
    return marked
        .filter(({ c }) => c.user?.type === 'Bot' || (login !== undefined && c.user?.login.toLowerCase() === login))
        .map(({ c, marker }) => ({ id: c.id, body: c.body, key: marker.key, ...(marker.fixedIn ? { fixedIn: marker.fixedIn } : {}) }));
}
async function publishToPullRequest(octokit, report, opts) {
    const result = { commentUrl: '', permissionDenied: false, failures: [], review: undefined };
    const { owner, repo, pullNumber } = opts;
    let login;
    const tokenLogin = () => (login ??= getTokenLogin(octokit, opts.token));
    /** Runs one write step; false when the token was refused (stop everything). */
    const attempt = async (what, step) => {
        try {
            await step();
            return true;
        }
        catch (error) {
            if ((0,types/* isPermissionDenied */.T)(error)) {
                result.permissionDenied = true;
                return false;
            }
            result.failures.push(`${what} (${describeError(error)})`);
            return true;
        }
    };
    if (opts.comment) {
        const ok = await attempt('post the summary comment', async () => {
            const sticky = await upsertStickyComment(octokit, {
                owner,
                repo,
                issueNumber: pullNumber,
                marker: COMMENT_MARKER,
                body: renderComment(report, opts.runUrl ? { runUrl: opts.runUrl } : {}),
                hasFindings: (0,report_counts/* countOpen */.QJ)(report).findings > 0,
                tokenLogin,
            });
            if (sticky.action === 'none')
                opts.info('No findings and no earlier summary comment: no comment posted');
            else
                opts.info(`Summary comment ${sticky.action}: ${sticky.url}`);
            result.commentUrl = sticky.url;
        });
        if (!ok)
            return result;
    }
    if (opts.review && report.pullRequest) {
        let existing;
        const ok = await attempt('read the inline review comments', async () => {
            existing = await ownInlineComments(await listReviewComments(octokit, { owner, repo, pullNumber }), tokenLogin);
        });
        if (!ok || !existing)
            return result;
        const plan = planReview(report, existing);
        result.review = {
            comments: plan.comments.length,
            overflow: plan.overflow.length,
            fixed: 0,
            alreadyCommented: plan.alreadyCommented,
            offDiff: plan.offDiff,
        };
        if (plan.body && plan.comments.length > 0) {
            const body = plan.body;
            const posted = await attempt(`post the review with ${plan.comments.length} inline comment(s)`, async () => {
                const review = await createReview(octokit, {
                    owner,
                    repo,
                    pullNumber,
                    commitId: report.pullRequest?.headSha,
                    body,
                    comments: plan.comments.map((c) => c.comment),
                });
                opts.info(`Review posted with ${plan.comments.length} inline comment(s)${plan.overflow.length ? ` (${plan.overflow.length} more listed in its body)` : ''}: ${review.url}`);
            });
            if (!posted)
                return result;
        }
        else {
            opts.info(`No new inline comment: ${plan.alreadyCommented} finding(s) on changed lines already commented, ${plan.offDiff} elsewhere (in the summary comment)`);
        }
        for (const fixed of plan.fixed) {
            let done = false;
            const ok = await attempt(`mark the inline comment ${fixed.id} fixed`, async () => {
                await updateReviewComment(octokit, { owner, repo, commentId: fixed.id, body: fixed.body });
                done = true;
            });
            if (!ok)
                return result;
            if (done)
                result.review.fixed += 1;
        }
        if (plan.fixed.length > 0)
            opts.info(`Marked ${result.review.fixed} earlier inline comment(s) fixed`);
    }
    return result;
}


/***/ }),

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// UNUSED EXPORTS: refuseReport

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(3246);
;// CONCATENATED MODULE: ./src/github/get-pull-request.ts
async function getPullRequest(octokit, { owner, repo, pullNumber }) {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });
    return {
        number: data.number,
        state: data.state,
        headSha: data.head.sha,
        baseRepository: data.base.repo.full_name,
        ...(typeof data.changed_files === 'number' ? { changedFiles: data.changed_files } : {}),
    };
}

// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
// EXTERNAL MODULE: ./src/report/render-summary.ts
var render_summary = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/report/report-counts.ts
var report_counts = __webpack_require__(2615);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/action/publish-to-pull-request.ts + 7 modules
var publish_to_pull_request = __webpack_require__(8859);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/policy/embedded-assets.ts
var embedded_assets = __webpack_require__(974);
;// CONCATENATED MODULE: ./src/report/validate-report.ts
/**
 * A JSON report checked against policies/schema/report.schema.json (embedded): used by `mode: publish` and by the
 * CLI's `--merge`, which both read reports they did not write. Pure.
 */



/** A report file larger than this is refused. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
let validator;
/** The schema violations of `value` (`/findings/0/severity must be equal to one of the allowed values`); empty when valid. */
function reportSchemaErrors(value) {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false });
        dist_default()["default"](ajv);
        validator = ajv.compile(embedded_assets/* SCHEMAS */.H['report']);
    }
    if (validator(value))
        return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}
/** The first few violations in one line, for an error message. */
function formatSchemaErrors(errors, shown = 5) {
    return `${errors.slice(0, shown).join('; ')}${errors.length > shown ? ` (and ${errors.length - shown} more)` : ''}`;
}

// EXTERNAL MODULE: ./src/action/report-error.ts
var report_error = __webpack_require__(1389);
;// CONCATENATED MODULE: ./src/action/read-report.ts
/**
 * `mode: publish` reads a report written by an `analyze` run: untrusted input (a fork's pull_request workflow
 * can write anything into it). It is size-limited, parsed, validated against policies/schema/report.schema.json
 * (embedded), and capped (list lengths, string lengths); counts are recomputed from the findings. Every
 * renderer escapes all text again when it renders.
 */





/** Caps applied to a published report (beyond them, entries are dropped and a note says so). */
const REPORT_CAPS = {
    findings: 20000,
    evidence: 20,
    documents: 10000,
    signals: 100,
    facts: 200,
    notes: 500,
    rules: 1000,
    sources: 100,
    changedFiles: 3000,
    rangesPerFile: 5000,
    stringChars: 10000,
};
function capString(value) {
    return value.length > REPORT_CAPS.stringChars ? `${value.slice(0, REPORT_CAPS.stringChars - 1)}…` : value;
}
/** Every string in `value` cut to `REPORT_CAPS.stringChars` (depth-limited: facts are free-form). */
function capStrings(value, depth = 0) {
    if (typeof value === 'string')
        return capString(value);
    if (depth > 8 || value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((v) => capStrings(v, depth + 1));
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[capString(k)] = capStrings(v, depth + 1);
    return out;
}
/** The report with every list and string within `REPORT_CAPS`, and its summary recomputed. */
function capReport(input) {
    const report = capStrings(input);
    const notes = [];
    const cut = (list, max, what) => {
        if (list.length <= max)
            return list;
        notes.push(`The published report had ${list.length} ${what}; the first ${max} are shown.`);
        return list.slice(0, max);
    };
    report.findings = cut(report.findings, REPORT_CAPS.findings, 'findings').map((f) => ({
        ...f,
        evidence: f.evidence.slice(0, REPORT_CAPS.evidence),
    }));
    report.documents = cut(report.documents, REPORT_CAPS.documents, 'documents').map((d) => ({
        ...d,
        facts: Object.fromEntries(Object.entries(d.facts).slice(0, REPORT_CAPS.facts)),
        signals: d.signals.slice(0, REPORT_CAPS.signals),
    }));
    report.policy = {
        sources: report.policy.sources.slice(0, REPORT_CAPS.sources),
        rules: report.policy.rules.slice(0, REPORT_CAPS.rules),
    };
    if (report.pullRequest) {
        const files = Object.entries(report.pullRequest.changedLines).slice(0, REPORT_CAPS.changedFiles);
        report.pullRequest.changedLines = Object.fromEntries(files.map(([path, ranges]) => [path, ranges.slice(0, REPORT_CAPS.rangesPerFile)]));
    }
    report.notes = [...report.notes.slice(0, REPORT_CAPS.notes), ...notes];
    report.summary = (0,report_counts/* summarize */.eh)(report.findings, report.documents);
    return report;
}
/** Reads, validates and caps a report file; a ReportError says what is wrong with it. */
async function readUntrustedReport(file) {
    let stat;
    try {
        stat = await promises_default().stat(file);
    }
    catch (error) {
        throw new report_error/* ReportError */.$(`cannot read the report ${file}: ${error.code === 'ENOENT' ? 'no such file' : String(error)}`);
    }
    if (!stat.isFile())
        throw new report_error/* ReportError */.$(`the report ${file} is not a file`);
    if (stat.size > MAX_REPORT_BYTES)
        throw new report_error/* ReportError */.$(`the report ${file} is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
    let data;
    try {
        data = JSON.parse(await promises_default().readFile(file, 'utf8'));
    }
    catch (error) {
        throw new report_error/* ReportError */.$(`the report ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const errors = reportSchemaErrors(data);
    if (errors.length > 0)
        throw new report_error/* ReportError */.$(`the report ${file} does not match the report schema: ${formatSchemaErrors(errors)}`);
    return capReport(data);
}

// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/write-files.ts + 3 modules
var write_files = __webpack_require__(1928);
;// CONCATENATED MODULE: ./src/action/run-publish.ts
/**
 * `mode: publish` (SPEC §3): in a `workflow_run` workflow, which has a write token, post what an `analyze` run
 * of a (fork) pull request found, exactly as `mode: full` would: summary comment, review, fixed marks.
 *
 * The report is untrusted (a fork's workflow can write anything into it): it is size-limited, validated
 * against the report schema and capped (src/action/read-report.ts), and every renderer escapes it again. It is
 * refused — one warning, nothing posted, the step passes — when its repository is not this one, or its head
 * SHA is not the head of the triggering workflow run or the pull request's current head (GET the pull request).
 * The step fails only when the report cannot be read or GitHub refuses what is posted (after retries).
 */










/** Why a report must not be published here, or undefined when it may be (before the pull request is asked). */
function refuseReport(report, repository, workflowRunHeadSha) {
    const pr = report.pullRequest;
    if (!pr)
        return 'it names no pull request (it was not written by a pull_request run)';
    if (report.repository !== repository || pr.repository !== repository) {
        return `it is about ${JSON.stringify(pr.repository === report.repository ? pr.repository : `${report.repository}, ${pr.repository}`).slice(0, 200)}, not ${repository}`;
    }
    if (workflowRunHeadSha !== undefined && pr.headSha !== workflowRunHeadSha) {
        return `its head commit ${JSON.stringify(pr.headSha.slice(0, 40))} is not the head ${workflowRunHeadSha.slice(0, 7)} of the workflow run that triggered this one`;
    }
    return undefined;
}
async function runPublish(inputs, outputs, ctx) {
    const file = (0,write_files/* reportPath */.eG)(inputs.reportFile, ctx.workspace);
    const report = await readUntrustedReport(file);
    outputs.report = file;
    (0,run_context/* setCountOutputs */.gx)(outputs, report);
    const counts = (0,report_counts/* countOpen */.QJ)(report);
    core/* info */.pq(`Report ${file}: ${report.documents.length} document(s), ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.notices} notice(s), ${counts.suppressed} suppressed`);
    const workflowRun = ctx.event.name === 'workflow_run' ? (0,action_event/* workflowRunOf */.ol)(ctx.event.payload) : undefined;
    if (ctx.event.name === 'workflow_run' && !workflowRun) {
        core/* warning */.$e('llm-arch-lint did not publish the report: the workflow_run event has no run and head SHA to check it against.');
        return;
    }
    if (!workflowRun) {
        core/* info */.pq(`mode: publish under ${ctx.event.name || 'an unknown event'}: only the pull request's current head is checked (use a workflow_run trigger)`);
    }
    const refusal = refuseReport(report, ctx.repository, workflowRun?.headSha);
    const refuse = (why) => core/* warning */.$e(`llm-arch-lint did not publish the report ${file}: ${why}. Nothing was posted.`);
    if (refusal) {
        refuse(refusal);
        return;
    }
    const pr = report.pullRequest;
    const api = await (0,run_context/* apiClient */.uE)(inputs.token);
    let current;
    try {
        current = await getPullRequest(api, { owner: ctx.owner, repo: ctx.repo, pullNumber: pr.number });
    }
    catch (error) {
        if ((0,types/* httpStatus */.n)(error) === 404) {
            refuse(`pull request #${pr.number} does not exist in ${ctx.repository}`);
            return;
        }
        throw error;
    }
    if (current.baseRepository.toLowerCase() !== ctx.repository.toLowerCase()) {
        refuse(`pull request #${pr.number} belongs to ${current.baseRepository}`);
        return;
    }
    if (current.headSha !== pr.headSha) {
        refuse(`pull request #${pr.number} has moved on to ${current.headSha.slice(0, 7)} since the analysed commit ${pr.headSha.slice(0, 7)} (the run for the new head publishes its own report)`);
        return;
    }
    if (inputs.sarifFile)
        outputs.sarif = await (0,write_files/* writeSarif */.lg)(report, inputs.sarifFile, ctx.workspace);
    const runUrl = (0,action_event/* runUrlOf */.Qm)(ctx.repository, workflowRun?.id ?? process.env.GITHUB_RUN_ID);
    await (0,write_files/* writeSummary */.Sy)((0,render_summary/* renderJobSummary */.q)(report, runUrl ? { runUrl } : {}));
    if (!inputs.comment && !inputs.review) {
        core/* info */.pq('comment: false and review: false: nothing to publish');
        return;
    }
    const published = await (0,publish_to_pull_request.publishToPullRequest)(api, report, {
        owner: ctx.owner,
        repo: ctx.repo,
        pullNumber: pr.number,
        token: inputs.token,
        comment: inputs.comment,
        review: inputs.review,
        ...(runUrl ? { runUrl } : {}),
        info: (message) => core/* info */.pq(message),
    });
    outputs['comment-url'] = published.commentUrl;
    if (published.permissionDenied) {
        core/* setFailed */.C1('llm-arch-lint: GitHub refused the token (HTTP 403): the publishing workflow needs `permissions: pull-requests: write` (and must run on workflow_run, not on the fork pull request itself).');
        return;
    }
    if (published.failures.length > 0)
        core/* setFailed */.C1(`llm-arch-lint could not ${published.failures.join('; ')}`);
}


/***/ })

};
