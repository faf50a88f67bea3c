/**
 * The block structure of plain Markdown without markdown-it's block parser, or undefined when the text has
 * anything this reader does not handle exactly as markdown-it 15 (options: html on) does.
 *
 * Most decision records are headings, paragraphs, one level of list items, HTML comments and fenced code,
 * and markdown-it's block parse of them (a state object with five arrays per line, a token per open and
 * close, terminator rules tried line by line) cost more than the rest of reading a record. This reader
 * walks the lines once and gives, for each block markdown-it would make an `inline`, `fence` or
 * `html_block` token of, the same content and first line. It declines (and markdown-it parses) on tabs,
 * carriage returns and NULs anywhere; on `|` (tables), `>` (block quotes), reference definitions,
 * setext underlines and thematic breaks, indented code, HTML blocks other than comments, empty list
 * items, and any block inside a list item other than paragraphs (nested lists, headings, code). The
 * test in __tests__/parse/simple-markdown.test.ts holds the result equal to markdown-it's on every text
 * it accepts, generated and real.
 */

export interface SimpleBlock {
  type: 'inline' | 'fence' | 'html';
  /** As markdown-it's token `content`. */
  content: string;
  /** 0-based first line (markdown-it's `map[0]`). */
  line: number;
  /** Heading level, 0 outside headings. */
  heading: number;
  /** Inside a list item. */
  inList: boolean;
}

const SPACE = 32;
const HASH = 35;
const BACKTICK = 96;
const TILDE = 126;
const LT = 60;
const GT = 62;
const PIPE = 124;
const BRACKET = 91;
const DASH = 45;
const STAR = 42;
const PLUS = 43;
const UNDERSCORE = 95;
const EQUALS = 61;

/** What a line (from its first non-space character) would start, as far as this reader can tell. */
const enum Start {
  Paragraph,
  Heading,
  Fence,
  Comment,
  Bullet,
  Ordered,
  /** Something this reader does not handle: the whole text goes to markdown-it. */
  Unknown,
}

class Lines {
  /** Start offset, end offset (the `\n` or the text's end) and leading spaces of each line. */
  readonly begin: number[] = [];
  readonly end: number[] = [];
  readonly indent: number[] = [];

  constructor(readonly src: string) {
    const len = src.length;
    let pos = 0;
    while (pos < len) {
      let first = pos;
      while (first < len && src.charCodeAt(first) === SPACE) first++;
      let nl = src.indexOf('\n', first);
      if (nl === -1) {
        if (first === len) break; // markdown-it has no line for trailing spaces after the last line break
        nl = len;
      }
      this.begin.push(pos);
      this.end.push(nl);
      this.indent.push(first - pos);
      pos = nl + 1;
    }
  }

  /** The first `|` at or after the last offset asked about (text is asked about in order). */
  private pipe = -2;

  hasPipe(from: number, end: number): boolean {
    if (this.pipe !== -1 && this.pipe < from) this.pipe = this.src.indexOf('|', from);
    return this.pipe !== -1 && this.pipe < end;
  }

  get count(): number {
    return this.begin.length;
  }

  blank(line: number): boolean {
    return this.begin[line]! + this.indent[line]! >= this.end[line]!;
  }

  /** Offset of the line's first non-space character. */
  first(line: number): number {
    return this.begin[line]! + this.indent[line]!;
  }
}

/** Blocks, or undefined to leave the text to markdown-it. */
export function readSimpleMarkdown(src: string): SimpleBlock[] | undefined {
  if (src.indexOf('\t') !== -1 || src.indexOf('\r') !== -1 || src.indexOf('\0') !== -1) return undefined;
  const lines = new Lines(src);
  const out: SimpleBlock[] = [];
  const n = lines.count;
  /** Content column of the open list item, or -1 outside lists. */
  let item = -1;
  let line = 0;
  while (line < n) {
    if (lines.blank(line)) {
      line++;
      continue;
    }
    const s = lines.indent[line]!;
    const at = lines.first(line);
    if (item >= 0) {
      if (s >= item) {
        // A further block of the open item (after a blank line): only a plain paragraph is handled.
        if (s - item >= 4 || !plainParagraph(src, at, lines.end[line]!)) return undefined;
        const next = paragraph(lines, line, item, at, out);
        if (next < 0) return undefined;
        line = next;
        continue;
      }
      item = -1;
    }
    if (s >= 4) return undefined; // indented code
    const end = lines.end[line]!;
    switch (lineStart(src, at, end)) {
      case Start.Unknown:
        return undefined;
      case Start.Heading:
        out.push(heading(src, line, at, end));
        line++;
        break;
      case Start.Fence:
        line = fence(lines, line, out);
        break;
      case Start.Comment:
        line = comment(lines, line, out);
        break;
      case Start.Bullet:
      case Start.Ordered: {
        const marker = markerEnd(src, at, end);
        let content = marker;
        while (content < end && src.charCodeAt(content) === SPACE) content++;
        const spaces = content - marker;
        if (content >= end || spaces > 4) return undefined; // an empty item, or indented code inside one
        if (!plainParagraph(src, content, end)) return undefined;
        item = s + (marker - at) + spaces;
        const next = paragraph(lines, line, item, content, out);
        if (next < 0) return undefined;
        line = next;
        break;
      }
      case Start.Paragraph: {
        if (!plainParagraph(src, at, end)) return undefined;
        const next = paragraph(lines, line, 0, at, out);
        if (next < 0) return undefined;
        line = next;
        break;
      }
    }
  }
  return out;
}

