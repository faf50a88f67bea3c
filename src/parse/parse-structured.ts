/** YAML and JSON configs → data plus the line of every key (yaml's LineCounter). */
import { LineCounter, parseAllDocuments } from 'yaml';
import { collectKeyLines } from './parse-front-matter.js';

export interface ParsedStructured {
  data: unknown;
  keyLines: Map<string, number>;
  error?: { line: number; column: number; message: string };
}

/** Bounds alias expansion so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;

export function parseStructured(source: string): ParsedStructured {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const keyLines = new Map<string, number>();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      return { data: undefined, keyLines, error: { line: pos.line, column: pos.col, message: firstLine(err.message) } };
    }
  }
  const first = list.find((d) => d.contents !== null);
  if (!first) return { data: undefined, keyLines };
  try {
    const data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    collectKeyLines(first.contents, '', lineCounter, keyLines, 0);
    return { data, keyLines };
  } catch (e) {
    return { data: undefined, keyLines, error: { line: 1, column: 1, message: firstLine((e as Error).message) } };
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
