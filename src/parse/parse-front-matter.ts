/** YAML front matter at the top of a Markdown file, parsed with positions. */
import { LineCounter, parseDocument } from 'yaml';
import { collectKeyLines } from './parse-structured.js';
import { readBlockYaml } from './read-block-yaml.js';

export interface FrontMatter {
  data: unknown;
  /** 1-based line of the first YAML line (after the opening `---`). */
  firstLine: number;
  /** Number of lines the block occupies, fences included. */
  lineCount: number;
  /** 1-based line of each key and sequence item, by dotted path (as configs record them). */
  keyLines: Map<string, number>;
  error?: { line: number; column: number; message: string };
}

const OPEN = /^---[ \t]*\r?\n/;
/** Bounds alias expansion so a "billion laughs" block cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined; // a lone `---` is a thematic break, not front matter
  const yamlText = rest.slice(0, close.index);
  const lineCount = 2 + countLines(yamlText);
  // Most front matter is plain block YAML (`status: accepted`, an `llm:` map), read without the YAML composer,
  // which costs more per record than the Markdown of its body.
  const simple = readBlockYaml(yamlText);
  if (simple) {
    const keyLines = new Map<string, number>();
    for (const [path, line] of simple.keyLines) keyLines.set(path, line + 1);
    return { data: simple.data, firstLine: 2, lineCount, keyLines };
  }
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
  collectKeyLines(doc.contents, lineCounter, keyLines, 1);
  return fm;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
