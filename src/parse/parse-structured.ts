/**
 * YAML, JSON and TOML configs → data plus the line of every key (yaml's LineCounter, a positional JSON
 * parser, a TOML key scanner). Keys are addressed by dotted path; sequence items by their index
 * (`datasets.0.path`).
 */
import { isMap, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { readBlockYaml } from './read-block-yaml.js';
import { parseJson } from './parse-json.js';
import { parseToml } from './parse-toml.js';

export type StructuredSyntax = 'yaml' | 'json' | 'toml';

export interface ParsedStructured {
  data: unknown;
  keyLines: Map<string, number>;
  error?: { line: number; column: number; message: string };
}

/** Bounds alias expansion so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;

/** The syntax a config file is written in, by its extension (YAML for anything else). */
export function syntaxOf(path: string): StructuredSyntax {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.toml')) return 'toml';
  return 'yaml';
}

/**
 * @param syntax how to read the text; YAML (the default) also reads JSON, but `json` gives JSON's own
 *   error positions and semantics.
 */
export function parseStructured(source: string, syntax: StructuredSyntax = 'yaml'): ParsedStructured {
  if (syntax === 'json') return parseJson(source);
  if (syntax === 'toml') return parseToml(source);
  return parseYaml(source);
}

function parseYaml(source: string): ParsedStructured {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const parsed = parseYamlText(text);
  if (!parsed.error || !/closing .?quote|Implicit keys need to be on a single line/i.test(parsed.error.message)) return parsed;
  // PyYAML, which most Python tools (Dify, axolotl, LLaMA-Factory) load their YAML with, accepts quoted
  // scalars whose continuation lines are not indented; so do we, by indenting them (line numbers unchanged).
  const repaired = indentQuotedContinuations(text);
  if (repaired === text) return parsed;
  const retry = parseYamlText(repaired);
  return retry.error ? parsed : retry;
}

function parseYamlText(text: string): ParsedStructured {
  // Most configs are plain block YAML, read without composing a document tree; the rest go to `yaml`.
  const simple = readBlockYaml(text);
  if (simple) return simple;
  return composeYaml(text);
}

/** Exported for the test that holds readBlockYaml to it. */
export function composeYaml(text: string): ParsedStructured {
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
    collectKeyLines(first.contents, lineCounter, keyLines);
    return { data, keyLines };
  } catch (e) {
    return { data: undefined, keyLines, error: { line: 1, column: 1, message: firstLine((e as Error).message) } };
  }
}

/** Keys nested deeper than this get no line of their own. */
const MAX_KEY_DEPTH = 64;

/**
 * The line of every mapping key and sequence item of a composed document, by dotted path; `lineOffset` is
 * added (front matter starts below its opening `---`).
 */
export function collectKeyLines(node: unknown, lc: LineCounter, out: Map<string, number>, lineOffset = 0): void {
  collectLines(node, '', lc, out, lineOffset, 0);
}

function collectLines(node: unknown, prefix: string, lc: LineCounter, out: Map<string, number>, lineOffset: number, depth: number): void {
  if (depth > MAX_KEY_DEPTH) return;
  if (isMap(node)) {
    for (const item of node.items) {
      const key = item.key as Node | null;
      const value = (key as { value?: unknown } | null)?.value;
      if (!key || value === undefined || value === null || !key.range) continue;
      const path = prefix ? `${prefix}.${String(value)}` : String(value);
      out.set(path, lc.linePos(key.range[0]).line + lineOffset);
      collectLines(item.value, path, lc, out, lineOffset, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = prefix ? `${prefix}.${index}` : String(index);
      const range = (item as Node | null)?.range;
      if (range) out.set(path, lc.linePos(range[0]).line + lineOffset);
      collectLines(item, path, lc, out, lineOffset, depth + 1);
    });
  }
}

/** A `key: 'value…`, `- 'value…` or `- key: 'value…` line: its indentation, the quote, and what follows it. */
function quotedValueStart(line: string): { indent: string; quote: string; rest: string } | undefined {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  let i = indent.length;
  if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
    i += 2;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  if (line[i] !== "'" && line[i] !== '"') {
    if (line[i] === '#' || line[i] === undefined) return undefined;
    const colon = line.indexOf(': ', i);
    const hash = line.indexOf(' #', i);
    if (colon === -1 || (hash !== -1 && hash < colon)) return undefined;
    i = colon + 2;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const quote = line[i];
  if (quote !== "'" && quote !== '"') return undefined;
  return { indent, quote, rest: line.slice(i + 1) };
}

/**
 * Indents the continuation lines of multi-line quoted scalars that are not indented past their key, as PyYAML
 * reads them. Only lines inside an open quote are touched; no line is added or removed.
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let quote: string | undefined;
  let indent = '';
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (quote) {
      const body = line.replace(/\r$/, '');
      if (body.trim() !== '' && leading(body) <= indent.length) {
        lines[i] = `${indent}  ${line.trimStart()}`;
        changed = true;
      }
      if (closes(line, quote, 0)) quote = undefined;
      continue;
    }
    const start = quotedValueStart(line.replace(/\r$/, ''));
    if (start && !closes(start.rest, start.quote, 0)) {
      quote = start.quote;
      indent = start.indent;
    }
  }
  return changed ? lines.join('\n') : text;
}

function leading(s: string): number {
  return s.length - s.trimStart().length;
}

/** Whether a quoted scalar that is open at `from` closes on this line ('' and \" are escapes). */
function closes(s: string, quote: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c !== quote) continue;
    if (quote === "'" && s[i + 1] === "'") {
      i++;
      continue;
    }
    return true;
  }
  return false;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
