/**
 * The common shape of a YAML config read without the YAML composer: block mappings and sequences of
 * plain or quoted one-line scalars, literal block scalars (`prompt: |`) and one-line flow sequences of
 * scalars (`on: [push, pull_request]`), with comments: an axolotl job, a RAG pipeline, a workflow. `yaml`
 * composes a full document tree per file, about 0.35 ms for a 1 KB config, which was most of what reading
 * a config cost. Anything else (flow mappings, nested or multi-line flow collections, anchors, aliases,
 * tags, folded or kept block scalars, multi-line plain or quoted scalars, escapes, complex keys,
 * directives, document markers, tabs, CR, duplicate keys, octal or hex numbers, .inf/.nan) returns
 * undefined and goes to `yaml`, so the reading is `yaml`'s or nothing: the property test in
 * __tests__/parse/read-block-yaml.test.ts holds the two together.
 */

export interface BlockYaml {
  data: Record<string, unknown> | unknown[];
  /** The 1-based line of every mapping key and sequence item by dotted path, as parse-structured records them. */
  keyLines: Map<string, number>;
}

/** Deeper nesting is left to `yaml` (and to its limits). */
const MAX_DEPTH = 32;
/** `yaml` rejects an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;

interface Line {
  /** Column of the first character of `text`. */
  indent: number;
  text: string;
  /** 1-based line number. */
  line: number;
}

/** A thrown marker: the text is outside the shape read here. */
const DECLINE = Symbol('decline');

/** A key this reader takes as a string: what `yaml` would resolve to another type (true, null) is left to it. */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const NOT_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Characters `yaml` may reject or read in a way this reader does not (control characters, BOM). */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\t\r\x00-\x08\x0b-\x1f\x7f\ufeff]/;

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Core-schema spellings left to `yaml`: octal, hexadecimal, infinity, not-a-number. */
const OTHER_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;

