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
  const simple = readSimpleFrontMatter(yamlText);
  if (simple) return { data: simple.data, firstLine: 2, lineCount, keyLines: simple.keyLines };
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

/* ---- The common case without the YAML composer ---- */

/** `key: value` or `key:`, at the top level or indented under a `key:` line. */
const SIMPLE_LINE = /^( *)([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
/** A plain scalar that cannot be anything but itself: no indicator at its start, no `: ` or ` #` inside. */
const SAFE_VALUE = /^[\p{L}\p{N}(][\p{L}\p{N} _.,()/+@'&-]*$/u;
const NULL_WORD = /^(?:null|Null|NULL)$/;
const BOOL_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[0-9]+$/;
const FLOAT = /^(?:[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * Most decision records open with a flat block (`status: accepted`, `date: 2024-05-01`, an `llm:` map of
 * scalars). The YAML composer costs more per record than the Markdown of its body, so that shape is read
 * here, resolving scalars as the YAML 1.2 core schema does; anything else (quotes, lists, flow style,
 * comments after values, deeper nesting, tabs, CR) returns undefined and goes to `yaml`. Exported for the
 * test that holds it to `yaml`'s reading.
 */
export function readSimpleFrontMatter(yamlText: string): { data: Record<string, unknown>; keyLines: Map<string, number> } | undefined {
  if (yamlText.includes('\r') || yamlText.includes('\t')) return undefined;
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  const lines = yamlText.split('\n');
  let parent: { key: string; map: Record<string, unknown>; indent: number } | undefined;
  let parentKey: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const indent = m[1]!.length;
    const key = m[2]!;
    const raw = m[3];
    if (NULL_WORD.test(key) || BOOL_WORD.test(key) || key === '__proto__') return undefined;
    let value: unknown = null;
    if (raw !== undefined) {
      // 0x1F and 0o17 are numbers to the core schema; rare enough to leave to `yaml`.
      if (!SAFE_VALUE.test(raw) || /^0[ox]/i.test(raw)) return undefined;
      value = NULL_WORD.test(raw)
        ? null
        : BOOL_WORD.test(raw)
          ? raw[0] === 't' || raw[0] === 'T'
          : INT.test(raw) || FLOAT.test(raw)
            ? Number(raw)
            : raw;
    }
    if (indent === 0) {
      data[key] = value;
      keyLines.set(key, i + 2);
      parent = undefined;
      parentKey = raw === undefined ? key : undefined;
      continue;
    }
    // An indented line belongs to the `key:` line above it, all its lines at one indentation.
    if (!parent) {
      if (parentKey === undefined) return undefined;
      parent = { key: parentKey, map: {}, indent };
      data[parentKey] = parent.map;
    }
    if (indent !== parent.indent) return undefined;
    parent.map[key] = value;
    keyLines.set(`${parent.key}.${key}`, i + 2);
  }
  // An empty block is null to `yaml`, not an empty map.
  return keyLines.size ? { data, keyLines } : undefined;
}
