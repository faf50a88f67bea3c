/**
 * Markdown → blocks of plain text with 1-based line numbers (markdown-it token maps).
 * Front matter lines are blanked before tokenising so every line number stays the file's own.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parseFrontMatter, type FrontMatter } from './parse-front-matter.js';
import { INLINE_MARKUP, readSimpleInline } from './read-simple-inline.js';
import { readSimpleMarkdown, type SimpleBlock } from './read-simple-markdown.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'code';

export interface MdBlock {
  kind: BlockKind;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** Plain text, inline markup removed; soft line breaks kept as `\n` so lines can be counted. */
  text: string;
  line: number;
}

export interface ParsedMarkdown {
  frontMatter?: FrontMatter;
  blocks: MdBlock[];
  /** HTML comments with their line (suppressions, fixture labels). */
  comments: { text: string; line: number }[];
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/*
 * markdown-it 15's Token is compiled with a defineProperty helper per field (13 helper calls per token), which
 * was a fifth of its block parse. The block state here builds the same tokens with plain assignments: same
 * fields in the same order, markdown-it's Token prototype (its methods, `instanceof`), and the push logic of
 * StateBlock.push. The test in __tests__/parse/light-tokens.test.ts holds the token streams identical.
 */
const MarkdownToken = new md.core.State('', md, {}).Token;

class LightToken {
  constructor(type: string, tag: string, nesting: Token['nesting']) {
    const t = this as unknown as Token;
    t.map = null;
    t.level = 0;
    t.children = null;
    t.content = '';
    t.markup = '';
    t.info = '';
    t.block = false;
    t.hidden = false;
    t.type = type;
    t.tag = tag;
    t.attrs = null;
    t.nesting = nesting;
    t.meta = null;
  }
}
Object.setPrototypeOf(LightToken.prototype, MarkdownToken.prototype);

class LightStateBlock extends md.block.State {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new LightToken(type, tag, nesting) as unknown as Token;
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
md.block.State = LightStateBlock;

/** The parser (for the test that compares its tokens with markdown-it's own). */
export const markdownParser = md;

// Inline content is read when the blocks are (plainText below), not by markdown-it's core inline rule: most
// prose in a decision record has no inline markup, and of the rest most is a line in underscores or plain links.
md.core.ruler.at('inline', () => {});

export interface ParseMarkdownOptions {
  /** Always use markdown-it's block parser, never the reader of plain Markdown (for tests that compare the two). */
  markdownItOnly?: boolean;
}

export function parseMarkdown(source: string, options?: ParseMarkdownOptions): ParsedMarkdown {
  const { frontMatter, body } = splitFrontMatter(source);
  const simple = options?.markdownItOnly ? undefined : readSimpleMarkdown(body);
  // The block parse records reference definitions in `env`; inline links may use them.
  const env: Record<string, unknown> = {};
  const { blocks, comments } = simple ? fromSimpleBlocks(simple, env) : fromTokens(md.parse(body, env), env);
  return { ...(frontMatter ? { frontMatter } : {}), blocks, comments };
}

/**
 * The plain text of a block's inline content: as it is when it has no markup, by readSimpleInline for a line in
 * underscores or plain links, else from markdown-it's inline tokens.
 */
function plainText(content: string, env: Record<string, unknown>, comments: ParsedMarkdown['comments'], line: number): string {
  if (!INLINE_MARKUP.test(content)) return inlineText(content, null, comments, line);
  const simpleText = readSimpleInline(content);
  if (simpleText !== undefined) return inlineText(simpleText, null, comments, line);
  const children: Token[] = [];
  md.inline.parse(content, md, env, children);
  return inlineText(content, children, comments, line);
}

/** Blocks from the plain-Markdown reader: the same as from markdown-it's tokens for the texts it accepts. */
function fromSimpleBlocks(simple: SimpleBlock[], env: Record<string, unknown>): Pick<ParsedMarkdown, 'blocks' | 'comments'> {
  const blocks: MdBlock[] = [];
  const comments: { text: string; line: number }[] = [];
  for (const b of simple) {
    const line = b.line + 1;
    if (b.type === 'inline') {
      const plain = plainText(b.content, env, comments, line);
      const kind: BlockKind = b.heading ? 'heading' : b.inList ? 'list-item' : 'paragraph';
      if (plain.trim()) blocks.push({ kind, text: plain, line, ...(b.heading ? { level: b.heading } : {}) });
    } else if (b.type === 'fence') blocks.push({ kind: 'code', text: b.content, line: line + 1 });
    else collectComments(b.content, line, comments);
  }
  return { blocks, comments };
}

function fromTokens(tokens: Token[], env: Record<string, unknown>): Pick<ParsedMarkdown, 'blocks' | 'comments'> {
  const blocks: MdBlock[] = [];
  const comments: { text: string; line: number }[] = [];
  let inListItem = 0;
  let row: { cells: string[]; line: number } | undefined;
  let inCell = false;
  let headingLevel = 0;
  for (const t of tokens) {
    const line = (t.map?.[0] ?? 0) + 1;
    switch (t.type) {
      case 'list_item_open':
        inListItem++;
        break;
      case 'list_item_close':
        inListItem--;
        break;
      case 'tr_open':
        row = { cells: [], line };
        break;
      case 'tr_close':
        // A table row reads as one statement ("Fine-tuning | rejected | stale facts").
        if (row && row.cells.some((c) => c.trim())) blocks.push({ kind: 'table-row', text: row.cells.join(' | '), line: row.line });
        row = undefined;
        break;
      case 'th_open':
      case 'td_open':
        inCell = true;
        break;
      case 'th_close':
      case 'td_close':
        inCell = false;
        break;
      case 'heading_open':
        headingLevel = Number(t.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'inline': {
        const plain = plainText(t.content, env, comments, row?.line ?? line);
        if (inCell && row) {
          row.cells.push(plain.replace(/\n/g, ' '));
          break;
        }
        const kind: BlockKind = headingLevel ? 'heading' : inListItem ? 'list-item' : 'paragraph';
        if (plain.trim()) blocks.push({ kind, text: plain, line, ...(headingLevel ? { level: headingLevel } : {}) });
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', text: t.content, line: line + (t.type === 'fence' ? 1 : 0) });
        break;
      case 'html_block':
        collectComments(t.content, line, comments);
        break;
    }
  }
  return { blocks, comments };
}

/** The front matter, and the Markdown body with the front matter's lines left blank (and no BOM). */
export function splitFrontMatter(source: string): { frontMatter: FrontMatter | undefined; body: string } {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const frontMatter = parseFrontMatter(text);
  return { frontMatter, body: frontMatter ? blankLines(text, frontMatter.lineCount) : text };
}

function blankLines(text: string, count: number): string {
  let idx = 0;
  for (let i = 0; i < count && idx !== -1; i++) idx = text.indexOf('\n', idx) + 1 || -1;
  if (idx === -1) return '';
  return '\n'.repeat(count) + text.slice(idx);
}

function inlineText(content: string, children: Token[] | null, comments: ParsedMarkdown['comments'], line: number): string {
  // Plain content, as markdown-it's newline rule reads it: spaces before a line break and indentation after it dropped.
  if (!children?.length) return content.includes('\n') ? dropBreakSpaces(content) : content;
  let out = '';
  for (const c of children) {
    // text_special (escapes, entities) is what markdown-it's text_join rule turns into text after the inline parse.
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'text_special') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += '\n';
    else if (c.type === 'html_inline') {
      const before = countNewlines(out);
      collectComments(c.content, line + before, comments);
    } else if (c.type === 'image') out += c.content;
  }
  return out;
}

/** Each ` *\n[ \t]*` replaced by a line break, by hand: the regex tried its ` *` at every space of every paragraph. */
function dropBreakSpaces(s: string): string {
  let out = '';
  let from = 0;
  for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
    let end = nl;
    while (end > from && s.charCodeAt(end - 1) === 32) end--;
    out += `${s.slice(from, end)}\n`;
    from = nl + 1;
    while (from < s.length && (s.charCodeAt(from) === 32 || s.charCodeAt(from) === 9)) from++;
  }
  return out + s.slice(from);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function collectComments(html: string, line: number, out: ParsedMarkdown['comments']): void {
  let from = 0;
  for (;;) {
    const start = html.indexOf('<!--', from);
    if (start === -1) return;
    const end = html.indexOf('-->', start + 4);
    const stop = end === -1 ? html.length : end;
    out.push({ text: html.slice(start + 4, stop).trim(), line: line + countNewlines(html.slice(0, start)) });
    from = stop + 3;
  }
}
