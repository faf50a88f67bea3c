/**
 * TOML (R2R and other Python tools' configs) → data plus the line of every key by dotted path, with the
 * position of a syntax error. smol-toml parses; a light line scanner finds where each key is written
 * (`[table]` and `[[array-of-tables]]` headers, dotted and quoted keys), since the parser keeps no positions.
 */
import { parse, TomlError } from 'smol-toml';

export interface ParsedToml {
  data: unknown;
  keyLines: Map<string, number>;
  error?: { line: number; column: number; message: string };
}

export function parseToml(source: string): ParsedToml {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let data: unknown;
  try {
    data = plain(parse(text, { integersAsBigInt: false, unsafeKeyBehaviour: 'drop', maxDepth: 256 }));
  } catch (e) {
    if (e instanceof TomlError)
      return { data: undefined, keyLines: new Map(), error: { line: e.line, column: e.column, message: firstLine(e.message) } };
    return { data: undefined, keyLines: new Map(), error: { line: 1, column: 1, message: firstLine((e as Error).message) } };
  }
  return { data, keyLines: scanKeyLines(text) };
}

/** TOML dates become ISO strings, so the tree is plain JSON like the YAML and JSON ones. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

/** A table header `[a.b]` or `[[a.b]]`, and a `key = value` line, found without nested repeats. */
const TABLE = /^\s*\[([^[\]]+)\]\s*(?:#.*)?$/;
const ARRAY_TABLE = /^\s*\[\[([^[\]]+)\]\]\s*(?:#.*)?$/;
const KEY_VALUE = /^\s*([A-Za-z0-9_"'-][^=]*)=/;

function scanKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const arrayCounts = new Map<string, number>();
  let prefix = '';
  let multiline: '"""' | "'''" | undefined;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if (multiline) {
      if (line.includes(multiline)) multiline = undefined;
      continue;
    }
    const arrayTable = ARRAY_TABLE.exec(line);
    const arrayKey = arrayTable ? splitKey(arrayTable[1] ?? '') : undefined;
    if (arrayKey) {
      const base = arrayKey.join('.');
      const index = arrayCounts.get(base) ?? 0;
      arrayCounts.set(base, index + 1);
      prefix = `${base}.${index}`;
      if (!out.has(base)) out.set(base, n + 1);
      out.set(prefix, n + 1);
      continue;
    }
    const table = TABLE.exec(line);
    const tableKey = table ? splitKey(table[1] ?? '') : undefined;
    if (tableKey) {
      prefix = tableKey.join('.');
      if (!out.has(prefix)) out.set(prefix, n + 1);
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    const key = kv ? splitKey((kv[1] ?? '').trim()) : undefined;
    if (kv && key) {
      const path = [prefix, ...key].filter(Boolean).join('.');
      out.set(path, n + 1);
      const rest = line.slice(kv[0].length);
      const opener = /^\s*("""|''')/.exec(rest)?.[1] as '"""' | "'''" | undefined;
      if (opener && !rest.slice(rest.indexOf(opener) + 3).includes(opener)) multiline = opener;
    }
  }
  return out;
}

/** `a . "b.c" . 'd'` → ['a', 'b.c', 'd']; undefined when the text is not a TOML key. */
function splitKey(key: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  const skip = () => {
    while (key[i] === ' ' || key[i] === '\t') i++;
  };
  for (;;) {
    skip();
    const c = key[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < key.length && key[j] !== c) j += c === '"' && key[j] === '\\' ? 2 : 1;
      if (j >= key.length) return undefined;
      const raw = key.slice(i, j + 1);
      try {
        parts.push(c === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1));
      } catch {
        return undefined;
      }
      i = j + 1;
    } else {
      const m = /^[A-Za-z0-9_-]+/.exec(key.slice(i));
      if (!m) return undefined;
      parts.push(m[0]);
      i += m[0].length;
    }
    skip();
    if (i >= key.length) return parts;
    if (key[i] !== '.') return undefined;
    i++;
  }
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}