/** A paragraph starts at `at`, and not a reference definition (`[label]: …`), which only markdown-it reads. */
function plainParagraph(src: string, at: number, end: number): boolean {
  return lineStart(src, at, end) === Start.Paragraph && src.charCodeAt(at) !== BRACKET;
}

/**
 * A paragraph from `line` (its text from `from`), inside blocks indented by `indent` (a list item's content
 * column; 0 outside lists): its lines run to a blank line or a line that starts another block. Returns the
 * line after it, or -1 to decline.
 */
function paragraph(lines: Lines, line: number, indent: number, from: number, out: SimpleBlock[]): number {
  const src = lines.src;
  const inList = indent > 0;
  if (lines.hasPipe(from, lines.end[line]!)) return -1;
  let next = line + 1;
  for (; next < lines.count && !lines.blank(next); next++) {
    const s = lines.indent[next]!;
    const at = lines.first(next);
    const end = lines.end[next]!;
    if (lines.hasPipe(at, end)) return -1;
    if (s - indent > 3) continue; // indented more: a continuation whatever it holds
    const kind = lineStart(src, at, end);
    if (kind === Start.Paragraph) continue;
    if (kind === Start.Unknown) return -1;
    // Outside lists, a list interrupts a paragraph only with content, and an ordered one only from 1. In an
    // item, any marker ends the paragraph; the caller declines what follows unless it is a next item with content.
    if (!inList && (kind === Start.Bullet || kind === Start.Ordered) && !canInterrupt(src, kind, at, end)) continue;
    break;
  }
  out.push({ type: 'inline', content: asciiTrim(linesText(lines, line, next, indent, from)), line, heading: 0, inList });
  return next;
}

/** The text of lines [begin, end) without their last line break, each line's indentation up to `indent` removed. */
function linesText(lines: Lines, begin: number, end: number, indent: number, from: number): string {
  const src = lines.src;
  if (indent === 0) return src.slice(from, lines.end[end - 1]!);
  let text = src.slice(from, lines.end[begin]!);
  for (let l = begin + 1; l < end; l++) text += `\n${src.slice(lines.begin[l]! + Math.min(lines.indent[l]!, indent), lines.end[l]!)}`;
  return text;
}

function heading(src: string, line: number, at: number, end: number): SimpleBlock {
  let pos = at;
  while (pos < end && src.charCodeAt(pos) === HASH) pos++;
  const level = pos - at;
  // Trailing spaces, then a closing run of `#` when a space precedes it.
  let max = end;
  while (max > pos && src.charCodeAt(max - 1) === SPACE) max--;
  let tmp = max;
  while (tmp > pos && src.charCodeAt(tmp - 1) === HASH) tmp--;
  if (tmp > pos && src.charCodeAt(tmp - 1) === SPACE) max = tmp;
  return { type: 'inline', content: asciiTrim(src.slice(pos, max)), line, heading: level, inList: false };
}

function fence(lines: Lines, line: number, out: SimpleBlock[]): number {
  const src = lines.src;
  const at = lines.first(line);
  const marker = src.charCodeAt(at);
  let pos = at;
  while (pos < lines.end[line]! && src.charCodeAt(pos) === marker) pos++;
  const len = pos - at;
  let next = line + 1;
  let closed = false;
  for (; next < lines.count; next++) {
    const first = lines.first(next);
    const end = lines.end[next]!;
    if (src.charCodeAt(first) !== marker || lines.indent[next]! >= 4) continue;
    let p = first;
    while (p < end && src.charCodeAt(p) === marker) p++;
    if (p - first < len) continue;
    while (p < end && src.charCodeAt(p) === SPACE) p++;
    if (p < end) continue;
    closed = true;
    break;
  }
  // Content lines keep their line breaks and lose up to the opening fence's indentation.
  const strip = lines.indent[line]!;
  let content = '';
  for (let l = line + 1; l < next; l++) content += src.slice(lines.begin[l]! + Math.min(lines.indent[l]!, strip), lines.end[l]! + 1);
  out.push({ type: 'fence', content, line, heading: 0, inList: false });
  return closed ? next + 1 : next;
}