export function readBlockYaml(text: string): BlockYaml | undefined {
  if (UNREADABLE.test(text)) return undefined;
  const lines: Line[] = [];
  const raws = text.split('\n');
  let lineNo = 0;
  for (const raw of raws) {
    lineNo++;
    let indent = 0;
    // Reads stay within the string: a charCodeAt past the end throws V8's optimised code away.
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === 35 /* # */) continue;
    const first = raw.charCodeAt(0);
    // Directives (%YAML) and document markers (---, ...).
    if (first === 37 || ((first === 45 || first === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(raw))) return undefined;
    lines.push({ indent, text: raw.slice(indent).trimEnd(), line: lineNo });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const reader = new Reader(lines, raws);
  try {
    const data = reader.block(0, '', 0);
    return reader.at === lines.length ? { data, keyLines: reader.keyLines } : undefined;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

class Reader {
  at = 0;
  readonly keyLines = new Map<string, number>();
  constructor(
    private readonly lines: Line[],
    /** The text's lines as they are, for block scalars: their blank lines, comments and trailing spaces are content. */
    private readonly raws: string[],
  ) {}

  /** The mapping or sequence whose entries start at the current line, indented `indent`. */
  block(indent: number, path: string, depth: number): Record<string, unknown> | unknown[] {
    if (depth > MAX_DEPTH) throw DECLINE;
    return isItem(this.lines[this.at]!.text) ? this.sequence(indent, path, depth) : this.mapping(indent, path, depth);
  }

  private mapping(indent: number, path: string, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent || isItem(line.text)) throw DECLINE;
      const colon = keyEnd(line.text);
      const key = line.text.slice(0, colon);
      if (key.length > MAX_KEY || !KEY.test(key) || NOT_STRING_KEY.test(key) || key === '__proto__' || Object.hasOwn(map, key))
        throw DECLINE;
      const keyPath = path ? `${path}.${key}` : key;
      this.keyLines.set(keyPath, line.line);
      this.at++;
      const rest = line.text.slice(colon + 1).trimStart();
      if (rest === '|' || rest === '|-') map[key] = this.literal(line, rest === '|-');
      else if (rest !== '' && rest.charCodeAt(0) === 91 /* [ */) map[key] = flowSequence(rest, keyPath, line.line, this.keyLines);
      else if (rest === '{}') map[key] = {};
      else map[key] = rest && rest.charCodeAt(0) !== 35 ? scalar(rest) : this.nested(indent, keyPath, depth);
    }
    return map;
  }

  private sequence(indent: number, path: string, depth: number): unknown[] {
    const seq: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent) throw DECLINE;
      if (!isItem(line.text)) break; // a key beside a sequence that is its parent's value (`steps:\n- run: x\nname: y`)
      const itemPath = path ? `${path}.${seq.length}` : String(seq.length);
      let skip = 1;
      while (line.text.charCodeAt(skip) === 32) skip++;
      const content = line.text.slice(skip);
      if (!content || content.charCodeAt(0) === 35 || isItem(content)) throw DECLINE;
      this.keyLines.set(itemPath, line.line);
      if (keyEndOrMinus(content) === -1) {
        seq.push(scalar(content));
        this.at++;
      } else {
        // `- key: value`: a mapping whose keys sit at the column of this first one.
        this.lines[this.at] = { indent: line.indent + skip, text: content, line: line.line };
        seq.push(this.mapping(line.indent + skip, itemPath, depth + 1));
      }
    }
    return seq;
  }

  /**
   * A literal block scalar after `key: |` (clip: one final line break) or `key: |-` (strip: none): the lines
   * below indented past the key, less the first line's indentation. Leading blank lines, blank lines of more
   * spaces than that indentation, and a scalar ending on a line still indented past the key (an error to
   * `yaml`) are left to `yaml`.
   */
  private literal(keyLine: Line, strip: boolean): string {
    const raws = this.raws;
    let i = keyLine.line; // the line after the key (line numbers are 1-based)
    const first = raws[i];
    if (first === undefined || !first.trim()) throw DECLINE;
    let indent = 0;
    while (first.charCodeAt(indent) === 32) indent++;
    if (indent <= keyLine.indent) throw DECLINE;
    const content: string[] = [];
    let blanks = 0;
    for (; i < raws.length; i++) {
      const raw = raws[i]!;
      let lead = 0;
      while (raw.charCodeAt(lead) === 32) lead++;
      if (lead === raw.length) {
        if (lead > indent) throw DECLINE;
        blanks++;
        continue;
      }
      if (lead < indent) {
        if (lead > keyLine.indent) throw DECLINE;
        break;
      }
      for (; blanks > 0; blanks--) content.push('');
      content.push(raw.slice(indent));
    }
    // Past the scalar's lines, structure resumes; its own lines (comments among them) were content.
    while (this.at < this.lines.length && this.lines[this.at]!.line <= i - blanks) this.at++;
    return content.join('\n') + (strip ? '' : '\n');
  }

  /** The value of a `key:` line with nothing after it: a deeper block, a sequence at the key's column, or null. */
  private nested(indent: number, path: string, depth: number): unknown {
    const next = this.lines[this.at];
    if (!next || next.indent < indent) return null;
    if (next.indent === indent) return isItem(next.text) ? this.sequence(indent, path, depth + 1) : null;
    return this.block(next.indent, path, depth + 1);
  }
}

/** `- …` or a lone `-`: a sequence item. */
function isItem(text: string): boolean {
  return text.charCodeAt(0) === 45 && (text.length === 1 || text.charCodeAt(1) === 32);
}

/** Where the `: ` (or final `:`) that ends a key is; throws when the line is not a `key: …` line. */
function keyEnd(text: string): number {
  const i = keyEndOrMinus(text);
  if (i === -1) throw DECLINE;
  return i;
}

function keyEndOrMinus(text: string): number {
  const i = text.indexOf(':');
  if (i <= 0) return -1;
  return i + 1 === text.length || text.charCodeAt(i + 1) === 32 ? i : -1;
}

