/** YAML front matter at the top of a Markdown file, parsed with positions. */
import { LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  data: unknown;
  /** 1-based line of the first YAML line (after the opening `---`). */
  firstLine: number;
  /** Number of lines the block occupies, fences included. */
  lineCount: number;
  /** 1-based line of each top-level and nested key, by dotted path. */
  keyLines: Map<string, number>;
  error?: { line: number; column: number; message: string };
}

const OPEN = /^---[ \t]*\r?\n/;
/** Bounds alias expansion so a "billion laughs" block cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;
/** Keys nested deeper than this get no line of their own (declared facts are two levels deep). */
const MAX_KEY_DEPTH = 64;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined; // a lone `---` is a thematic break, not front matter
  const yamlText = rest.slice(0, close.index);
  const lineCount = 2 + countLines(yamlText);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const keyLines = new Map<string, number>();
  const fm: FrontMatter = { data: undefined, firstLine: 2, lineCount, keyLines };
  const err = doc.errors[0];
  if (err) {
    const pos = lineCounter.linePos(err.pos[0]);
    fm.error = { line: pos.line + 1, column: pos.col, message: err.message.split('\n')[0] ?? err.message };
    return fm;
  }
  try {
    fm.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // An alias bomb ("billion laughs") or a structure too deep to convert: an error at the first YAML line.
    fm.error = { line: fm.firstLine, column: 1, message: (e as Error).message.split('\n')[0] ?? String(e) };
    return fm;
  }
  collectKeyLines(doc.contents, '', lineCounter, keyLines, 1);
  return fm;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

interface YamlNodeLike {
  items?: { key?: { value?: unknown; range?: [number, number, number] }; value?: unknown }[];
}

/** Records the line of every mapping key so declared facts can point at their own line. */
export function collectKeyLines(
  node: unknown,
  prefix: string,
  lc: LineCounter,
  out: Map<string, number>,
  lineOffset: number,
  depth = 0,
): void {
  const items = (node as YamlNodeLike | null)?.items;
  if (!Array.isArray(items) || depth > MAX_KEY_DEPTH) return;
  for (const item of items) {
    const key = item.key;
    if (!key || key.value === undefined || !key.range) continue;
    const path = prefix ? `${prefix}.${String(key.value)}` : String(key.value);
    out.set(path, lc.linePos(key.range[0]).line + lineOffset);
    collectKeyLines(item.value, path, lc, out, lineOffset, depth + 1);
  }
}
