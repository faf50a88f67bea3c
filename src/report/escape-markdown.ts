/**
 * Untrusted text (everything a pull request can write: ADR prose, paths, titles, messages that quote
 * evidence, and in `mode: publish` the whole report) made safe inside a GitHub comment or job summary.
 *
 * What it defends against, and how:
 * - @-mentions and team mentions pinging people: a zero-width space after `@` (as Dependabot does);
 *   `#123` issue references are left alone.
 * - raw HTML (`<img onerror>`, `<details>`/`</details>` breakouts, a forged sticky-comment marker
 *   `<!-- llm-arch-lint:summary -->`): `<`, `>` and `&` become entities.
 * - Markdown link, image, footnote and reference injection: `[` and `]` are escaped (`![x](y)` and
 *   `[x](javascript:…)` then stay text), autolinks die with `<`.
 * - formatting that escapes its slot: emphasis, strike-through, table pipes, backslashes, and block
 *   starts (`# `, `- `, `1.`) are escaped; newlines collapse into one space, so a quote stays one line.
 * - backticks breaking inline code: unmatched backticks are escaped; `inlineCode` picks a fence
 *   longer than any backtick run in the text.
 * - control characters and bidirectional overrides (Trojan Source) are removed.
 * - very long lines are cut with an ellipsis.
 */
import { MAX_QUOTE_CHARS } from './limits.js';

export interface EscapeOptions {
  /** Cut the text to this many characters (code points) with `…`. Default `MAX_QUOTE_CHARS` (300). */
  maxLength?: number;
  /**
   * Keep balanced inline code spans (`` `like this` ``) as code: their content is literal Markdown,
   * so nothing inside can mention, link or inject HTML. Default false: every backtick is shown as-is.
   */
  codeSpans?: boolean;
  /** The text goes in a GFM table cell: escape `|` inside code spans too. */
  table?: boolean;
}

// C0/C1 controls (newlines and tabs are whitespace, handled by the collapse), and bidi controls.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes control and bidi characters and collapses all whitespace (newlines included) into single spaces. */
export function sanitizeText(text: string): string {
  return String(text).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` code points, ending with `…` when cut (never splits a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** The zero-width space inserted after `@`: the text still reads as `@octocat`, nobody is pinged. */
export const MENTION_BREAK = '\u200B';

/** `@user` and `@org/team` no longer notify anyone; e-mail addresses (`a@b.com`) are left alone. */
export function neutralizeMentions(text: string): string {
  return text.replace(/(^|\W)@(?=[A-Za-z0-9])/g, `$1@${MENTION_BREAK}`);
}

/** HTML-escapes text for raw HTML contexts (`<summary>`), where Markdown is not parsed. */
export function escapeHtml(text: string, maxLength = MAX_QUOTE_CHARS): string {
  return neutralizeMentions(truncate(sanitizeText(text), maxLength))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const MARKDOWN_PUNCTUATION = /[\\`*_~[\]|]/;

function escapePlain(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (MARKDOWN_PUNCTUATION.test(char)) out += `\\${char}`;
    else out += char;
  }
  return out;
}

/** Splits text into plain runs and balanced code spans, with CommonMark's rule: a run of n backticks closes at the next run of exactly n. */
function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    let runEnd = i;
    while (text[runEnd] === '`') runEnd += 1;
    const fence = runEnd - i;
    let closer = -1;
    let j = runEnd;
    while (j < text.length) {
      if (text[j] !== '`') {
        j += 1;
        continue;
      }
      let k = j;
      while (text[k] === '`') k += 1;
      if (k - j === fence) {
        closer = j;
        break;
      }
      j = k;
    }
    if (closer === -1) {
      i = runEnd; // unmatched run: stays plain, each backtick escaped
      continue;
    }
    if (i > plainStart) parts.push({ code: false, text: text.slice(plainStart, i) });
    parts.push({ code: true, text: text.slice(i, closer + fence) });
    i = closer + fence;
    plainStart = i;
  }
  if (plainStart < text.length) parts.push({ code: false, text: text.slice(plainStart) });
  return parts;
}

/** Escapes a construct that would only mean something at the start of a line (heading, list, rule). */
function escapeLineStart(text: string): string {
  if (/^(?:#{1,6}(?: |$)|[-+](?: |$)|[-=]+ *$)/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

/**
 * Makes untrusted text safe and single-line inside Markdown: collapses whitespace, cuts long text,
 * neutralises mentions, escapes HTML and Markdown (keeping balanced code spans when `codeSpans`).
 */
export function escapeMarkdown(text: string, opts: EscapeOptions = {}): string {
  const clean = truncate(sanitizeText(text), opts.maxLength ?? MAX_QUOTE_CHARS);
  const parts = opts.codeSpans ? splitCodeSpans(clean) : [{ code: false, text: clean }];
  const escaped = parts
    .map((part) => {
      if (!part.code) return escapePlain(neutralizeMentions(part.text));
      return opts.table ? part.text.replace(/\|/g, '\\|') : part.text;
    })
    .join('');
  return escapeLineStart(escaped);
}

/**
 * Untrusted text as one inline code span, whatever backticks it holds: the fence is one backtick
 * longer than the longest run inside, padded with spaces when the text starts or ends with one.
 */
export function inlineCode(text: string, opts: Omit<EscapeOptions, 'codeSpans'> = {}): string {
  let clean = truncate(sanitizeText(text), opts.maxLength ?? MAX_QUOTE_CHARS);
  if (clean === '') return '` `';
  if (opts.table) clean = clean.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A URL safe to put in a Markdown link destination: only `https:` and `http:` (never `javascript:`,
 * `data:`, …), no credentials, parentheses and spaces encoded. `undefined` when not safe.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const candidate = sanitizeText(url);
  if (candidate.length > 2000) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** `[text](url)` when the URL is safe, else just the text. `text` must already be escaped Markdown. */
export function markdownLink(escapedText: string, url: string | undefined): string {
  const href = safeUrl(url);
  return href ? `[${escapedText}](${href})` : escapedText;
}