/** A one-line scalar after `key: ` or `- `, with any trailing comment. */
function scalar(text: string): unknown {
  const c = text.charCodeAt(0);
  if (c === 39 /* ' */ || c === 34 /* " */) return quoted(text, c, true);
  const hash = text.indexOf(' #');
  return plainScalar(hash === -1 ? text : text.slice(0, hash).trimEnd());
}

/** A plain scalar resolved as the YAML 1.2 core schema does. */
function plainScalar(plain: string): unknown {
  const c = plain.charCodeAt(0);
  // Indicators that open something else (flow collections, anchors, aliases, tags, block scalars, …).
  if ('[]{},#&*!|>%@`\'"'.includes(plain[0]!)) throw DECLINE;
  if ((c === 45 || c === 63 || c === 58) && (plain.length === 1 || plain.charCodeAt(1) === 32)) throw DECLINE;
  // `: ` inside, or a final `:`, would make it a key.
  if (plain.includes(': ') || plain.endsWith(':')) throw DECLINE;
  if (NULL.test(plain)) return null;
  if (BOOL.test(plain)) return plain[0] === 't' || plain[0] === 'T';
  if (OTHER_NUMBER.test(plain)) throw DECLINE;
  if (INT.test(plain)) return parseInt(plain, 10);
  if (FLOAT.test(plain)) return parseFloat(plain);
  return plain;
}

/**
 * `[a, 'b', 3]` on one line after a key: plain or quoted scalars, no nesting, no empty entry (a trailing comma
 * included), nothing but a comment after it. Each entry gets the key's line, as `yaml` places them.
 */
function flowSequence(text: string, path: string, line: number, keyLines: Map<string, number>): unknown[] {
  const close = text.lastIndexOf(']');
  if (close === -1 || !/^ *(?:#.*)?$/.test(text.slice(close + 1)) || (text.slice(close + 1).trim() && text[close + 1] !== ' '))
    throw DECLINE;
  const inner = text.slice(1, close);
  if (/[[\]{}#]/.test(inner)) throw DECLINE;
  if (!inner.trim()) return [];
  const out: unknown[] = [];
  let from = 0;
  while (from <= inner.length) {
    while (inner.charCodeAt(from) === 32) from++;
    const c = inner.charCodeAt(from);
    let end: number;
    let value: unknown;
    if (c === 39 || c === 34) {
      end = closingQuote(inner, from, c) + 1;
      value = quoted(inner.slice(from, end), c, false);
    } else {
      end = inner.indexOf(',', from);
      if (end === -1) end = inner.length;
      const plain = inner.slice(from, end).trimEnd();
      if (!plain) throw DECLINE;
      value = plainScalar(plain);
    }
    keyLines.set(`${path}.${out.length}`, line);
    out.push(value);
    while (inner.charCodeAt(end) === 32) end++;
    if (end >= inner.length) break;
    if (inner.charCodeAt(end) !== 44 /* , */) throw DECLINE;
    from = end + 1;
    if (!inner.slice(from).trim()) throw DECLINE;
  }
  return out;
}

/** Where the quote opened at `from` closes (a doubled single quote is an escape); throws when it does not. */
function closingQuote(text: string, from: number, quote: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== quote) continue;
    if (quote === 39 && text.charCodeAt(i + 1) === 39) {
      i++;
      continue;
    }
    return i;
  }
  throw DECLINE;
}

/**
 * A quoted scalar closed on its line, followed by nothing or (after a key) a comment; escapes (`\`) are left
 * to `yaml`.
 */
function quoted(text: string, quote: number, commentAfter: boolean): string {
  let out = '';
  let from = 1;
  for (;;) {
    const close = text.indexOf(quote === 39 ? "'" : '"', from);
    if (close === -1) throw DECLINE;
    const part = text.slice(from, close);
    if (quote === 34 && part.includes('\\')) throw DECLINE;
    out += part;
    if (quote === 39 && text.charCodeAt(close + 1) === 39) {
      out += "'";
      from = close + 2;
      continue;
    }
    const after = text.slice(close + 1);
    if (after && !(commentAfter && /^ +(?:#.*)?$/.test(after))) throw DECLINE;
    return out;
  }
}