function comment(lines: Lines, line: number, out: SimpleBlock[]): number {
  const src = lines.src;
  // The block ends after the line holding `-->` (`<!-->` counts: markdown-it looks from the `<`), or at the end.
  const close = src.indexOf('-->', lines.begin[line]!);
  let last = line;
  if (close === -1) last = lines.count - 1;
  else while (lines.end[last]! < close) last++;
  out.push({ type: 'html', content: src.slice(lines.begin[line]!, lines.end[last]! + 1), line, heading: 0, inList: false });
  return last + 1;
}

/** What the line from `at` (its first non-space character, indented at most 3) starts. */
function lineStart(src: string, at: number, end: number): Start {
  const ch = src.charCodeAt(at);
  switch (ch) {
    case HASH: {
      let pos = at;
      while (pos < end && src.charCodeAt(pos) === HASH) pos++;
      if (pos - at > 6 || (pos < end && src.charCodeAt(pos) !== SPACE)) return Start.Paragraph;
      return Start.Heading;
    }
    case BACKTICK:
    case TILDE: {
      let pos = at;
      while (pos < end && src.charCodeAt(pos) === ch) pos++;
      if (pos - at < 3) return Start.Paragraph;
      if (ch === BACKTICK) for (let p = pos; p < end; p++) if (src.charCodeAt(p) === BACKTICK) return Start.Paragraph;
      return Start.Fence;
    }
    case LT:
      return src.startsWith('<!--', at) ? Start.Comment : Start.Unknown;
    case GT:
    case PIPE:
      return Start.Unknown;
    case EQUALS:
      return underline(src, at, end, EQUALS) ? Start.Unknown : Start.Paragraph;
    case DASH:
    case STAR:
    case UNDERSCORE:
    case PLUS:
      if (ch !== PLUS && (thematicBreak(src, at, end, ch) || (ch === DASH && underline(src, at, end, DASH)))) return Start.Unknown;
      if (ch === UNDERSCORE) return Start.Paragraph;
      return at + 1 >= end || src.charCodeAt(at + 1) === SPACE ? Start.Bullet : Start.Paragraph;
    default:
      if (ch >= 48 && ch <= 57) return markerEnd(src, at, end) > at ? Start.Ordered : Start.Paragraph;
      return Start.Paragraph;
  }
}

/** The offset after a list marker starting at `at` (`-`, `*`, `+`, or up to 9 digits and `.` or `)`), or `at`. */
function markerEnd(src: string, at: number, end: number): number {
  const ch = src.charCodeAt(at);
  if (ch === DASH || ch === STAR || ch === PLUS) return at + 1;
  let pos = at;
  while (pos < end && pos - at < 10) {
    const c = src.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    pos++;
  }
  if (pos === at || pos - at > 9 || pos >= end) return at;
  const delim = src.charCodeAt(pos);
  if (delim !== 46 && delim !== 41) return at;
  pos++;
  if (pos < end && src.charCodeAt(pos) !== SPACE) return at;
  return pos;
}

function emptyItem(src: string, at: number, end: number): boolean {
  let pos = markerEnd(src, at, end);
  while (pos < end && src.charCodeAt(pos) === SPACE) pos++;
  return pos >= end;
}

/** Outside a list, a list item interrupts a paragraph only when it has content and, if ordered, starts at 1. */
function canInterrupt(src: string, kind: Start, at: number, end: number): boolean {
  if (emptyItem(src, at, end)) return false;
  return kind === Start.Bullet || Number(src.slice(at, markerEnd(src, at, end) - 1)) === 1;
}

/** A line of `marker` only, then spaces: a setext underline after a paragraph line. */
function underline(src: string, at: number, end: number, marker: number): boolean {
  let pos = at;
  while (pos < end && src.charCodeAt(pos) === marker) pos++;
  while (pos < end && src.charCodeAt(pos) === SPACE) pos++;
  return pos >= end;
}

/** Three or more of `marker` with nothing but spaces between them. */
function thematicBreak(src: string, at: number, end: number, marker: number): boolean {
  let count = 0;
  for (let pos = at; pos < end; pos++) {
    const c = src.charCodeAt(pos);
    if (c === marker) count++;
    else if (c !== SPACE) return false;
  }
  return count >= 3;
}

/** Trims spaces and line breaks (tabs and carriage returns never reach here), as markdown-it does. */
function asciiTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === SPACE || s.charCodeAt(start) === 10)) start++;
  while (end > start && (s.charCodeAt(end - 1) === SPACE || s.charCodeAt(end - 1) === 10)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
