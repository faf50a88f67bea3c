export const id = 551;
export const ids = [551];
export const modules = {

/***/ 7551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractDocument: () => (/* binding */ extractDocument),
  extractDocuments: () => (/* binding */ extractDocuments)
});

;// CONCATENATED MODULE: ./src/facts/fact-record.ts
/**
 * A new, empty record of facts: a dictionary without a prototype. Each document sets a different subset of the
 * vocabulary in a different order, so as plain object literals the records take hundreds of hidden classes and
 * every read by name (evaluation reads each rule's facts on every document) misses V8's inline caches; a
 * dictionary is one hash lookup. Measured on 10,000 such records: reads about 3× faster. Keys keep their
 * insertion order, so reports are unchanged.
 */
function newFactRecord() {
    return Object.create(null);
}
/** A new record holding the facts every document has: `doc.path`, `doc.kind`, `doc.format` (SPEC §6.1), in that order. */
function newDocFactRecord(path, kind, format) {
    const facts = newFactRecord();
    facts['doc.path'] = { value: path };
    facts['doc.kind'] = { value: kind };
    facts['doc.format'] = { value: format };
    return facts;
}

;// CONCATENATED MODULE: ./src/facts/new-document-facts.ts
/**
 * Every document's facts with the same fields in the same order, absent ones undefined. As literals built per
 * kind (ADR, config, training data, unreadable) with optional fields spread in, they took a dozen hidden classes,
 * and evaluation, compiled for the ADRs it met first, was deoptimised and compiled again on the first config.
 */
function newDocumentFacts(init) {
    return {
        path: init.path,
        kind: init.kind,
        format: init.format,
        facts: init.facts,
        frontMatter: init.frontMatter,
        config: init.config,
        signals: init.signals ?? [],
        suppressions: init.suppressions ?? [],
        anchors: new_document_facts_anchors(init.decisionLine, init.titleLine),
        problems: init.problems,
        links: init.links,
    };
}
/** A document's anchors (SPEC §6.4), both fields always present. */
function new_document_facts_anchors(decisionLine, titleLine) {
    return { decisionLine, titleLine };
}

// EXTERNAL MODULE: ./node_modules/markdown-it/dist/markdown-it.mjs + 12 modules
var markdown_it = __webpack_require__(5251);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parse/read-block-yaml.ts
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
/** Deeper nesting is left to `yaml` (and to its limits). */
const MAX_DEPTH = 32;
/** `yaml` rejects an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;
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
function readBlockYaml(text) {
    if (UNREADABLE.test(text))
        return undefined;
    const lines = [];
    const raws = text.split('\n');
    let lineNo = 0;
    for (const raw of raws) {
        lineNo++;
        let indent = 0;
        // Reads stay within the string: a charCodeAt past the end throws V8's optimised code away.
        while (indent < raw.length && raw.charCodeAt(indent) === 32)
            indent++;
        if (indent === raw.length || raw.charCodeAt(indent) === 35 /* # */)
            continue;
        const first = raw.charCodeAt(0);
        // Directives (%YAML) and document markers (---, ...).
        if (first === 37 || ((first === 45 || first === 46) && /^(?:---|\.\.\.)(?:\s|$)/.test(raw)))
            return undefined;
        lines.push({ indent, text: raw.slice(indent).trimEnd(), line: lineNo });
    }
    if (lines.length === 0 || lines[0].indent !== 0)
        return undefined;
    const reader = new Reader(lines, raws);
    try {
        const data = reader.block(0, '', 0);
        return reader.at === lines.length ? { data, keyLines: reader.keyLines } : undefined;
    }
    catch (e) {
        if (e === DECLINE)
            return undefined;
        throw e;
    }
}
class Reader {
    lines;
    raws;
    at = 0;
    keyLines = new Map();
    constructor(lines, 
    /** The text's lines as they are, for block scalars: their blank lines, comments and trailing spaces are content. */
    raws) {
        this.lines = lines;
        this.raws = raws;
    }
    /** The mapping or sequence whose entries start at the current line, indented `indent`. */
    block(indent, path, depth) {
        if (depth > MAX_DEPTH)
            throw DECLINE;
        return isItem(this.lines[this.at].text) ? this.sequence(indent, path, depth) : this.mapping(indent, path, depth);
    }
    mapping(indent, path, depth) {
        const map = {};
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent < indent)
                break;
            if (line.indent > indent || isItem(line.text))
                throw DECLINE;
            const colon = keyEnd(line.text);
            const key = line.text.slice(0, colon);
            if (key.length > MAX_KEY || !KEY.test(key) || NOT_STRING_KEY.test(key) || key === '__proto__' || Object.hasOwn(map, key))
                throw DECLINE;
            const keyPath = path ? `${path}.${key}` : key;
            this.keyLines.set(keyPath, line.line);
            this.at++;
            const rest = line.text.slice(colon + 1).trimStart();
            if (rest === '|' || rest === '|-')
                map[key] = this.literal(line, rest === '|-');
            else if (rest !== '' && rest.charCodeAt(0) === 91 /* [ */)
                map[key] = flowSequence(rest, keyPath, line.line, this.keyLines);
            else if (rest === '{}')
                map[key] = {};
            else
                map[key] = rest && rest.charCodeAt(0) !== 35 ? scalar(rest) : this.nested(indent, keyPath, depth);
        }
        return map;
    }
    sequence(indent, path, depth) {
        const seq = [];
        while (this.at < this.lines.length) {
            const line = this.lines[this.at];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                throw DECLINE;
            if (!isItem(line.text))
                break; // a key beside a sequence that is its parent's value (`steps:\n- run: x\nname: y`)
            const itemPath = path ? `${path}.${seq.length}` : String(seq.length);
            let skip = 1;
            while (line.text.charCodeAt(skip) === 32)
                skip++;
            const content = line.text.slice(skip);
            if (!content || content.charCodeAt(0) === 35 || isItem(content))
                throw DECLINE;
            this.keyLines.set(itemPath, line.line);
            if (keyEndOrMinus(content) === -1) {
                seq.push(scalar(content));
                this.at++;
            }
            else {
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
    literal(keyLine, strip) {
        const raws = this.raws;
        let i = keyLine.line; // the line after the key (line numbers are 1-based)
        const first = raws[i];
        if (first === undefined || !first.trim())
            throw DECLINE;
        let indent = 0;
        while (first.charCodeAt(indent) === 32)
            indent++;
        if (indent <= keyLine.indent)
            throw DECLINE;
        const content = [];
        let blanks = 0;
        for (; i < raws.length; i++) {
            const raw = raws[i];
            let lead = 0;
            while (raw.charCodeAt(lead) === 32)
                lead++;
            if (lead === raw.length) {
                if (lead > indent)
                    throw DECLINE;
                blanks++;
                continue;
            }
            if (lead < indent) {
                if (lead > keyLine.indent)
                    throw DECLINE;
                break;
            }
            for (; blanks > 0; blanks--)
                content.push('');
            content.push(raw.slice(indent));
        }
        // Past the scalar's lines, structure resumes; its own lines (comments among them) were content.
        while (this.at < this.lines.length && this.lines[this.at].line <= i - blanks)
            this.at++;
        return content.join('\n') + (strip ? '' : '\n');
    }
    /** The value of a `key:` line with nothing after it: a deeper block, a sequence at the key's column, or null. */
    nested(indent, path, depth) {
        const next = this.lines[this.at];
        if (!next || next.indent < indent)
            return null;
        if (next.indent === indent)
            return isItem(next.text) ? this.sequence(indent, path, depth + 1) : null;
        return this.block(next.indent, path, depth + 1);
    }
}
/** `- …` or a lone `-`: a sequence item. */
function isItem(text) {
    return text.charCodeAt(0) === 45 && (text.length === 1 || text.charCodeAt(1) === 32);
}
/** Where the `: ` (or final `:`) that ends a key is; throws when the line is not a `key: …` line. */
function keyEnd(text) {
    const i = keyEndOrMinus(text);
    if (i === -1)
        throw DECLINE;
    return i;
}
function keyEndOrMinus(text) {
    const i = text.indexOf(':');
    if (i <= 0)
        return -1;
    return i + 1 === text.length || text.charCodeAt(i + 1) === 32 ? i : -1;
}
/** A one-line scalar after `key: ` or `- `, with any trailing comment. */
function scalar(text) {
    const c = text.charCodeAt(0);
    if (c === 39 /* ' */ || c === 34 /* " */)
        return quoted(text, c, true);
    const hash = text.indexOf(' #');
    return plainScalar(hash === -1 ? text : text.slice(0, hash).trimEnd());
}
/** A plain scalar resolved as the YAML 1.2 core schema does. */
function plainScalar(plain) {
    const c = plain.charCodeAt(0);
    // Indicators that open something else (flow collections, anchors, aliases, tags, block scalars, …).
    if ('[]{},#&*!|>%@`\'"'.includes(plain[0]))
        throw DECLINE;
    if ((c === 45 || c === 63 || c === 58) && (plain.length === 1 || plain.charCodeAt(1) === 32))
        throw DECLINE;
    // `: ` inside, or a final `:`, would make it a key.
    if (plain.includes(': ') || plain.endsWith(':'))
        throw DECLINE;
    if (NULL.test(plain))
        return null;
    if (BOOL.test(plain))
        return plain[0] === 't' || plain[0] === 'T';
    if (OTHER_NUMBER.test(plain))
        throw DECLINE;
    if (INT.test(plain))
        return parseInt(plain, 10);
    if (FLOAT.test(plain))
        return parseFloat(plain);
    return plain;
}
/**
 * `[a, 'b', 3]` on one line after a key: plain or quoted scalars, no nesting, no empty entry (a trailing comma
 * included), nothing but a comment after it. Each entry gets the key's line, as `yaml` places them.
 */
function flowSequence(text, path, line, keyLines) {
    const close = text.lastIndexOf(']');
    if (close === -1 || !/^ *(?:#.*)?$/.test(text.slice(close + 1)) || (text.slice(close + 1).trim() && text[close + 1] !== ' '))
        throw DECLINE;
    const inner = text.slice(1, close);
    if (/[[\]{}#]/.test(inner))
        throw DECLINE;
    if (!inner.trim())
        return [];
    const out = [];
    let from = 0;
    while (from <= inner.length) {
        while (inner.charCodeAt(from) === 32)
            from++;
        const c = inner.charCodeAt(from);
        let end;
        let value;
        if (c === 39 || c === 34) {
            end = closingQuote(inner, from, c) + 1;
            value = quoted(inner.slice(from, end), c, false);
        }
        else {
            end = inner.indexOf(',', from);
            if (end === -1)
                end = inner.length;
            const plain = inner.slice(from, end).trimEnd();
            if (!plain)
                throw DECLINE;
            value = plainScalar(plain);
        }
        keyLines.set(`${path}.${out.length}`, line);
        out.push(value);
        while (inner.charCodeAt(end) === 32)
            end++;
        if (end >= inner.length)
            break;
        if (inner.charCodeAt(end) !== 44 /* , */)
            throw DECLINE;
        from = end + 1;
        if (!inner.slice(from).trim())
            throw DECLINE;
    }
    return out;
}
/** Where the quote opened at `from` closes (a doubled single quote is an escape); throws when it does not. */
function closingQuote(text, from, quote) {
    for (let i = from + 1; i < text.length; i++) {
        if (text.charCodeAt(i) !== quote)
            continue;
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
function quoted(text, quote, commentAfter) {
    let out = '';
    let from = 1;
    for (;;) {
        const close = text.indexOf(quote === 39 ? "'" : '"', from);
        if (close === -1)
            throw DECLINE;
        const part = text.slice(from, close);
        if (quote === 34 && part.includes('\\'))
            throw DECLINE;
        out += part;
        if (quote === 39 && text.charCodeAt(close + 1) === 39) {
            out += "'";
            from = close + 2;
            continue;
        }
        const after = text.slice(close + 1);
        if (after && !(commentAfter && /^ +(?:#.*)?$/.test(after)))
            throw DECLINE;
        return out;
    }
}

// EXTERNAL MODULE: ./src/parse/parse-json.ts
var parse_json = __webpack_require__(399);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/parse/parse-toml.ts
/**
 * TOML (R2R and other Python tools' configs) → data plus the line of every key by dotted path, with the
 * position of a syntax error. smol-toml parses; a light line scanner finds where each key is written
 * (`[table]` and `[[array-of-tables]]` headers, dotted and quoted keys), since the parser keeps no positions.
 */

function parseToml(source) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    let data;
    try {
        data = plain((0,smol_toml_dist/* parse */.qg)(text, { integersAsBigInt: false, unsafeKeyBehaviour: 'drop', maxDepth: 256 }));
    }
    catch (e) {
        if (e instanceof smol_toml_dist/* TomlError */.zx)
            return { data: undefined, keyLines: new Map(), error: { line: e.line, column: e.column, message: firstLine(e.message) } };
        return { data: undefined, keyLines: new Map(), error: { line: 1, column: 1, message: firstLine(e.message) } };
    }
    return { data, keyLines: scanKeyLines(text) };
}
/** TOML dates become ISO strings, so the tree is plain JSON like the YAML and JSON ones. */
function plain(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    if (Array.isArray(value))
        return value.map(plain);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = plain(v);
        return out;
    }
    return value;
}
/** A table header `[a.b]` or `[[a.b]]`, and a `key = value` line, found without nested repeats. */
const TABLE = /^\s*\[([^[\]]+)\]\s*(?:#.*)?$/;
const ARRAY_TABLE = /^\s*\[\[([^[\]]+)\]\]\s*(?:#.*)?$/;
const KEY_VALUE = /^\s*([A-Za-z0-9_"'-][^=]*)=/;
function scanKeyLines(text) {
    const out = new Map();
    const arrayCounts = new Map();
    let prefix = '';
    let multiline;
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n] ?? '';
        if (multiline) {
            if (line.includes(multiline))
                multiline = undefined;
            continue;
        }
        const arrayTable = ARRAY_TABLE.exec(line);
        const arrayKey = arrayTable ? splitKey(arrayTable[1] ?? '') : undefined;
        if (arrayKey) {
            const base = arrayKey.join('.');
            const index = arrayCounts.get(base) ?? 0;
            arrayCounts.set(base, index + 1);
            prefix = `${base}.${index}`;
            if (!out.has(base))
                out.set(base, n + 1);
            out.set(prefix, n + 1);
            continue;
        }
        const table = TABLE.exec(line);
        const tableKey = table ? splitKey(table[1] ?? '') : undefined;
        if (tableKey) {
            prefix = tableKey.join('.');
            if (!out.has(prefix))
                out.set(prefix, n + 1);
            continue;
        }
        const kv = KEY_VALUE.exec(line);
        const key = kv ? splitKey((kv[1] ?? '').trim()) : undefined;
        if (kv && key) {
            const path = [prefix, ...key].filter(Boolean).join('.');
            out.set(path, n + 1);
            const rest = line.slice(kv[0].length);
            const opener = /^\s*("""|''')/.exec(rest)?.[1];
            if (opener && !rest.slice(rest.indexOf(opener) + 3).includes(opener))
                multiline = opener;
        }
    }
    return out;
}
/** `a . "b.c" . 'd'` → ['a', 'b.c', 'd']; undefined when the text is not a TOML key. */
function splitKey(key) {
    const parts = [];
    let i = 0;
    const skip = () => {
        while (key[i] === ' ' || key[i] === '\t')
            i++;
    };
    for (;;) {
        skip();
        const c = key[i];
        if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < key.length && key[j] !== c)
                j += c === '"' && key[j] === '\\' ? 2 : 1;
            if (j >= key.length)
                return undefined;
            const raw = key.slice(i, j + 1);
            try {
                parts.push(c === '"' ? JSON.parse(raw) : raw.slice(1, -1));
            }
            catch {
                return undefined;
            }
            i = j + 1;
        }
        else {
            const m = /^[A-Za-z0-9_-]+/.exec(key.slice(i));
            if (!m)
                return undefined;
            parts.push(m[0]);
            i += m[0].length;
        }
        skip();
        if (i >= key.length)
            return parts;
        if (key[i] !== '.')
            return undefined;
        i++;
    }
}
function firstLine(s) {
    return (s.split('\n')[0] ?? s).trim();
}

;// CONCATENATED MODULE: ./src/parse/parse-structured.ts
/**
 * YAML, JSON and TOML configs → data plus the line of every key (yaml's LineCounter, a positional JSON
 * parser, a TOML key scanner). Keys are addressed by dotted path; sequence items by their index
 * (`datasets.0.path`).
 */




/** Bounds alias expansion so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;
/** The syntax a config file is written in, by its extension (YAML for anything else). */
function syntaxOf(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.toml'))
        return 'toml';
    return 'yaml';
}
/**
 * @param syntax how to read the text; YAML (the default) also reads JSON, but `json` gives JSON's own
 *   error positions and semantics.
 */
function parseStructured(source, syntax = 'yaml') {
    if (syntax === 'json')
        return (0,parse_json/* parseJson */.q)(source);
    if (syntax === 'toml')
        return parseToml(source);
    return parseYaml(source);
}
function parseYaml(source) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const parsed = parseYamlText(text);
    if (!parsed.error || !/closing .?quote|Implicit keys need to be on a single line/i.test(parsed.error.message))
        return parsed;
    // PyYAML, which most Python tools (Dify, axolotl, LLaMA-Factory) load their YAML with, accepts quoted
    // scalars whose continuation lines are not indented; so do we, by indenting them (line numbers unchanged).
    const repaired = indentQuotedContinuations(text);
    if (repaired === text)
        return parsed;
    const retry = parseYamlText(repaired);
    return retry.error ? parsed : retry;
}
function parseYamlText(text) {
    // Most configs are plain block YAML, read without composing a document tree; the rest go to `yaml`.
    const simple = readBlockYaml(text);
    if (simple)
        return simple;
    return composeYaml(text);
}
/** Exported for the test that holds readBlockYaml to it. */
function composeYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const keyLines = new Map();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [docs];
    for (const doc of list) {
        const err = doc.errors[0];
        if (err) {
            const pos = lineCounter.linePos(err.pos[0]);
            return { data: undefined, keyLines, error: { line: pos.line, column: pos.col, message: parse_structured_firstLine(err.message) } };
        }
    }
    const first = list.find((d) => d.contents !== null);
    if (!first)
        return { data: undefined, keyLines };
    try {
        const data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        collectKeyLines(first.contents, lineCounter, keyLines);
        return { data, keyLines };
    }
    catch (e) {
        return { data: undefined, keyLines, error: { line: 1, column: 1, message: parse_structured_firstLine(e.message) } };
    }
}
/** Keys nested deeper than this get no line of their own. */
const MAX_KEY_DEPTH = 64;
/**
 * The line of every mapping key and sequence item of a composed document, by dotted path; `lineOffset` is
 * added (front matter starts below its opening `---`).
 */
function collectKeyLines(node, lc, out, lineOffset = 0) {
    collectLines(node, '', lc, out, lineOffset, 0);
}
function collectLines(node, prefix, lc, out, lineOffset, depth) {
    if (depth > MAX_KEY_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(node)) {
        for (const item of node.items) {
            const key = item.key;
            const value = key?.value;
            if (!key || value === undefined || value === null || !key.range)
                continue;
            const path = prefix ? `${prefix}.${String(value)}` : String(value);
            out.set(path, lc.linePos(key.range[0]).line + lineOffset);
            collectLines(item.value, path, lc, out, lineOffset, depth + 1);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => {
            const path = prefix ? `${prefix}.${index}` : String(index);
            const range = item?.range;
            if (range)
                out.set(path, lc.linePos(range[0]).line + lineOffset);
            collectLines(item, path, lc, out, lineOffset, depth + 1);
        });
    }
}
/** A `key: 'value…`, `- 'value…` or `- key: 'value…` line: its indentation, the quote, and what follows it. */
function quotedValueStart(line) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    let i = indent.length;
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
        i += 2;
        while (line[i] === ' ' || line[i] === '\t')
            i++;
    }
    if (line[i] !== "'" && line[i] !== '"') {
        if (line[i] === '#' || line[i] === undefined)
            return undefined;
        const colon = line.indexOf(': ', i);
        const hash = line.indexOf(' #', i);
        if (colon === -1 || (hash !== -1 && hash < colon))
            return undefined;
        i = colon + 2;
        while (line[i] === ' ' || line[i] === '\t')
            i++;
    }
    const quote = line[i];
    if (quote !== "'" && quote !== '"')
        return undefined;
    return { indent, quote, rest: line.slice(i + 1) };
}
/**
 * Indents the continuation lines of multi-line quoted scalars that are not indented past their key, as PyYAML
 * reads them. Only lines inside an open quote are touched; no line is added or removed.
 */
function indentQuotedContinuations(text) {
    const lines = text.split('\n');
    let quote;
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
            if (closes(line, quote, 0))
                quote = undefined;
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
function leading(s) {
    return s.length - s.trimStart().length;
}
/** Whether a quoted scalar that is open at `from` closes on this line ('' and \" are escapes). */
function closes(s, quote, from) {
    for (let i = from; i < s.length; i++) {
        const c = s[i];
        if (quote === '"' && c === '\\') {
            i++;
            continue;
        }
        if (c !== quote)
            continue;
        if (quote === "'" && s[i + 1] === "'") {
            i++;
            continue;
        }
        return true;
    }
    return false;
}
function parse_structured_firstLine(s) {
    return s.split('\n')[0] ?? s;
}

;// CONCATENATED MODULE: ./src/parse/parse-front-matter.ts
/** YAML front matter at the top of a Markdown file, parsed with positions. */



const OPEN = /^---[ \t]*\r?\n/;
/** Bounds alias expansion so a "billion laughs" block cannot exhaust memory. */
const parse_front_matter_MAX_ALIAS_COUNT = 100;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
function parseFrontMatter(text) {
    const open = OPEN.exec(text);
    if (!open)
        return undefined;
    const rest = text.slice(open[0].length);
    const close = CLOSE.exec(rest);
    if (!close)
        return undefined; // a lone `---` is a thematic break, not front matter
    const yamlText = rest.slice(0, close.index);
    const lineCount = 2 + countLines(yamlText);
    // Most front matter is plain block YAML (`status: accepted`, an `llm:` map), read without the YAML composer,
    // which costs more per record than the Markdown of its body.
    const simple = readBlockYaml(yamlText);
    if (simple) {
        const keyLines = new Map();
        for (const [path, line] of simple.keyLines)
            keyLines.set(path, line + 1);
        return { data: simple.data, firstLine: 2, lineCount, keyLines };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const keyLines = new Map();
    const fm = { data: undefined, firstLine: 2, lineCount, keyLines };
    const err = doc.errors[0];
    if (err) {
        const pos = lineCounter.linePos(err.pos[0]);
        fm.error = { line: pos.line + 1, column: pos.col, message: err.message.split('\n')[0] ?? err.message };
        return fm;
    }
    try {
        fm.data = doc.toJS({ maxAliasCount: parse_front_matter_MAX_ALIAS_COUNT });
    }
    catch (e) {
        // An alias bomb ("billion laughs") or a structure too deep to convert: an error at the first YAML line.
        fm.error = { line: fm.firstLine, column: 1, message: e.message.split('\n')[0] ?? String(e) };
        return fm;
    }
    collectKeyLines(doc.contents, lineCounter, keyLines, 1);
    return fm;
}
function countLines(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) === 10)
            n++;
    return n;
}

;// CONCATENATED MODULE: ./src/parse/read-simple-inline.ts
/**
 * The plain text of the two kinds of inline markup decision records use most, without markdown-it's inline
 * tokeniser: a whole line in underscores (`_Owner: Mateo Silva_`) and links with a plain label and a plain
 * destination (`[the design review](https://wiki.example.com/adr-46)`). Returns undefined for anything else,
 * which markdown-it then tokenises: each record has few such blocks, so markdown-it's inline code rarely gets
 * warm and cost about 50 µs per block. __tests__/parse/simple-markdown.test.ts holds the text equal to what
 * markdown-it's tokens give.
 */
/**
 * The characters that can start inline markup under parse-markdown's options (escape, code, strikethrough,
 * emphasis, link, image, autolink/HTML, entity). Inline content without any of them is plain text, line breaks aside.
 */
const INLINE_MARKUP = /[\\`~*_[!<&]/;
/** A link whose label has no markup, brackets or line break, and whose destination no space, control character, parenthesis, `<`, `&` or `\`. */
// eslint-disable-next-line no-control-regex -- markdown-it ends a destination at a control character
const LINK = /\[([^\\`~*_[\]!<&\n]*)\]\(([^\s()<>\\&\x00-\x1f\x7f]*)\)/y;
/** A destination with a scheme: only http and https are read here (markdown-it refuses `javascript:` and the like). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB = /^https?:\/\//i;
/** The text markdown-it's inline tokens would give (line breaks still as in the content), or undefined. */
function readSimpleInline(content) {
    if (content.length >= 3 && content.charCodeAt(0) === 95 && content.charCodeAt(content.length - 1) === 95) {
        // `_text_`: emphasis when the text neither starts nor ends with a space, and holds no other markup.
        const inner = content.slice(1, -1);
        if (INLINE_MARKUP.test(inner) || /^\s|\s$/.test(inner))
            return undefined;
        return inner;
    }
    let out = '';
    let from = 0;
    for (let at = content.indexOf('['); at !== -1; at = content.indexOf('[', from)) {
        if (INLINE_MARKUP.test(content.slice(from, at)))
            return undefined;
        LINK.lastIndex = at;
        const link = LINK.exec(content);
        if (!link)
            return undefined;
        const dest = link[2];
        if (SCHEME.test(dest) && !WEB.test(dest))
            return undefined;
        out += content.slice(from, at) + link[1];
        from = LINK.lastIndex;
    }
    if (from === 0 || INLINE_MARKUP.test(content.slice(from)))
        return undefined;
    return out + content.slice(from);
}

;// CONCATENATED MODULE: ./src/parse/read-simple-markdown.ts
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
var Start;
(function (Start) {
    Start[Start["Paragraph"] = 0] = "Paragraph";
    Start[Start["Heading"] = 1] = "Heading";
    Start[Start["Fence"] = 2] = "Fence";
    Start[Start["Comment"] = 3] = "Comment";
    Start[Start["Bullet"] = 4] = "Bullet";
    Start[Start["Ordered"] = 5] = "Ordered";
    /** Something this reader does not handle: the whole text goes to markdown-it. */
    Start[Start["Unknown"] = 6] = "Unknown";
})(Start || (Start = {}));
class Lines {
    src;
    /** Start offset, end offset (the `\n` or the text's end) and leading spaces of each line. */
    begin = [];
    end = [];
    indent = [];
    constructor(src) {
        this.src = src;
        const len = src.length;
        let pos = 0;
        while (pos < len) {
            let first = pos;
            while (first < len && src.charCodeAt(first) === SPACE)
                first++;
            let nl = src.indexOf('\n', first);
            if (nl === -1) {
                if (first === len)
                    break; // markdown-it has no line for trailing spaces after the last line break
                nl = len;
            }
            this.begin.push(pos);
            this.end.push(nl);
            this.indent.push(first - pos);
            pos = nl + 1;
        }
    }
    /** The first `|` at or after the last offset asked about (text is asked about in order). */
    pipe = -2;
    hasPipe(from, end) {
        if (this.pipe !== -1 && this.pipe < from)
            this.pipe = this.src.indexOf('|', from);
        return this.pipe !== -1 && this.pipe < end;
    }
    get count() {
        return this.begin.length;
    }
    blank(line) {
        return this.begin[line] + this.indent[line] >= this.end[line];
    }
    /** Offset of the line's first non-space character. */
    first(line) {
        return this.begin[line] + this.indent[line];
    }
}
/** Blocks, or undefined to leave the text to markdown-it. */
function readSimpleMarkdown(src) {
    if (src.indexOf('\t') !== -1 || src.indexOf('\r') !== -1 || src.indexOf('\0') !== -1)
        return undefined;
    const lines = new Lines(src);
    const out = [];
    const n = lines.count;
    /** Content column of the open list item, or -1 outside lists. */
    let item = -1;
    let line = 0;
    while (line < n) {
        if (lines.blank(line)) {
            line++;
            continue;
        }
        const s = lines.indent[line];
        const at = lines.first(line);
        if (item >= 0) {
            if (s >= item) {
                // A further block of the open item (after a blank line): only a plain paragraph is handled.
                if (s - item >= 4 || !plainParagraph(src, at, lines.end[line]))
                    return undefined;
                const next = paragraph(lines, line, item, at, out);
                if (next < 0)
                    return undefined;
                line = next;
                continue;
            }
            item = -1;
        }
        if (s >= 4)
            return undefined; // indented code
        const end = lines.end[line];
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
                while (content < end && src.charCodeAt(content) === SPACE)
                    content++;
                const spaces = content - marker;
                if (content >= end || spaces > 4)
                    return undefined; // an empty item, or indented code inside one
                if (!plainParagraph(src, content, end))
                    return undefined;
                item = s + (marker - at) + spaces;
                const next = paragraph(lines, line, item, content, out);
                if (next < 0)
                    return undefined;
                line = next;
                break;
            }
            case Start.Paragraph: {
                if (!plainParagraph(src, at, end))
                    return undefined;
                const next = paragraph(lines, line, 0, at, out);
                if (next < 0)
                    return undefined;
                line = next;
                break;
            }
        }
    }
    return out;
}
/** A paragraph starts at `at`, and not a reference definition (`[label]: …`), which only markdown-it reads. */
function plainParagraph(src, at, end) {
    return lineStart(src, at, end) === Start.Paragraph && src.charCodeAt(at) !== BRACKET;
}
/**
 * A paragraph from `line` (its text from `from`), inside blocks indented by `indent` (a list item's content
 * column; 0 outside lists): its lines run to a blank line or a line that starts another block. Returns the
 * line after it, or -1 to decline.
 */
function paragraph(lines, line, indent, from, out) {
    const src = lines.src;
    const inList = indent > 0;
    if (lines.hasPipe(from, lines.end[line]))
        return -1;
    let next = line + 1;
    for (; next < lines.count && !lines.blank(next); next++) {
        const s = lines.indent[next];
        const at = lines.first(next);
        const end = lines.end[next];
        if (lines.hasPipe(at, end))
            return -1;
        if (s - indent > 3)
            continue; // indented more: a continuation whatever it holds
        const kind = lineStart(src, at, end);
        if (kind === Start.Paragraph)
            continue;
        if (kind === Start.Unknown)
            return -1;
        // Outside lists, a list interrupts a paragraph only with content, and an ordered one only from 1. In an
        // item, any marker ends the paragraph; the caller declines what follows unless it is a next item with content.
        if (!inList && (kind === Start.Bullet || kind === Start.Ordered) && !canInterrupt(src, kind, at, end))
            continue;
        break;
    }
    out.push({ type: 'inline', content: asciiTrim(linesText(lines, line, next, indent, from)), line, heading: 0, inList });
    return next;
}
/** The text of lines [begin, end) without their last line break, each line's indentation up to `indent` removed. */
function linesText(lines, begin, end, indent, from) {
    const src = lines.src;
    if (indent === 0)
        return src.slice(from, lines.end[end - 1]);
    let text = src.slice(from, lines.end[begin]);
    for (let l = begin + 1; l < end; l++)
        text += `\n${src.slice(lines.begin[l] + Math.min(lines.indent[l], indent), lines.end[l])}`;
    return text;
}
function heading(src, line, at, end) {
    let pos = at;
    while (pos < end && src.charCodeAt(pos) === HASH)
        pos++;
    const level = pos - at;
    // Trailing spaces, then a closing run of `#` when a space precedes it.
    let max = end;
    while (max > pos && src.charCodeAt(max - 1) === SPACE)
        max--;
    let tmp = max;
    while (tmp > pos && src.charCodeAt(tmp - 1) === HASH)
        tmp--;
    if (tmp > pos && src.charCodeAt(tmp - 1) === SPACE)
        max = tmp;
    return { type: 'inline', content: asciiTrim(src.slice(pos, max)), line, heading: level, inList: false };
}
function fence(lines, line, out) {
    const src = lines.src;
    const at = lines.first(line);
    const marker = src.charCodeAt(at);
    let pos = at;
    while (pos < lines.end[line] && src.charCodeAt(pos) === marker)
        pos++;
    const len = pos - at;
    let next = line + 1;
    let closed = false;
    for (; next < lines.count; next++) {
        const first = lines.first(next);
        const end = lines.end[next];
        if (src.charCodeAt(first) !== marker || lines.indent[next] >= 4)
            continue;
        let p = first;
        while (p < end && src.charCodeAt(p) === marker)
            p++;
        if (p - first < len)
            continue;
        while (p < end && src.charCodeAt(p) === SPACE)
            p++;
        if (p < end)
            continue;
        closed = true;
        break;
    }
    // Content lines keep their line breaks and lose up to the opening fence's indentation.
    const strip = lines.indent[line];
    let content = '';
    for (let l = line + 1; l < next; l++)
        content += src.slice(lines.begin[l] + Math.min(lines.indent[l], strip), lines.end[l] + 1);
    out.push({ type: 'fence', content, line, heading: 0, inList: false });
    return closed ? next + 1 : next;
}
function comment(lines, line, out) {
    const src = lines.src;
    // The block ends after the line holding `-->` (`<!-->` counts: markdown-it looks from the `<`), or at the end.
    const close = src.indexOf('-->', lines.begin[line]);
    let last = line;
    if (close === -1)
        last = lines.count - 1;
    else
        while (lines.end[last] < close)
            last++;
    out.push({ type: 'html', content: src.slice(lines.begin[line], lines.end[last] + 1), line, heading: 0, inList: false });
    return last + 1;
}
/** What the line from `at` (its first non-space character, indented at most 3) starts. */
function lineStart(src, at, end) {
    const ch = src.charCodeAt(at);
    switch (ch) {
        case HASH: {
            let pos = at;
            while (pos < end && src.charCodeAt(pos) === HASH)
                pos++;
            if (pos - at > 6 || (pos < end && src.charCodeAt(pos) !== SPACE))
                return Start.Paragraph;
            return Start.Heading;
        }
        case BACKTICK:
        case TILDE: {
            let pos = at;
            while (pos < end && src.charCodeAt(pos) === ch)
                pos++;
            if (pos - at < 3)
                return Start.Paragraph;
            if (ch === BACKTICK)
                for (let p = pos; p < end; p++)
                    if (src.charCodeAt(p) === BACKTICK)
                        return Start.Paragraph;
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
            if (ch !== PLUS && (thematicBreak(src, at, end, ch) || (ch === DASH && underline(src, at, end, DASH))))
                return Start.Unknown;
            if (ch === UNDERSCORE)
                return Start.Paragraph;
            return at + 1 >= end || src.charCodeAt(at + 1) === SPACE ? Start.Bullet : Start.Paragraph;
        default:
            if (ch >= 48 && ch <= 57)
                return markerEnd(src, at, end) > at ? Start.Ordered : Start.Paragraph;
            return Start.Paragraph;
    }
}
/** The offset after a list marker starting at `at` (`-`, `*`, `+`, or up to 9 digits and `.` or `)`), or `at`. */
function markerEnd(src, at, end) {
    const ch = src.charCodeAt(at);
    if (ch === DASH || ch === STAR || ch === PLUS)
        return at + 1;
    let pos = at;
    while (pos < end && pos - at < 10) {
        const c = src.charCodeAt(pos);
        if (c < 48 || c > 57)
            break;
        pos++;
    }
    if (pos === at || pos - at > 9 || pos >= end)
        return at;
    const delim = src.charCodeAt(pos);
    if (delim !== 46 && delim !== 41)
        return at;
    pos++;
    if (pos < end && src.charCodeAt(pos) !== SPACE)
        return at;
    return pos;
}
function emptyItem(src, at, end) {
    let pos = markerEnd(src, at, end);
    while (pos < end && src.charCodeAt(pos) === SPACE)
        pos++;
    return pos >= end;
}
/** Outside a list, a list item interrupts a paragraph only when it has content and, if ordered, starts at 1. */
function canInterrupt(src, kind, at, end) {
    if (emptyItem(src, at, end))
        return false;
    return kind === Start.Bullet || Number(src.slice(at, markerEnd(src, at, end) - 1)) === 1;
}
/** A line of `marker` only, then spaces: a setext underline after a paragraph line. */
function underline(src, at, end, marker) {
    let pos = at;
    while (pos < end && src.charCodeAt(pos) === marker)
        pos++;
    while (pos < end && src.charCodeAt(pos) === SPACE)
        pos++;
    return pos >= end;
}
/** Three or more of `marker` with nothing but spaces between them. */
function thematicBreak(src, at, end, marker) {
    let count = 0;
    for (let pos = at; pos < end; pos++) {
        const c = src.charCodeAt(pos);
        if (c === marker)
            count++;
        else if (c !== SPACE)
            return false;
    }
    return count >= 3;
}
/** Trims spaces and line breaks (tabs and carriage returns never reach here), as markdown-it does. */
function asciiTrim(s) {
    let start = 0;
    let end = s.length;
    while (start < end && (s.charCodeAt(start) === SPACE || s.charCodeAt(start) === 10))
        start++;
    while (end > start && (s.charCodeAt(end - 1) === SPACE || s.charCodeAt(end - 1) === 10))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}

;// CONCATENATED MODULE: ./src/parse/parse-markdown.ts
/**
 * Markdown → blocks of plain text with 1-based line numbers (markdown-it token maps).
 * Front matter lines are blanked before tokenising so every line number stays the file's own.
 */




const md = new markdown_it/* default */.A({ html: true, linkify: false, typographer: false });
/*
 * markdown-it 15's Token is compiled with a defineProperty helper per field (13 helper calls per token), which
 * was a fifth of its block parse. The block state here builds the same tokens with plain assignments: same
 * fields in the same order, markdown-it's Token prototype (its methods, `instanceof`), and the push logic of
 * StateBlock.push. The test in __tests__/parse/light-tokens.test.ts holds the token streams identical.
 */
const MarkdownToken = new md.core.State('', md, {}).Token;
class LightToken {
    constructor(type, tag, nesting) {
        const t = this;
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
    push(type, tag, nesting) {
        const token = new LightToken(type, tag, nesting);
        token.block = true;
        if (nesting < 0)
            this.level--;
        token.level = this.level;
        if (nesting > 0)
            this.level++;
        this.tokens.push(token);
        return token;
    }
}
md.block.State = LightStateBlock;
/** The parser (for the test that compares its tokens with markdown-it's own). */
const markdownParser = (/* unused pure expression or super */ null && (md));
// Inline content is read when the blocks are (plainText below), not by markdown-it's core inline rule: most
// prose in a decision record has no inline markup, and of the rest most is a line in underscores or plain links.
md.core.ruler.at('inline', () => { });
function parseMarkdown(source, options) {
    const { frontMatter, body } = splitFrontMatter(source);
    const simple = options?.markdownItOnly ? undefined : readSimpleMarkdown(body);
    // The block parse records reference definitions in `env`; inline links may use them.
    const env = {};
    const { blocks, comments } = simple ? fromSimpleBlocks(simple, env) : fromTokens(md.parse(body, env), env);
    return { ...(frontMatter ? { frontMatter } : {}), blocks, comments };
}
/**
 * The plain text of a block's inline content: as it is when it has no markup, by readSimpleInline for a line in
 * underscores or plain links, else from markdown-it's inline tokens.
 */
function plainText(content, env, comments, line) {
    if (!INLINE_MARKUP.test(content))
        return inlineText(content, null, comments, line);
    const simpleText = readSimpleInline(content);
    if (simpleText !== undefined)
        return inlineText(simpleText, null, comments, line);
    const children = [];
    md.inline.parse(content, md, env, children);
    return inlineText(content, children, comments, line);
}
/** Blocks from the plain-Markdown reader: the same as from markdown-it's tokens for the texts it accepts. */
function fromSimpleBlocks(simple, env) {
    const blocks = [];
    const comments = [];
    for (const b of simple) {
        const line = b.line + 1;
        if (b.type === 'inline') {
            const plain = plainText(b.content, env, comments, line);
            const kind = b.heading ? 'heading' : b.inList ? 'list-item' : 'paragraph';
            if (plain.trim())
                blocks.push({ kind, text: plain, line, ...(b.heading ? { level: b.heading } : {}) });
        }
        else if (b.type === 'fence')
            blocks.push({ kind: 'code', text: b.content, line: line + 1 });
        else
            collectComments(b.content, line, comments);
    }
    return { blocks, comments };
}
function fromTokens(tokens, env) {
    const blocks = [];
    const comments = [];
    let inListItem = 0;
    let row;
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
                if (row && row.cells.some((c) => c.trim()))
                    blocks.push({ kind: 'table-row', text: row.cells.join(' | '), line: row.line });
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
                const kind = headingLevel ? 'heading' : inListItem ? 'list-item' : 'paragraph';
                if (plain.trim())
                    blocks.push({ kind, text: plain, line, ...(headingLevel ? { level: headingLevel } : {}) });
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
function splitFrontMatter(source) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const frontMatter = parseFrontMatter(text);
    return { frontMatter, body: frontMatter ? blankLines(text, frontMatter.lineCount) : text };
}
function blankLines(text, count) {
    let idx = 0;
    for (let i = 0; i < count && idx !== -1; i++)
        idx = text.indexOf('\n', idx) + 1 || -1;
    if (idx === -1)
        return '';
    return '\n'.repeat(count) + text.slice(idx);
}
function inlineText(content, children, comments, line) {
    // Plain content, as markdown-it's newline rule reads it: spaces before a line break and indentation after it dropped.
    if (!children?.length)
        return content.includes('\n') ? dropBreakSpaces(content) : content;
    let out = '';
    for (const c of children) {
        // text_special (escapes, entities) is what markdown-it's text_join rule turns into text after the inline parse.
        if (c.type === 'text' || c.type === 'code_inline' || c.type === 'text_special')
            out += c.content;
        else if (c.type === 'softbreak' || c.type === 'hardbreak')
            out += '\n';
        else if (c.type === 'html_inline') {
            const before = countNewlines(out);
            collectComments(c.content, line + before, comments);
        }
        else if (c.type === 'image')
            out += c.content;
    }
    return out;
}
/** Each ` *\n[ \t]*` replaced by a line break, by hand: the regex tried its ` *` at every space of every paragraph. */
function dropBreakSpaces(s) {
    let out = '';
    let from = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
        let end = nl;
        while (end > from && s.charCodeAt(end - 1) === 32)
            end--;
        out += `${s.slice(from, end)}\n`;
        from = nl + 1;
        while (from < s.length && (s.charCodeAt(from) === 32 || s.charCodeAt(from) === 9))
            from++;
    }
    return out + s.slice(from);
}
function countNewlines(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) === 10)
            n++;
    return n;
}
function collectComments(html, line, out) {
    let from = 0;
    for (;;) {
        const start = html.indexOf('<!--', from);
        if (start === -1)
            return;
        const end = html.indexOf('-->', start + 4);
        const stop = end === -1 ? html.length : end;
        out.push({ text: html.slice(start + 4, stop).trim(), line: line + countNewlines(html.slice(0, start)) });
        from = stop + 3;
    }
}

;// CONCATENATED MODULE: ./src/extract/compute-recommendation.ts
const KNOWLEDGE_BOOLEANS = [
    'knowledge.changesFast',
    'requires.citations',
    'requires.audit',
    'knowledge.perTenant',
    'data.sensitive',
    'data.erasure',
    'knowledge.corpusGrowing',
];
const BEHAVIOR_BOOLEANS = [
    'behavior.strictFormat',
    'behavior.tone',
    'behavior.narrowTask',
    'behavior.highVolume',
    'behavior.latencySensitive',
    'behavior.reasoning',
    'behavior.vocabulary',
];
const LARGE_CORPUS = 10_000;
const PROMPT_BLOAT_TOKENS = 1_500;
function computeRecommendation(facts) {
    const signals = [];
    const add = (side, fact) => {
        const ev = facts[fact]?.evidence;
        signals.push({ side, fact, line: ev?.line ?? 1, text: ev?.text ?? '' });
    };
    for (const name of KNOWLEDGE_BOOLEANS)
        if (facts[name]?.value === true)
            add('knowledge', name);
    const corpus = facts['knowledge.corpusDocuments']?.value;
    if (typeof corpus === 'number' && corpus >= LARGE_CORPUS)
        add('knowledge', 'knowledge.corpusDocuments');
    const purpose = facts['finetune.purpose']?.value;
    if (purpose === 'knowledge' || purpose === 'mixed')
        add('knowledge', 'finetune.purpose');
    for (const name of BEHAVIOR_BOOLEANS)
        if (facts[name]?.value === true)
            add('behavior', name);
    const tokens = facts['prompt.instructionTokens']?.value;
    if (typeof tokens === 'number' && tokens >= PROMPT_BLOAT_TOKENS)
        add('behavior', 'prompt.instructionTokens');
    const k = signals.filter((s) => s.side === 'knowledge').length;
    const b = signals.length - k;
    const value = k && b ? 'hybrid' : k ? 'rag' : b ? 'fine-tuning' : 'prompting';
    return { value, signals };
}

// EXTERNAL MODULE: ./src/facts/vocabulary.ts
var vocabulary = __webpack_require__(5123);
;// CONCATENATED MODULE: ./src/extract/read-declared-facts.ts
/**
 * The `llm:` front-matter block (and the manifest, SPEC §6.4): declared values that win over prose.
 * Unknown keys and wrongly typed values become `invalid-front-matter` problems, never guesses.
 */


const KEYS = {
    approach: { fact: 'approach', kind: { enum: vocabulary/* APPROACHES */.lg } },
    'finetune-purpose': { fact: 'finetune.purpose', kind: { enum: vocabulary/* PURPOSES */.a7.filter((p) => p !== 'unknown') } },
    'knowledge-volatility': { fact: 'knowledge.volatility', kind: { enum: vocabulary/* VOLATILITIES */.Oz } },
    'citations-required': { fact: 'requires.citations', kind: 'boolean' },
    'audit-required': { fact: 'requires.audit', kind: 'boolean' },
    'per-tenant': { fact: 'knowledge.perTenant', kind: 'boolean' },
    'personal-data': { fact: 'data.sensitive', kind: 'boolean' },
    erasure: { fact: 'data.erasure', kind: 'boolean' },
    'corpus-documents': { fact: 'knowledge.corpusDocuments', kind: 'number' },
    'training-examples': { fact: 'training.examples', kind: 'number' },
    'eval-set': { fact: 'training.evalSet', kind: 'boolean' },
    'baseline-evaluated': { fact: 'baseline.evaluated', kind: 'boolean' },
    chunking: { fact: 'rag.chunking', kind: { enum: ['fixed', 'recursive', 'semantic', 'structure', 'unknown'] } },
    'rag-evaluation': { fact: 'rag.evaluation', kind: 'boolean' },
    behavior: { fact: 'behavior', kind: 'behavior' },
};
const BEHAVIOR_TAGS = {
    'strict-format': 'behavior.strictFormat',
    tone: 'behavior.tone',
    'narrow-task': 'behavior.narrowTask',
    reasoning: 'behavior.reasoning',
    vocabulary: 'behavior.vocabulary',
    'high-volume': 'behavior.highVolume',
    latency: 'behavior.latencySensitive',
};
const DECLARED_KEYS = Object.keys(KEYS);
/** Volatilities that count as changing fast (SPEC §6.1 `knowledge.changesFast`). */
const FAST = new Set(['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'frequent']);
/**
 * @param block the parsed `llm:` mapping
 * @param keyLine line of `<prefix>.<key>` in the file (prefix `llm` for front matter, '' for a manifest)
 */
function readDeclaredFacts(block, path, keyLine, source, prefix, options = {}) {
    const facts = newFactRecord();
    const problems = [];
    const where = (key) => (prefix ? `${prefix}.${key}` : key);
    const allowed = [...(options.extraKeys ?? []), ...DECLARED_KEYS].join(', ');
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
        problems.push({
            ruleId: 'invalid-front-matter',
            line: keyLine(''),
            message: `\`${prefix || 'manifest'}\` must be a mapping of declared facts (${DECLARED_KEYS.join(', ')}).`,
        });
        return { facts, problems };
    }
    for (const [key, value] of Object.entries(block)) {
        const line = keyLine(key);
        const evidence = { path, line, text: `${where(key)}: ${JSON.stringify(value)}`, source };
        const spec = KEYS[key];
        if (!spec) {
            problems.push({
                ruleId: 'invalid-front-matter',
                line,
                message: `Unknown key \`${where(key)}\`; expected one of ${allowed}.`,
            });
            continue;
        }
        const error = checkValue(spec.kind, value);
        if (error) {
            problems.push({ ruleId: 'invalid-front-matter', line, message: `\`${where(key)}\` ${error}.` });
            continue;
        }
        if (spec.kind === 'behavior') {
            for (const tag of value)
                facts[BEHAVIOR_TAGS[tag]] = { value: true, evidence };
            continue;
        }
        facts[spec.fact] = { value: value, evidence };
        if (spec.fact === 'knowledge.volatility')
            facts['knowledge.changesFast'] = { value: FAST.has(value), evidence };
        if (spec.fact === 'approach') {
            const a = value;
            facts['uses.fineTuning'] = { value: a === 'fine-tuning' || a === 'hybrid' || a === 'continued-pretraining', evidence };
            facts['uses.retrieval'] = { value: a === 'rag' || a === 'hybrid', evidence };
        }
    }
    return { facts, problems };
}
function checkValue(kind, value) {
    if (kind === 'boolean')
        return typeof value === 'boolean' ? undefined : `must be true or false, got ${JSON.stringify(value)}`;
    if (kind === 'number')
        return typeof value === 'number' && Number.isFinite(value) && value >= 0
            ? undefined
            : `must be a non-negative number, got ${JSON.stringify(value)}`;
    if (kind === 'behavior') {
        const tags = Object.keys(BEHAVIOR_TAGS);
        if (!Array.isArray(value))
            return `must be a list of ${tags.join(', ')}`;
        const bad = value.find((v) => typeof v !== 'string' || !(v in BEHAVIOR_TAGS));
        return bad === undefined ? undefined : `has unknown behaviour ${JSON.stringify(bad)}; expected one of ${tags.join(', ')}`;
    }
    return typeof value === 'string' && kind.enum.includes(value)
        ? undefined
        : `must be one of ${kind.enum.join(', ')}, got ${JSON.stringify(value)}`;
}

// EXTERNAL MODULE: ./src/extract/read-suppressions.ts
var read_suppressions = __webpack_require__(1666);
// EXTERNAL MODULE: ./node_modules/@eslint-community/regexpp/index.mjs
var regexpp = __webpack_require__(1895);
;// CONCATENATED MODULE: ./src/extract/adr/gate-table.ts
// prettier-ignore
/** Generated by scripts/gen-gate-table.ts (`npm run embed`); see there. Do not edit. */
const GATE_TABLE = {
    " ": null,
    "(?:^|[^\\w.,])(\\d{1,3}(?:,\\d\\d\\d)+|\\d+(?:\\.\\d+)?)\\s*(k|K|thousand)?\\s+([ \\w-]{0,48}?)(?:examples|pairs|samples|conversations|dialogues|transcripts|demonstrations|instances|annotations|rows)\\b": ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?:^|[^\\w.,])(\\d{1,3}(?:,\\d\\d\\d)+|\\d+(?:\\.\\d+)?)\\s*(k|K|thousand|million|M)?\\s+([ \\w-]{0,48}?)(?:documents|docs|pages|articles|reports|manuals|contracts|PDFs|files|papers|records|rulings|stories|policies|standards|specifications|datasheets|filings|transcripts|entries|case files|notebooks|wiki pages)\\b": ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?:^|\\.)(?:example\\.(?:com|org|net)|example|test|invalid|localhost|local|domain\\.com|email\\.com|company\\.com|yourcompany\\.com|yourdomain\\.com|mycompany\\.com|acme\\.(?:com|org|corp)|foo\\.com|bar\\.com|test\\.com)$": ["example", "test", "invalid", "localhost", "local", "domain", "email", "company", "yourcompany", "yourdomain", "mycompany", "acme", "foo", "bar"],
    "(?:^|\\/)\\.github\\/": ["github"],
    "(?:^|\\/)llm-architecture\\.ya?ml$": ["architecture"],
    "(?<![\\d.])\\d+\\.\\d+\\.\\d+(?![\\d.])": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?<![\\w(])(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w])": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?<![\\w+])0\\d{1,4}[\\s-]\\d{2,4}[\\s-]\\d{2,4}(?:[\\s-]\\d{2,4})?(?:[\\s-]\\d{2,4})?(?![\\w])": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?<![\\w+])\\+\\d{1,3}[\\s.()\\d-]{6,20}\\d(?![\\w])": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per\\s?cent\\b|pct\\b|bps\\b|basis points\\b)": null,
    "(?<!\\d|\\d[.,])(?:\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{1,7}|\\d{4}[ -]\\d{6}[ -]\\d{4,5}|\\d{13,19})(?!\\d|[.,]\\d)": null,
    "(\\d[\\d,]*)[- ]?(?:tokens?|characters?|chars|words|%)?\\s*(?:of\\s+)?overlap|overlap(?:ping)?\\s+(?:of\\s+)?(\\d[\\d,]*)": null,
    "(\\d{1,3}(?:,\\d\\d\\d)+|\\d+(?:\\.\\d+)?)\\s*(k)?[- ]?(?:(?:instruction|fixed|static|prompt)\\s+)?(tokens?|words?)\\b": null,
    "(reason|until)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))": null,
    ",": null,
    ";|\\b(?:while|whereas|but)\\b": null,
    "Evaluator$": null,
    "[,;:()—–]|\\s-\\s|\\b(?:but|however|whereas|while)\\b": null,
    "[,;:]|\\b(?:but|while|whereas)\\b": null,
    "[-_]": null,
    "[.!?](?=\\s+[\"'([]?[A-Z0-9])": null,
    "[.,]": null,
    "[.,](?=\\d{3}\\b)": null,
    "[.,]\\d{1,2}$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "[;:]|\\b(?:but|while|whereas)\\b": null,
    "[A-Za-z0-9._%+-]+@[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}": null,
    "[\\s-]": null,
    "[^a-z0-9 &'-]+": null,
    "\\$\\{([^{}]*)\\}": null,
    "\\((?:chosen|selected|accepted|recommended)\\)": ["chosen", "selected", "accepted", "recommended"],
    "\\((?:chosen|selected|accepted|recommended|decision)\\)|✅|\\bchosen\\b": null,
    "\\.(?:jsonl|json|csv|tsv|parquet|txt|arrow)$": ["jsonl", "json", "csv", "tsv", "parquet", "txt", "arrow"],
    "\\.(jsonl?|csv|txt)$": ["json", "jsonl", "csv", "txt"],
    "\\.?0+$": null,
    "\\.evaluators?\\.": ["evaluator", "evaluators"],
    "\\/+$": null,
    "\\?\\s*$": null,
    "\\D": null,
    "\\S": null,
    "\\\\": null,
    "\\b(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}\\b": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b": null,
    "\\b(?:(?:large|big|huge) and (?:growing|expanding)|(?:keeps?|is) growing|grows (?:daily|weekly|every|each|by)|ever[- ]growing|growing (?:daily|weekly|every|each|by|fast|quickly|steadily)|new (?:documents|stories|reports|articles|pages|records) (?:are )?added (?:every|each|daily))\\b": ["growing", "expanding", "grows", "weekly", "steadily", "documents", "stories", "reports", "articles", "pages", "records"],
    "\\b(?:(?:one|an?|separate|dedicated) (?:LoRA )?(?:adapter|model|fine-tune)s? (?:per|for each) (?:tenant|customer|client|brand|dealer|operator|region)|(?:tenant|customer)[- ](?:filter\\w*|scoped retrieval|isolated)|filter\\w* by (?:tenant|customer))": ["tenant", "customer", "client", "brand", "dealer", "operator", "region", "filter"],
    "\\b(?:APR|APY|interest rate|exchange rate|tax rate|VAT rate|mortgage rate)\\s+(?:is\\s+|of\\s+|at\\s+)?\\d": ["apr", "apy", "interest", "exchange", "rate", "mortgage"],
    "\\b(?:JSON|XML|schema|(?:structured|fixed|house|report|answer|output|target) (?:templates?|layout|structure)|(?:report|answer|output) structure|strict(?:ly)? (?:output )?format\\w*|structured output|fixed format|output format|exact format|valid (?:JSON|YAML|XML|CSV))\\b": ["json", "xml", "schema", "structured", "template", "templates", "layout", "structure", "report", "answer", "output", "target", "strict", "strictly", "format", "valid"],
    "\\b(?:LLMs?|large language models?|language models?|BERT|RoBERTa|GPT[- ]?\\d\\w*|ChatGPT|Claude|Llama[- ]?\\d*|Mistral|Mixtral|Gemini|Gemma|Qwen|Phi-\\d|OpenAI|Anthropic|Bedrock|Vertex AI|Azure OpenAI|RAG\\b|retrieval[- ]augment\\w*|embedding models?|vector ?(?:db|database|store|index|search)s?\\b|vectorstore|Q?LoRA\\b|PEFT\\b|SFT\\b|prompt engineering|system prompt|few[- ]shot|foundation models?|generative AI|GenAI|chatbot|frontier models?|fine-tuned (?:model|LLM)|instruction[- ]tun\\w*|pgvector|pinecone|weaviate|qdrant|chroma(?:db)?\\b|llama-?index|langchain|hallucinat\\w* (?:rate|facts|answers|citations|references)|(?:instruction|static|the model's) prompt|fine[- ]?tun\\w* (?:a |an |the |our |its )?[ \\w-]{0,32}?(?:LLM|assistant|chatbot|copilot|adapter)s?|\\d+(?:\\.\\d+)?[Bb][- ](?:model|parameter|instruct)\\w*|(?:open|open-weights?|open-source|instruct|chat) models?)": ["llm", "llms", "language", "bert", "roberta", "gpt0", "gpt1", "gpt2", "gpt3", "gpt4", "gpt5", "gpt6", "gpt7", "gpt8", "gpt9", "gpt", "chatgpt", "claude", "llama", "mistral", "mixtral", "gemini", "gemma", "qwen", "phi", "openai", "anthropic", "bedrock", "vertex", "rag", "retrieval", "embedding", "vectordb", "vectordbs", "vectordatabase", "vectordatabases", "vectorstore", "vectorstores", "vectorindex", "vectorindexs", "vectorsearch", "vectorsearchs", "vector", "database", "databases", "searchs", "lora", "qlora", "peft", "sft", "engineering", "system", "shot", "foundation", "generative", "genai", "chatbot", "frontier", "tuned", "instruction", "pgvector", "pinecone", "weaviate", "qdrant", "chroma", "chromadb", "llamaindex", "langchain", "hallucinat", "static", "prompt", "finetun", "fine", "model", "parameter", "instruct", "models", "weight", "weights", "source"],
    "\\b(?:LLMs?|large language models?|language models?|GPT[- ]?\\d\\w*|ChatGPT|Claude|Llama[- ]?\\d*|Mistral|Mixtral|Gemini|Qwen|DeepSeek|Phi-\\d|generative (?:AI|models?)|foundation models?|AI[- ]powered [ \\w-]{0,48}?models?|hosted models?)\\b": ["llm", "llms", "language", "gpt0", "gpt1", "gpt2", "gpt3", "gpt4", "gpt5", "gpt6", "gpt7", "gpt8", "gpt9", "gpt", "chatgpt", "claude", "llama", "mistral", "mixtral", "gemini", "qwen", "deepseek", "phi", "generative", "foundation", "powered", "hosted"],
    "\\b(?:RAG\\b|retrieval[- ]augment\\w*|retrieval|retriever|BM25|dense (?:retrieval|vectors?|embeddings?|index)|embeddings?\\b|embedding models?|re-?rank\\w*|chunk(?:s|ing|ed)?\\b|retrieve[sd]?\\b|vector ?(?:db|database|store|index|search)s?\\b|vectorstore|semantic search|hybrid search|similarity search|knowledge base|document store|search index|grounded (?:on|in) (?:the |our )?(?:documents|sources|corpus|knowledge)|pgvector|pinecone|weaviate|qdrant|milvus|faiss|chroma(?:db)?\\b|opensearch|elasticsearch|llama-?index|haystack|(?:inject|include|insert|pass|put|add|supply|stuff|load|plac)\\w* (?:the )?[ \\w'-]{0,48}?(?:documents|passages|chunks|sections|pages|excerpts|clauses|records) (?:in|into) (?:the |a |an )?[ \\w'-]{0,48}?(?:prompt|context(?: window)?)\\b|(?:documents|passages|chunks|sections|pages|excerpts|clauses|records)\\b[^.;]{0,60}?\\b(?:placed|put|inserted|included|injected|loaded|added|passed|supplied) (?:in|into) (?:the |a |an )?[ \\w'-]{0,48}?(?:prompt|context)\\b|re-?embed\\w*|re-?index\\w*|index is (?:refreshed|rebuilt|updated))": ["rag", "retrieval", "retriever", "bm25", "vector", "vectors", "embedding", "embeddings", "dense", "rerank", "rank", "chunk", "chunks", "chunking", "chunked", "retrieve", "retrieves", "retrieved", "vectordb", "vectordbs", "vectordatabase", "vectordatabases", "vectorstore", "vectorstores", "vectorindex", "vectorindexs", "vectorsearch", "vectorsearchs", "database", "databases", "searchs", "semantic", "hybrid", "similarity", "knowledge", "document", "search", "documents", "grounded", "pgvector", "pinecone", "weaviate", "qdrant", "milvus", "faiss", "chroma", "chromadb", "opensearch", "elasticsearch", "llamaindex", "llama", "haystack", "inject", "include", "insert", "pass", "put", "add", "supply", "stuff", "load", "plac", "passages", "sections", "pages", "excerpts", "clauses", "records", "reembed", "embed", "reindex", "index", "refreshed", "rebuilt", "updated"],
    "\\b(?:aim|goal|purpose|so that|in order to|intended|meant to|to make|should (?:know|learn|be able))\\b": ["aim", "goal", "purpose", "that", "order", "intended", "meant", "make", "should"],
    "\\b(?:audit\\w*|regulators? (?:need|require|must|ask|inspect|review|expect)\\w*|(?:regulated|regulatory) (?:domain|industry|environment|sector|oversight)|compliance (?:team|officer|department|review|requirements?)|traceab\\w*|evidence trail|legal (?:review|hold)|HIPAA|SOX|FCA|SEC)\\b": ["audit", "regulator", "regulators", "regulated", "environment", "regulatory", "compliance", "requirement", "requirements", "traceab", "evidence", "review", "legal", "hipaa", "sox", "fca", "sec"],
    "\\b(?:baseline|prompted|prompting|un-?tuned|base model|off[- ]the[- ]shelf|zero[- ]shot|few[- ]shot|system prompt|current (?:setup|system|pipeline|assistant|bot|model)|existing (?:RAG|retrieval|setup|pipeline|system|assistant)|retrieval[- ]only|RAG (?:baseline|pipeline|system|setup)|(?:that|this) setup|hosted model|prompt(?:ed)? model|prompt[- ]only|prompt[- ]based|current prompt|longer prompt|using retrieval|with retrieval|retrieval over|(?:current|existing|our) (?:[\\w-]+ )?(?:assistant|advisor|bot|copilot|agent|tool)|(?:the|base|un-?tuned) model (?:answered|scored|got|reached|achieved|was right)|the [ \\w-]{0,32}?(?:assistant|advisor|bot|copilot) (?:retrieves|uses|answers)|our (?:weekly |monthly |offline )?evaluation|(?:retrieval|RAG|prompt(?:ing)?|search|prompt-only)[- ](?:prototype|pilot|baseline|setup|approach|system|version|bot|assistant|pipeline|service|tool)|RAG today|today's (?:RAG|assistant|system|setup)|prototyped|we (?:measured|benchmarked|scored|tested) (?:it|this|that|the (?:prototype|assistant|current))|with (?:the )?(?:current|existing) (?:prompt|setup|pipeline))\\b": ["baseline", "prompted", "prompting", "untuned", "tuned", "model", "shelf", "zero", "shot", "system", "current", "pipeline", "assistant", "existing", "retrieval", "setup", "hosted", "prompt", "longer", "our", "answered", "scored", "reached", "achieved", "retrieves", "uses", "answers", "evaluation", "prototype", "pilot", "approach", "version", "rag", "service", "tool", "search", "today", "prototyped", "measured", "benchmarked", "tested"],
    "\\b(?:behaviou?r|format\\w*|tone|style|voice|classif\\w*|(?:new|added) [ \\w-]{0,24}?(?:codes?|categor\\w*|class(?:es)?|labels?|intents?)\\b|routing decisions|label(?:l)?ing)\\b": ["behavior", "behaviour", "format", "tone", "style", "voice", "classif", "new", "added", "decisions", "labeling", "labelling"],
    "\\b(?:but|however)\\b|[;—]": null,
    "\\b(?:by (?:heading|headings|section|sections|clause|clauses|paragraph|paragraphs|article|articles|table rows?|records?|rule|rules)|(?:per|one chunk per|one record per) (?:heading|section|clause|article|row|record|rule|page|function)|structure[- ]aware|markdown[- ]aware|layout[- ]aware|heading[- ]aware|code[- ]aware|section[- ]aware|(?:never|not) split)\\b": ["heading", "headings", "section", "sections", "clause", "clauses", "paragraph", "paragraphs", "article", "articles", "table", "record", "records", "rule", "rules", "per", "page", "function", "chunk", "structure", "markdown", "layout", "aware", "never", "split"],
    "\\b(?:chang\\w*|grow(?:s|ing)|added|updat\\w*|revis\\w*|move[sd]?|moving|refresh\\w*|(?:re-?)?publish\\w*|(?:re-?)?releas\\w*|re-?issu\\w*|rotat\\w*|vary|varies|fluctuat\\w*|evolv\\w*|adjust\\w*|amend\\w*|reprice\\w*|go(?:es)? stale|outdated|churn\\w*|volatile|static|frozen|fast[- ](?:changing|moving)|ever[- ]changing|in flux)\\b": ["chang", "grows", "growing", "added", "updat", "revis", "move", "moves", "moved", "moving", "refresh", "publish", "republish", "releas", "rereleas", "reissu", "issu", "rotat", "vary", "varies", "fluctuat", "evolv", "adjust", "amend", "reprice", "stale", "outdated", "churn", "volatile", "static", "frozen", "changing", "flux"],
    "\\b(?:chosen option|we (?:have |hereby )?(?:decided|decide|chose|choose|selected|select|opt(?:ed)? for|adopt(?:ed)?|will|shall|'ll|are going to|go with|are going with|plan to|propose|recommend|use|build|implement)|we're|decided (?:for|to|on)|our approach|the approach is|(?:will|shall) (?:proceed|go ahead) with|proceed with option|go(?:es)? with option|opt(?:s|ed)? for|approves?|approved)\\b|\\bdecision\\s*[:：]": ["chosen", "decided", "decide", "chose", "choose", "selected", "select", "opt", "opted", "adopt", "adopted", "will", "shall", "we", "going", "with", "plan", "propose", "recommend", "use", "build", "implement", "have", "hereby", "approach", "proceed", "ahead", "option", "opts", "approve", "approves", "approved", "decision"],
    "\\b(?:chunk\\w*|split\\w*|window\\w*|segment\\w*|cut\\w*|slic\\w*)\\b": ["chunk", "split", "window", "segment", "cut", "slic"],
    "\\b(?:cite|cites|cited|citing|citations?|source (?:links?|attribution|references?)|links? (?:back )?to (?:the )?(?:source|document)s?|traceable|trace(?:d)? (?:back )?to|which (?:document|source|page|clause|section)|provenance|attribut\\w* (?:each |every )?(?:answer|claim|statement)s?|reference the (?:source|document))": ["cite", "cites", "cited", "citing", "citation", "citations", "source", "attribution", "reference", "references", "sources", "document", "documents", "traceable", "trace", "traced", "which", "clause", "section", "provenance", "attribut"],
    "\\b(?:classif\\w*|categori[sz]\\w*|extract(?:ion|s)? (?:of |the )?(?:fields|entities|data)|entity extraction|intent detection|routing|triage|label(?:l)?ing (?:tickets|emails|messages))\\b": ["classif", "categoris", "categoriz", "extract", "entities", "extraction", "extracts", "detection", "routing", "triage", "labeling", "labelling"],
    "\\b(?:constantly|frequently|often|continuously|all the time|rapidly|fast[- ](?:changing|moving)|ever[- ]changing|volatile|in flux|quickly)\\b": ["constantly", "frequently", "often", "continuously", "time", "rapidly", "changing", "moving", "volatile", "flux", "quickly"],
    "\\b(?:continued[- ]pre-?train\\w*|continue[- ]pre-?train\\w*|domain[- ]adaptive pre-?train\\w*)": ["continued", "continue", "adaptive"],
    "\\b(?:costs?|price[sd]?|pricing|fees?|rates?|versions?|releases?|available|in stock|out of stock|supports?|offers?|ships?|stands? at|valid|listed|open|closed|charges?|pays?|runs?|uses?|has|have|is|are)\\b": ["cost", "costs", "price", "prices", "priced", "pricing", "fee", "fees", "rate", "rates", "version", "versions", "release", "releases", "available", "stock", "support", "supports", "offer", "offers", "ship", "ships", "stand", "stands", "valid", "listed", "open", "closed", "charge", "charges", "pay", "pays", "run", "runs", "use", "uses", "has", "have", "is", "are"],
    "\\b(?:currently|at the moment|at present|presently|right now|as of (?:today|now|this (?:week|month|year|quarter))|as things stand|this (?:quarter|month|fiscal year)|today's (?:price|rate|offer)|the latest (?:version|release|model|price)|current (?:price|prices|pricing|rate|rates|version|release|fee|fees|offer|promotion))\\b": ["currently", "moment", "present", "presently", "right", "today", "now", "this", "month", "quarter", "things", "fiscal", "version", "release", "latest", "current", "promotion"],
    "\\b(?:daily|every (?:day|night|morning|business day)|each (?:day|night|morning)|nightly|per day|day[- ]to[- ]day|several times a day)\\b": ["daily", "every", "morning", "business", "each", "night", "nightly", "per", "day", "several"],
    "\\b(?:doesn't know|does not know|don't know|do not know|outdated|out of date|stale|(?:wrong|incorrect|inaccurate|inconsistent) (?:facts|prices|answers|figures|numbers|information)|hallucinat\\w*|invent\\w* (?:facts|terms|methods|numbers)|made[- ]up|missing information|cannot answer|can't answer|gaps? in (?:its|the model's) knowledge)\\b": ["doesn", "does", "know", "outdated", "date", "stale", "wrong", "prices", "answers", "figures", "numbers", "information", "incorrect", "inaccurate", "inconsistent", "hallucinat", "invent", "made", "cannot", "answer", "knowledge"],
    "\\b(?:embedding|embedder|embeddings|re-?rank\\w*|cross[- ]encoder|bi[- ]encoder|retriever|sentence[- ]transformer)": ["embedding", "embedder", "embeddings", "rerank", "rank", "encoder", "retriever", "transformer"],
    "\\b(?:eval\\w*|test|held[- ]out|hold-?out|validation|benchmark|questions?)\\b": ["eval", "test", "held", "holdout", "hold", "validation", "benchmark", "question", "questions"],
    "\\b(?:eval\\w*|test|questions?|held[- ]out)\\b": ["eval", "test", "question", "questions", "held"],
    "\\b(?:fine-?tun\\w*|train\\w*)\\b[^.;]{0,60}?\\bon (?:the |our |about |around |roughly |some |only )?(\\d{1,3}(?:,\\d\\d\\d)+|\\d+)(k)?\\s+(?!tokens?|GPUs?|nodes?|epochs?|steps?|hours?|days?|minutes?)[a-z]": ["finetun", "fine", "train"],
    "\\b(?:fine-?tuned|model'?s? (?:outputs?|answers)|the model|training runs?|after (?:each )?training|adapter|schema validity)\\b": ["finetuned", "tuned", "output", "outputs", "answers", "models", "model", "training", "adapter", "validity"],
    "\\b(?:fine[- ]?tun(?:e|es|ed|ing|ning)|finetun\\w*|model retraining|re-?train(?:s|ed|ing)? (?:the |our |a )?(?:model|LLM|BERT|classifier)s?\\b|training (?:data|dataset|pairs|examples)\\b|adapters? (?:per|for each|trained)\\b|(?:LoRA|SFT|PEFT|fine-tuned|shared|separate|dedicated|one) adapters?\\b|(?:Q?LoRA|PEFT|SFT|DPO|RLHF)\\b|FT\\b|supervised fine|instruction[- ]tun\\w*|continued[- ]pre-?train\\w*|continue[- ]pre-?train\\w*|domain[- ]adaptive pre-?train\\w*|train(?:ing)? (?:a |an |our |the |its )?(?:own |custom |small |smaller |dedicated )?(?:model|LLM|adapter)s?\\b|custom[- ]trained|adapter (?:training|tuning))": ["finetune", "finetunes", "finetuned", "finetuning", "finetunning", "fine", "tunes", "tuned", "tuning", "tunning", "finetun", "retraining", "retrain", "classifier", "classifiers", "retrains", "retrained", "train", "models", "trains", "trained", "training", "adapter", "adapters", "separate", "dedicated", "lora", "qlora", "peft", "sft", "dpo", "rlhf", "ft", "supervised", "instruction", "continued", "continue", "adaptive", "custom", "smaller"],
    "\\b(?:format\\w*|output (?:exactly|only|one)|exactly one|one of (?:the|our)|codes?\\b|labels?\\b|enum\\w*|JSON|XML|YAML|schema|structured output|tone|voice|style|brand|persona|register|polite\\w*|classif\\w*|categori[sz]\\w*|extract\\w*|routing|intent|latency|token cost|cost per|cheaper|faster|vocabulary|jargon|terminology|reasoning|step[- ]by[- ]step|consisten\\w*|concise\\w*|refus\\w*|behaviou?r)\\b": ["format", "exactly", "output", "one", "code", "codes", "label", "labels", "enum", "json", "xml", "yaml", "schema", "structured", "tone", "voice", "style", "brand", "persona", "register", "polite", "classif", "categoris", "categoriz", "extract", "routing", "intent", "latency", "token", "cost", "cheaper", "faster", "vocabulary", "jargon", "terminology", "reasoning", "step", "consisten", "concise", "refus", "behavior", "behaviour"],
    "\\b(?:held[- ]out|hold-?out|validation (?:set|split|data|file|dataset)|eval(?:uation)? (?:set|suite|harness|split|dataset|pipeline|benchmark)|test (?:set|split)|golden (?:set|dataset)|benchmark (?:set|suite)|offline eval\\w*)\\b": ["held", "holdout", "hold", "validation", "eval", "suite", "harness", "split", "dataset", "pipeline", "benchmark", "evaluation", "test", "golden", "offline"],
    "\\b(?:high[- ]volume|millions of (?:requests|calls|messages|tickets)|\\d[\\d,.]*\\s*(?:k|m|million|thousand)? (?:requests|calls|messages|tickets|conversations|chats|queries|questions|suggestions|sessions|turns|documents|invoices|emails) (?:a|per|each) (?:day|hour|minute|second)|(?:requests|calls|conversations|chats) daily|(?:at|with) our volume|requests per second|QPS|RPS)\\b": ["volume", "millions", "requests", "calls", "messages", "tickets", "conversations", "chats", "queries", "questions", "suggestions", "sessions", "turns", "documents", "invoices", "emails", "qps", "rps"],
    "\\b(?:if|unless|whether|may|might|could|would|should|eventually|in the future|future|revisit|reconsider|consider\\w*|possibly|potentially|perhaps|later|next phase|phase 2|follow-up|not yet|option(?:ally)? to|evaluate whether|explore)\\b": ["if", "unless", "whether", "may", "might", "could", "would", "should", "eventually", "future", "revisit", "reconsider", "consider", "possibly", "potentially", "perhaps", "later", "phase", "follow", "not", "option", "optionally", "evaluate", "explore"],
    "\\b(?:is|are|was|were|into|from|in|of|per|and|or)\\b": ["is", "are", "was", "were", "into", "from", "in", "of", "per", "and", "or"],
    "\\b(?:jargon|internal (?:codes|shorthand|terminology|vocabulary)|product codes|house vocabulary|domain vocabulary|terminology)\\b": ["jargon", "internal", "shorthand", "terminology", "vocabulary", "product"],
    "\\b(?:latency|p9[59]|milliseconds|token cost|cost per (?:request|call|token)|inference cost|time to first token)\\b": ["latency", "p95", "p99", "milliseconds", "token", "request", "cost", "inference", "first"],
    "\\b(?:later|tbd|to be (?:added|defined|decided)|future|no|not|without|yet to|eventually|none)\\b": ["later", "tbd", "added", "defined", "decided", "future", "no", "not", "without", "yet", "eventually", "none"],
    "\\b(?:later|tbd|to be added)\\b": ["later", "tbd", "added"],
    "\\b(?:llama|mistral|mixtral|gpt-?[345o]|gemma|qwen|phi-?\\d|falcon|t5|flan|bloom|opt-\\d|pythia|deepseek|yi-|command-r|claude|olmo|smollm|granite|starcoder|codellama|tinyllama)": ["llama", "mistral", "mixtral", "gpt3", "gpt4", "gpt5", "gpto", "gpt", "gemma", "qwen", "phi0", "phi1", "phi2", "phi3", "phi4", "phi5", "phi6", "phi7", "phi8", "phi9", "phi", "falcon", "t5", "flan", "bloom", "opt", "pythia", "deepseek", "yi", "command", "claude", "olmo", "smollm", "granite", "starcoder", "codellama", "tinyllama"],
    "\\b(?:monthly|every (?:month|few weeks)|each month|per month|once a month)\\b": ["monthly", "every", "month"],
    "\\b(?:must|needs?|required?|requires|requirement|mandatory|have to|has to|should|expect\\w*|insist\\w*|demand\\w*|obliged|want|ensure|guarantee)\\b": ["must", "need", "needs", "require", "required", "requires", "requirement", "mandatory", "have", "has", "should", "expect", "insist", "demand", "obliged", "want", "ensure", "guarantee"],
    "\\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually|every|each|whenever|when(?:ever)? (?:a |the )?(?:new|\\w+ change)|on (?:each|every) (?:release|change|update)|as (?:soon as )?(?:new|\\w+) (?:arrive|change|appear)\\w*|new edition|schedul\\w*|cron)\\b": ["nightly", "daily", "weekly", "monthly", "quarterly", "yearly", "annually", "every", "each", "whenever", "when", "release", "change", "update", "arrive", "appear", "edition", "schedul", "cron"],
    "\\b(?:not|never|nobody|no one|haven't|hasn't|have not|has not)\\b[^.]{0,20}\\bmeasured\\b|\\banecdot\\w*|\\bno (?:prompted |RAG |retrieval |measured )?baseline\\b|\\bwithout (?:a |any )?baseline\\b|\\bskip\\w* the baseline\\b": ["measured", "anecdot", "baseline", "prompted", "retrieval"],
    "\\b(?:not|no longer) (?:required|needed|necessary)\\b": ["required", "needed", "necessary", "longer"],
    "\\b(?:not|no|never|neither|nor|without|doesn't|does not|don't|do not|isn't|irrelevant|unimportant)\\b": ["not", "no", "never", "neither", "nor", "without", "doesn", "does", "don", "isn", "irrelevant", "unimportant"],
    "\\b(?:not|no|never|no longer|without|optional|unnecessary)\\b": ["not", "no", "never", "longer", "without", "optional", "unnecessary"],
    "\\b(?:not|no|never|without|instead of|rather than|against|avoid\\w*|neglect\\w*|reject\\w*|rules? out|ruled out|discard\\w*|abandon\\w*|won't|don't|doesn't|isn't|aren't|cannot|can't|no need|unnecessary|forgo|forego|than|unlike|versus|vs\\.?|over|because|since|compared (?:to|with)|alternative to|replace[sd]?|replacing|instead|drop\\w*|remov\\w*|retir\\w*|decommission\\w*|phas\\w* out|stop using|stop relying on|beat\\w*|outperform\\w*|move away from|migrate away from)\\b": ["not", "no", "never", "without", "instead", "rather", "against", "avoid", "neglect", "reject", "rule", "rules", "ruled", "discard", "abandon", "won", "don", "doesn", "isn", "aren", "cannot", "can", "need", "unnecessary", "forgo", "forego", "than", "unlike", "versus", "vs", "over", "because", "since", "compared", "alternative", "replace", "replaces", "replaced", "replacing", "drop", "remov", "retir", "decommission", "phas", "using", "relying", "beat", "outperform", "move", "migrate"],
    "\\b(?:no|not|never|without|none of|nor)\\b": ["no", "not", "never", "without", "none", "nor"],
    "\\b(?:no|not|never|without|rarely)\\b[^.]{0,15}\\bhallucinat|\\bretrieval (?:is|was|works) (?:fine|good|well)\\b": ["hallucinat", "retrieval"],
    "\\b(?:per[- ](?:tenant|customer|client|region|dealer|operator|brand|account|user)|each (?:tenant|customer|client|region|dealer|operator|brand|market|country)(?:'s)? (?:has|have|sees?|gets?) (?:its|their) own|(?:its|their) own (?:contract|tariff|price list|prices|catalogue|catalog|agreement|policies|terms|configuration)|another (?:customer|tenant|client|dealer|region)'s|permission[- ](?:scoped|based)|(?:each|every) [\\w-]+ (?:has|have|keeps|maintains|sets) (?:its |their )?own\\b|(?:every|each) (?:customer|tenant|client|dealer|franchisee|operator|region|store)'s|restricted by (?:\\w+ )?(?:clearance|permission|role|team|programme|program|department)|(?:may|must|should) not (?:read|see|access) [ \\w]{0,32}?\\w+'s|another (?:programme|program|team|department|business unit)'s|need[- ]to[- ]know|access (?:rights|permissions|control)|only (?:see|access) (?:their|documents they)|(?:differ|vary|varies) (?:by|per|between|across) (?:tenant|customer|client|region|dealer|country|market)s?)\\b": ["tenant", "customer", "client", "region", "dealer", "operator", "brand", "account", "user", "market", "country", "contract", "tariff", "price", "prices", "catalogue", "catalog", "agreement", "policies", "terms", "configuration", "their", "another", "permission", "each", "every", "franchisee", "store", "restricted", "read", "may", "access", "must", "should", "programme", "department", "business", "need", "permissions", "control", "documents", "differ", "tenants", "customers", "clients", "regions", "dealers", "countrys", "markets", "between", "across", "varies"],
    "\\b(?:personal (?:data|information|details)|PII|personally identifiable|patients?|medical records?|health (?:records?|data)|clinical notes?|employee (?:records?|data|files)|individual employees|salar(?:y|ies)|HR records|disciplinary|customer names|names and addresses|home addresses|phone numbers|e-?mail addresses|account numbers?|IBANs?|card numbers|national insurance|social security|dates? of birth|financial hardship|special[- ]category|sensitive (?:personal )?data|biometric)\\b": ["personal", "information", "pii", "identifiable", "patient", "patients", "medical", "health", "records", "clinical", "employee", "individual", "salary", "salaries", "disciplinary", "customer", "addresses", "numbers", "account", "iban", "ibans", "insurance", "security", "birth", "dates", "financial", "category", "sensitive", "biometric"],
    "\\b(?:placeholders?|synthetic|invented|fictional|fake|dummy|made[- ]up|generated|removed|stripped|redacted|no personal|never contain|without any)\\b": ["placeholder", "placeholders", "synthetic", "invented", "fictional", "fake", "dummy", "made", "generated", "removed", "stripped", "redacted", "personal", "contain", "without"],
    "\\b(?:previously|earlier|last (?:year|quarter|month|time)|in 20\\d\\d|tried|attempted|attempt|had (?:fine-?tuned|trained)|used to|originally|initially|experimented)\\b": ["previously", "earlier", "last", "quarter", "month", "2000", "2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031", "2032", "2033", "2034", "2035", "2036", "2037", "2038", "2039", "2040", "2041", "2042", "2043", "2044", "2045", "2046", "2047", "2048", "2049", "2050", "2051", "2052", "2053", "2054", "2055", "2056", "2057", "2058", "2059", "2060", "2061", "2062", "2063", "2064", "2065", "2066", "2067", "2068", "2069", "2070", "2071", "2072", "2073", "2074", "2075", "2076", "2077", "2078", "2079", "2080", "2081", "2082", "2083", "2084", "2085", "2086", "2087", "2088", "2089", "2090", "2091", "2092", "2093", "2094", "2095", "2096", "2097", "2098", "2099", "tried", "attempted", "attempt", "finetuned", "tuned", "trained", "used", "originally", "initially", "experimented"],
    "\\b(?:proceed|go|goes|opt\\w*|chosen option|choose|chose|select\\w*|adopt\\w*)\\b[^.]{0,30}?\\boption\\s*#?\\s*(\\d+|[a-z])\\b": ["option"],
    "\\b(?:prompt engineering|prompting|prompts?\\b|few[- ]shot|zero[- ]shot|system prompt|prompt template|in-context learning|off[- ]the[- ]shelf (?:model|LLM))": ["engineering", "prompting", "prompt", "prompts", "shot", "zero", "system", "template", "learning", "shelf"],
    "\\b(?:prompts?|instructions?|instruction block|preamble|system message)\\b": ["prompt", "prompts", "instruction", "instructions", "preamble", "message"],
    "\\b(?:quarterly|every (?:quarter|three months|3 months)|each quarter|per quarter|once a quarter)\\b": ["quarterly", "quarter", "months"],
    "\\b(?:rarely|seldom|static|never changes?|frozen|hardly ever|(?:does not|doesn't|do not|don't) change|unchanging)\\b": ["rarely", "seldom", "static", "change", "changes", "frozen", "hardly", "unchanging"],
    "\\b(?:re-?train\\w*|train\\w* again|re-?fine-?tun\\w*|continu\\w* (?:the )?pre-?train\\w*|re-?run (?:the )?(?:fine[- ]?tun\\w*|training) (?:job|run)|(?:fine[- ]?tun\\w*|training) (?:job|run)s? (?:every|each|nightly|weekly|daily)|fine-?tun\\w* again|new (?:training|fine-?tuning) run|refresh\\w* (?:the )?(?:model|weights|adapter))\\b": ["retrain", "train", "refinetun", "refine", "finetun", "fine", "continu", "training", "again", "finetuning", "tuning", "refresh"],
    "\\b(?:real[- ]time|every (?:minute|hour|few (?:minutes|hours))|hourly|intraday|by the minute|minute by minute)\\b": ["real", "minute", "every", "minutes", "hourly", "intraday"],
    "\\b(?:reasoning (?:pattern|style|steps)|how (?:our|the) [ \\w]{0,32}?(?:reason|structure|assess)|step-by-step (?:method|procedure)|domain reasoning)\\b": ["reasoning", "how", "method", "procedure"],
    "\\b(?:recall@|recall at|precision@|hit@|hits@|MRR|nDCG|hit rate|context (?:precision|recall)|retrieval quality|retriever)": ["recall", "precision", "hit", "hits", "mrr", "ndcg", "rate", "context", "retrieval", "retriever"],
    "\\b(?:recall@|recall at|precision@|hit@|hits@|answer correctness|answers? (?:are |is )?(?:checked|graded|scored|rated)|MRR|nDCG|hit rate|faithfulness|groundedness|context (?:precision|recall)|retrieval quality|retriever)\\b": ["recall", "precision", "hit", "hits", "correctness", "checked", "answer", "answers", "mrr", "ndcg", "rate", "faithfulness", "groundedness", "context", "retrieval", "retriever"],
    "\\b(?:replac\\w*|instead of|no longer|rather than|move away from|switch\\w* from)\\b": ["replac", "instead", "longer", "rather", "move", "switch"],
    "\\b(?:retrain\\w*|re-?index\\w*|re-?embed\\w*|re-?ingest\\w*|cron|(?:job|pipeline|sync) runs|we (?:will )?(?:review|run|evaluate|monitor|meet)|release train)\\b": ["retrain", "reindex", "index", "reembed", "embed", "reingest", "ingest", "cron", "runs", "pipeline", "sync", "review", "run", "evaluate", "monitor", "meet", "will", "release"],
    "\\b(?:retriev\\w*|look(?:s|ed)? up|lookup|live (?:API|data|feed)|API|index(?:ed)?|RAG)\\b": ["retriev", "look", "looks", "looked", "lookup", "live", "api", "index", "indexed", "rag"],
    "\\b(?:retrieval|RAG|search results?|retrieved (?:passages|chunks|snippets|documents)|retriever)\\b[^.]{0,60}?\\b(?:poor|bad|weak|irrelevant|wrong|miss(?:es|ed|ing)?|fails?|failed|failing|low recall|not good enough|insufficient|disappoint\\w*|unreliable|struggles?)\\b|\\b(?:poor|bad|weak|irrelevant|disappointing) (?:retrieval|search results?|recall)\\b|\\bhallucinat\\w*|\\b(?:making|make|makes) up (?:[ \\w]{0,20}?)(?:facts|numbers|values|clauses?|clause numbers|methods|answers|terms|citations|references)|\\bfabricat\\w*|\\b(?:replac\\w*|retir\\w*|drop\\w*|abandon\\w*|stop relying on)\\b[^.;]{0,40}?\\b(?:RAG|retrieval|retriever|search)\\b": ["retrieval", "rag", "search", "results", "retrieved", "retriever", "recall", "irrelevant", "disappointing", "hallucinat", "making", "make", "makes", "fabricat", "replac", "retir", "drop", "abandon", "relying"],
    "\\b(?:right to (?:erasure|be forgotten)|erasure|be forgotten|deletion requests?|delete (?:their|his|her|all of their) (?:data|records)|article 17|forget (?:a|an|the) (?:customer|employee|user|person|patient)|remove (?:a|an) (?:person|customer|employee)'s data)\\b": ["erasure", "forgotten", "deletion", "delete", "records", "article", "customer", "employee", "forget", "patient", "remove"],
    "\\b(?:sample|evaluat\\w*|test|held[- ]out|check\\w*)\\b[^.;]{0,20}$": ["sample", "evaluat", "test", "held", "check"],
    "\\b(?:tokeni[sz](?:e|er|ed|ing)|T5\\b|NLP models?|transformer models?|embeddings|copilot|tokens? per|context window|inference endpoint|base model|model weights|fine[- ]?tun\\w* (?:a |an |the |our |its )?[ \\w-]{0,32}?(?:LLM|model|base model|assistant|copilot|chatbot|bot|adapter)s?|long[- ]context|hosted (?:[\\w-]+ )?models?|model(?:'s)? (?:outputs?|answers|responses|replies)|(?:chat|support|AI|virtual|coding|shopping|HR|sales|agent[- ]assist) (?:assistant|copilot|bot)|Q\\/A pairs|question[- ]answer pairs|retrieval over|retrieved (?:passages|chunks|documents|records|context|snippets)|faithfulness|groundedness|retrieval pipeline|assistants?|prompts?\\b|(?:retrieval|RAG|search) (?:bot|assistant|service)|embedd(?:ed|ing) (?:and|&) (?:searched|indexed|retrieved))": ["tokenise", "tokeniser", "tokenised", "tokenising", "tokenize", "tokenizer", "tokenized", "tokenizing", "t5", "model", "models", "transformer", "embeddings", "copilot", "token", "tokens", "context", "inference", "weights", "finetun", "fine", "hosted", "output", "outputs", "answers", "responses", "replies", "assistant", "chat", "support", "bot", "virtual", "coding", "shopping", "sales", "assist", "pairs", "question", "retrieval", "retrieved", "faithfulness", "groundedness", "assistants", "prompt", "prompts", "rag", "service", "search", "embedded", "embedding"],
    "\\b(?:tone|house style|brand voice|voice|register|persona|writing style)\\b": ["tone", "house", "brand", "voice", "register", "persona", "writing"],
    "\\b(?:tone|voice|styl\\w*|format\\w*|structur\\w*|layout|templates?|wording|register|phrasing)\\b[^.;]{0,60}?\\b(?:inconsisten\\w*|consisten\\w*|wrong|off-brand|vary|varies|varying|drift\\w*|all over the place|missing|broken|breaks?|mess|messy|swings?|random order|blended|chaotic|sloppy|uneven|too (?:casual|formal|long)|superlatives|idioms|mismatch\\w*)|\\b(?:inconsisten\\w*|consisten\\w*|wrong|off-brand|vary|varies|varying|drift\\w*|all over the place|missing|broken|breaks?|mess|messy|swings?|random order|blended|chaotic|sloppy|uneven|too (?:casual|formal|long)|superlatives|idioms|mismatch\\w*)[^.;]{0,60}?\\b(?:tone|voice|styl\\w*|format\\w*|structur\\w*|layout|templates?|wording|register|phrasing)\\b": ["tone", "voice", "styl", "format", "structur", "layout", "template", "templates", "wording", "register", "phrasing"],
    "\\b(?:train\\w*|fine-?tun\\w*|examples|pairs|dataset|corpus|weights|adapter|LoRA)\\b": ["train", "finetun", "fine", "examples", "pairs", "dataset", "corpus", "weights", "adapter", "lora"],
    "\\b(?:use|uses|using|adopt|leverag\\w*|integrat\\w*|call|deploy|host|run|select(?:ed)?|chose|choose)\\b": ["use", "uses", "using", "adopt", "leverag", "integrat", "call", "deploy", "host", "run", "select", "selected", "chose", "choose"],
    "\\b(?:version|ver\\.|release|firmware|build|patch)\\s+v?\\d[\\d.]*[a-z]?\\b": ["version", "ver", "release", "firmware", "build", "patch"],
    "\\b(?:we )?decided for\\b|\\bwe decided\\b.*\\band neglected\\b": ["decided", "neglected"],
    "\\b(?:weekly|every (?:week|other week|sprint)|each (?:week|sprint)|per week|bi-?weekly|fortnightly|once a week)\\b": ["weekly", "every", "sprint", "each", "week", "biweekly", "fortnightly", "once"],
    "\\b(?:yearly|annually|every year|each year|once a year|per year)\\b": ["yearly", "annually", "every", "each", "once", "year"],
    "\\b555[\\s.-]\\d{4}\\b": ["555"],
    "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b": null,
    "\\b\\d(?:\\.\\d+)?\\s?\\/\\s?\\d+\\b|\\baverag\\w* (?:of )?\\d|\\|\\s*\\d[\\d.,]*\\s*%?\\s*\\|?\\s*$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "averag"],
    "\\b\\d[\\d,]*[- ]?(?:tokens?|characters?|chars|words?)[- ](?:chunks?|windows?|pieces|segments|blocks|slices)\\b|\\b(?:chunks?|windows?|split\\w*|cut\\w*|slic\\w*)\\b[^.;]{0,30}?\\b(?:of|into|every|at)\\s+(?:fixed\\s+)?\\d[\\d,]*[- ]?(?:tokens?|characters?|chars|words)\\b|\\bfixed[- ](?:size|length|token|width)\\b|\\bsliding windows?\\b": ["chunk", "chunks", "window", "windows", "pieces", "segments", "blocks", "slices", "split", "cut", "slic", "fixed", "length", "sliding"],
    "\\b\\d{8}-?[A-HJ-NP-TV-Z]\\b": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "\\baccepted\\b|\\bapproved\\b|\\badopted\\b|\\bdecided\\b|\\bimplemented\\b|\\bactive\\b|\\bdone\\b|\\bagreed\\b": ["accepted", "approved", "adopted", "decided", "implemented", "active", "done", "agreed"],
    "\\baccepting that\\b": ["accepting"],
    "\\bchosen option\\b": ["chosen"],
    "\\bchosen option\\b|\\bwe decided for\\b": ["chosen", "decided"],
    "\\bchosen option\\s*:?\\s*\\**\\s*[\"“']?([^\"”',.(]{3,80})": ["chosen"],
    "\\bdecided for\\b": ["decided"],
    "\\bdeprecated\\b|\\bobsolete\\b|\\bretired\\b": ["deprecated", "obsolete", "retired"],
    "\\bdrivers?\\b|\\bforces\\b|\\brequirements\\b|\\bcriteria\\b|\\bconstraints\\b": ["driver", "drivers", "forces", "requirements", "criteria", "constraints"],
    "\\bin the context of\\b": ["context"],
    "\\bnot? (?:be )?retrain|never retrain|no retrain|without retrain": ["retrain"],
    "\\boption\\s*#?\\s*(\\d+)\\b|\\boption\\s+([a-z])\\b": ["option"],
    "\\boptions?\\b|\\balternatives?\\b|\\bcandidates\\b": ["option", "options", "alternative", "alternatives", "candidates"],
    "\\bproposed\\b|\\bdraft\\b|\\bin review\\b|\\bunder review\\b|\\bpending\\b|\\bproposal\\b|\\bwip\\b|\\bin progress\\b|\\bunder discussion\\b|\\bopen\\b": ["proposed", "draft", "review", "pending", "proposal", "wip", "progress", "discussion", "open"],
    "\\bpros\\b|\\bcons\\b|trade ?offs?|\\badvantages\\b|\\bcomparison\\b|\\bevaluation of options\\b": null,
    "\\brecursive(?:ly)?\\b": ["recursive", "recursively"],
    "\\brejected\\b|\\bdeclined\\b|\\babandoned\\b|\\bnot accepted\\b": ["rejected", "declined", "abandoned", "accepted"],
    "\\bretriev\\w*|passages|chunks|records|context window|input tokens|output|per (?:answer|reply|response)|up to\\b": null,
    "\\bsemantic (?:chunk\\w*|splitt\\w*|segment\\w*)|\\bembedding[- ]based (?:chunk\\w*|splitt\\w*)": ["semantic", "embedding"],
    "\\bstatus\\s*\\**\\s*[:=]\\s*\\**\\s*([A-Za-z][A-Za-z -]{0,40})": ["status"],
    "\\bsuperseded\\b|\\breplaced by\\b": ["superseded", "replaced"],
    "\\btraining (?:set|data|examples)\\s*[:=—–-]?\\s*(?:the |about |around |roughly |~|≈ ?)?(\\d{1,3}(?:,\\d\\d\\d)+|\\d+)(k)?\\s+[a-z]": ["training"],
    "\\bv\\d+\\.\\d[\\d.]*\\b": ["v"],
    "\\bvs\\.?\\b|\\bversus\\b|\\bor\\b|\\?": null,
    "\\d": null,
    "\\d(?:[\\d.,]*)\\s?%|\\b\\d+(?:\\.\\d+)? (?:percent|per cent)\\b|\\b(?:accuracy|exact match|F1|recall@?\\d*|precision|pass rate|error rate|score[ds]?)\\b[^.]{0,40}?\\d|\\b\\d+ (?:of|out of) \\d": null,
    "\\d[\\d,.]*\\d|\\d": null,
    "\\d{4}": null,
    "\\n": null,
    "\\s": null,
    "\\s+": null,
    "\\s|-": null,
    "\\{\\{-?\\s*[.$A-Za-z]|\\{%-?\\s": null,
    "^(?:1)?\\d{3}555\\d{4}$": null,
    "^(?:19|20)\\d{2}[\\s.-]\\d{2}[\\s.-]\\d{2}$": ["19", "20"],
    "^(?:44|0)(?:20794600|1632960|7700900)": ["4420794600", "441632960", "447700900", "020794600", "01632960", "07700900"],
    "^(?:4\\d{12}(?:\\d{3})?|5[1-5]\\d{14}|2(?:2[2-9]|[3-6]\\d|7[01])\\d{13}|3[47]\\d{13}|6(?:011|5\\d\\d)\\d{12}|35\\d{14})$": ["4", "51", "52", "53", "54", "55", "222", "223", "224", "225", "226", "227", "228", "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241", "242", "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253", "254", "255", "256", "257", "258", "259", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269", "270", "271", "34", "37", "6011", "6500", "6501", "6502", "6503", "6504", "6505", "6506", "6507", "6508", "6509", "6510", "6511", "6512", "6513", "6514", "6515", "6516", "6517", "6518", "6519", "6520", "6521", "6522", "6523", "6524", "6525", "6526", "6527", "6528", "6529", "6530", "6531", "6532", "6533", "6534", "6535", "6536", "6537", "6538", "6539", "6540", "6541", "6542", "6543", "6544", "6545", "6546", "6547", "6548", "6549", "6550", "6551", "6552", "6553", "6554", "6555", "6556", "6557", "6558", "6559", "6560", "6561", "6562", "6563", "6564", "6565", "6566", "6567", "6568", "6569", "6570", "6571", "6572", "6573", "6574", "6575", "6576", "6577", "6578", "6579", "6580", "6581", "6582", "6583", "6584", "6585", "6586", "6587", "6588", "6589", "6590", "6591", "6592", "6593", "6594", "6595", "6596", "6597", "6598", "6599", "35"],
    "^(?:DocumentSplitter|PreProcessor)$|DeepsetDocumentSplitter": null,
    "^(?:\\.{1,2}\\/|\\/)": null,
    "^(?:assistant|model|gpt|bot|chatbot|ai|completion)$": ["assistant", "model", "gpt", "bot", "chatbot", "ai", "completion"],
    "^(?:completion|pretrain)$": ["completion", "pretrain"],
    "^(?:info|sales|support|help|helpdesk|contact|hello|admin|administrator|noreply|no-reply|donotreply|do-not-reply|billing|accounts|privacy|security|abuse|webmaster|postmaster|hostmaster|hr|jobs|careers|press|media|marketing|team|office|service|customerservice|enquiries|inquiries|legal|compliance|ops|devops|it|feedback|orders|shop|store|news|newsletter|notifications|alerts|user|username|name|firstname\\.lastname|first\\.last|john\\.doe|jane\\.doe|someone|somebody|you|your\\.name|yourname)$": ["info", "sales", "support", "help", "helpdesk", "contact", "hello", "admin", "administrator", "noreply", "reply", "donotreply", "billing", "accounts", "privacy", "security", "abuse", "webmaster", "postmaster", "hostmaster", "hr", "jobs", "careers", "press", "media", "marketing", "team", "office", "service", "customerservice", "enquiries", "inquiries", "legal", "compliance", "ops", "devops", "it", "feedback", "orders", "shop", "store", "news", "newsletter", "notifications", "alerts", "user", "username", "name", "firstname", "first", "john", "jane", "someone", "somebody", "you", "your", "yourname"],
    "^(?:null|~)$": null,
    "^(?:retrieval|tokenchunker|chunker|splitter|titlechunker|hierarchicalmerger|tokenizer|parser)$": ["retrieval", "tokenchunker", "chunker", "splitter", "titlechunker", "hierarchicalmerger", "tokenizer", "parser"],
    "^(?:system|developer|user|human|tool|function|ipython|observation|prompter)$": ["system", "developer", "user", "human", "tool", "function", "ipython", "observation", "prompter"],
    "^(?:titlechunker|hierarchicalmerger)$": ["titlechunker", "hierarchicalmerger"],
    "^(?:true|false)$": ["true", "false"],
    "^(?:vector stores|retrievers|document loaders|text splitters|embeddings)$": ["vector", "retrievers", "document", "splitters", "embeddings"],
    "^(\\d)\\1+$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^(decision )?status\\b": ["status", "decision"],
    "^(reason|until)$": ["reason", "until"],
    "^0+(?=\\d)": ["0"],
    "^100(?:[.,]0+)?\\s?%": ["100"],
    "^PreProcessor$": ["preprocessor"],
    "^[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^[-+]?\\d": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^[A-Za-z_][\\w\\s,]*$": null,
    "^[\\s-]*(?:business\\s+|working\\s+|calendar\\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\\b": ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes"],
    "^[^.;:,()]{0,40}?\\b(?:was|is|were|are|has been|have been|got|gets)?\\s*(?:rejected|ruled out|discarded|dropped|abandoned|deferred|postponed|out of scope|not (?:chosen|selected|pursued|needed|required|used|adopted|an option|viable|worth|necessary|justified|suitable)|deemed|too (?:slow|costly|expensive|risky)|would|could|cannot|can't|does not|doesn't|do not|don't|will not|won't|is not|isn't|was not|wasn't|fails?|failed|lacks?|goes stale|go stale|freezes?|bakes?|(?:is|was) [ \\w]{0,16}?(?:weak|poor|broken|unreliable|insufficient|the problem|the bottleneck))\\b|^\\s*\\((?:rejected|not chosen|ruled out|discarded)|^\\s*(?:numbers|baselines?|results|scores|metrics|figures)\\b": null,
    "^[^.;]{0,40}?\\b(?:irrelevant|not (?:an issue|a concern|important|critical)|unimportant|(?:doesn't|does not|don't|do not) matter)": ["irrelevant", "issue", "concern", "important", "critical", "unimportant", "matter"],
    "^[^:]*status[^:]*:?": null,
    "^[a-z0-9-]+(?=\\s|$)": null,
    "^[a-z][a-z0-9+.-]*:\\/\\/": null,
    "^\\$\\{([^{}]*)\\}$": null,
    "^\\.": null,
    "^\\.?[A-Za-z_][\\w.-]*$": null,
    "^\\/+": null,
    "^\\W*title\\W*:?\\s*(.*)$": ["title"],
    "^\\d+$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^\\d{4}-\\d{2}-\\d{2}$": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^\\s*(?:[-*]\\s*)?\\**\\s*(?:decision )?status\\s*\\**\\s*(?:[:=]|\\|)\\s*\\**\\s*(.+)$": ["status", "decision"],
    "^\\s*(?:\\d[\\d.]*|[ivx]+\\.)\\s+": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "i", "v", "x"],
    "^\\s*(?:adr|rfc|dr)[\\s-]*\\d*\\s*[:.–—-]?\\s*": ["adr", "rfc", "dr"],
    "^\\s*(?:a|per|each|every) (?:day|week|month|hour)|^\\s*daily": ["day", "week", "month", "hour", "per", "each", "every", "daily"],
    "^\\s*(?:bad|good|neutral)\\b": ["bad", "good", "neutral"],
    "^\\s*(?:considered|alternatives?|rejected|options?)\\b": ["considered", "alternative", "alternatives", "rejected", "option", "options"],
    "^\\s*(?:in|inside|within) (?:the|a|our|its) (?:system |instruction )?prompt": ["prompt", "system", "instruction", "inside", "within"],
    "^\\s*(?:it|this|that)\\b": ["it", "this", "that"],
    "^\\s*(?:no|neither|nor|none of|without)\\b": ["no", "neither", "nor", "none", "without"],
    "^\\s*(?:option\\s*)?#?\\s*(\\d+|[a-z])\\s*(?:[|.:)]|—|-)": null,
    "^\\s*(?:use|adopt|choose|implement|introduce|build|fine-tune|apply|add)\\b": ["use", "adopt", "choose", "implement", "introduce", "build", "fine", "apply", "add"],
    "^\\s*\\d[\\d.]*[:)]?\\s+": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    "^\\s?(?:°|degrees?|kilo|km|kg|g\\b|mg|meters?|metres?|miles?|feet|ft\\b|inch|cm|mm|liters?|litres?|ml\\b|pounds?\\b|lbs?\\b|ounces?|oz\\b|tons?|volts?|watts?|hz|kwh)": null,
    "^bedrock-conversation": ["conversation"],
    "^links?\\b|references|^related|see also|more information": null,
    "^llm-arch-lint-disable\\b": ["disable"],
    "^no$": ["no"],
    "^oc\\.env\\s*:\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(?:,(.*))?$": ["env"],
    "^retrieval$": ["retrieval"],
    "^tokenchunker$": ["tokenchunker"],
    "_": null,
    "confirmation|validation|verification|success criteria|^evaluation\\b|^quality|^testing\\b|^monitoring\\b": null,
    "consequences|implications|^positive|^negative|^impact|^risks?\\b|^outcome|^neutral|^trade": null,
    "context|problem|background|motivation|^overview|^introduction|^summary|^issue": null,
    "continued[-_ ]?pre-?train|\\bpre-?train(?:ing)?\\b|^cpt$|^pt$": null,
    "decision outcome|^(the |our |final )?decisions?\\b|\\bdecision$|\\bchosen\\b|^resolution|^proposed solution|^solution$|why did we take this decision": ["outcome", "decision", "decisions", "chosen", "resolution", "proposed", "solution"],
    "decision outcome|considered options|context and problem statement|pros and cons of the options": ["outcome", "options", "statement"],
    "documentstore|document_store|writer": null,
    "embedder": null,
    "fine[-\\s]?tun|\\blora\\b|\\btrain(?:ing)? (?:the|a|our) model": null,
    "fine[-_ ]?tun|(?:^|[/_.-])(?:ft|sft|dpo|cpt|rag|llm|llms|lora|qlora|peft|trl|r2r|pgpt)(?=$|[/_.-])|(?:^|[^a-z])(?:pre-?)?train|pretrain|dataset|retriev|prompt|axolotl|llama[-_]?factory|torchtune|autotrain|haystack|ragflow|dify|flowise|private[-_]?gpt|embedding|vector|bedrock|vertex|openai": null,
    "fixed|token|char|word|size|window|naive|simple|length": null,
    "markdown|header|heading|title|section|sentence|paragraph|passage|page|structur|html|clause|table|row|record|hierarch|layout|element|code|period|line|delimiter|by_title|by_page|^basic$": null,
    "ranker": null,
    "recall@\\d+|recall_at_\\d+|recall_at_k|\\bmrr\\b|\\bndcg\\b|faithfulness|groundedness|answer_relevanc|context_precision|context_recall|hit_rate|answer_correctness": null,
    "recursive": null,
    "rerank": null,
    "retriever": null,
    "retriever|documentstore|document_store|embedder|ranker|splitter|chunker|documentwriter|document_writer|fetcher|converter|preprocessor|cleaner|websearch": null,
    "retriev|vectorstore|rag": null,
    "semantic|embedding[-_ ]?based|by[-_]?similarity|similarity[-_]?based": null,
    "splitter|chunker|(?:^|\\.)PreProcessor$": null,
    "status": null,
    "text splitters": ["splitters"],
    "text_completion_dataset": null,
    "vector stores": ["stores"],
    "vector stores|retrievers": null,
};

;// CONCATENATED MODULE: ./src/extract/adr/keyword-gate.ts
/**
 * A cheap, exact-where-it-matters pre-filter for the extraction patterns. Most sentences of a record
 * match none of the ~100 vocabulary patterns, and running each pattern over each sentence is where
 * extraction spent its time. So each pattern is read once (regexpp AST) for the words any match of it
 * must contain: "every match of /\b(?:fine[- ]?tun\w*|finetun\w*)/ contains a word starting with
 * `fine` or `finetun`". A sentence is tokenised once into words, and a pattern is run on it only
 * when one of its words is there. The filter is sound by construction (it never says "no" to a
 * sentence the pattern matches); a pattern with no such words (it can match digits alone, say) is
 * always run.
 */


/** Marks, inside a literal, a position where a word starts if the next character is a word character. */
const START = '\u0001';
/** Beyond this many alternative spellings a literal is not expanded any further. */
const MAX_SPELLINGS = 256;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const isWordCode = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; /* a-z A-Z 0-9 _ (\w without u) */
/**
 * The word prefixes one of which every match of `re` contains at the start of a word, or null.
 * Exported for tests.
 */
function wordPrefixes(re) {
    // With u or v, case folding and \w reach beyond ASCII, so the ASCII tokeniser below would not be sound.
    if (re.unicode || re.flags.includes('v'))
        return null;
    let pattern;
    try {
        pattern = new regexpp/* RegExpParser */.HA({ ecmaVersion: 2025 }).parsePattern(re.source, undefined, undefined, { unicode: false });
    }
    catch {
        return null;
    }
    return alternation(pattern.alternatives, false).gate;
}
function alternation(alternatives, atWordStart) {
    const readings = alternatives.map((a) => sequence(a.elements, atWordStart));
    let exact = [];
    let gate = [];
    for (const r of readings) {
        exact = exact && r.exact && exact.length + r.exact.length <= MAX_SPELLINGS ? exact.concat(r.exact) : null;
        gate = gate && r.gate ? gate.concat(r.gate) : null;
    }
    return { exact, gate: gate && dedupe(gate), end: readings.every((r) => r.end) };
}
function sequence(elements, atWordStart) {
    let ctx = atWordStart;
    let run = [ctx ? START : ''];
    let whole = true;
    let best = null;
    const consider = (gate) => {
        if (gate && (!best || better(gate, best)))
            best = gate;
    };
    for (const e of elements) {
        const r = keyword_gate_element(e, ctx);
        if (r.exact && run && run.length * r.exact.length <= MAX_SPELLINGS)
            run = cross(run, r.exact);
        else {
            whole = false;
            if (run)
                consider(prefixesOf(run));
            consider(r.gate);
            run = r.exact && r.exact.length <= MAX_SPELLINGS ? cross([ctx ? START : ''], r.exact) : null;
        }
        ctx = r.end;
    }
    if (run)
        consider(prefixesOf(run));
    return { exact: whole ? run : null, gate: best, end: ctx };
}
function keyword_gate_element(e, ctx) {
    switch (e.type) {
        case 'Character': {
            const ch = String.fromCharCode(e.value).toLowerCase();
            return { exact: e.value > 0xffff ? null : [ch], gate: null, end: !isWordCode(e.value) };
        }
        case 'CharacterClass':
            return characterClass(e);
        case 'CharacterSet':
            // \d is one of ten digits (without u, nothing else), and a digit is a word character: it can open a word
            // ("3k examples" has a word starting "3"). \s and \W consume a non-word character; \w, . and properties
            // may consume anything.
            if (e.kind === 'digit' && !e.negate)
                return { exact: DIGITS, gate: null, end: false };
            return { exact: null, gate: null, end: e.kind === 'space' ? !e.negate : e.kind === 'word' && e.negate };
        case 'Assertion':
            if (e.kind === 'word')
                return e.negate ? { exact: [''], gate: null, end: false } : { exact: [START], gate: null, end: true };
            if (e.kind === 'start')
                return { exact: [START], gate: null, end: true };
            return { exact: [''], gate: null, end: ctx };
        case 'Group':
        case 'CapturingGroup':
            return alternation(e.alternatives, ctx);
        case 'Quantifier':
            return quantifier(e, ctx);
        default:
            // Back-references, modifiers: nothing is certain.
            return { exact: null, gate: null, end: false };
    }
}
function quantifier(q, ctx) {
    const inner = keyword_gate_element(q.element, ctx);
    const end = inner.end && (q.min > 0 || ctx);
    if (q.min === 0)
        return { exact: q.max === 1 && inner.exact ? ['', ...inner.exact] : null, gate: null, end };
    const gate = inner.gate ?? (inner.exact ? prefixesOf(inner.exact.map((s) => (ctx ? START : '') + s)) : null);
    if (q.max === 1)
        return { exact: inner.exact, gate, end };
    return { exact: null, gate, end };
}
function characterClass(c) {
    if (c.unicodeSets)
        return { exact: null, gate: null, end: false };
    // [^\w…] consumes a character outside \w: a non-word character, after which a word starts.
    if (c.negate)
        return { exact: null, gate: null, end: c.elements.some((m) => m.type === 'CharacterSet' && m.kind === 'word' && !m.negate) };
    const chars = new Set();
    let allNonWord = true;
    let finite = true;
    for (const m of c.elements) {
        if (m.type === 'Character') {
            chars.add(String.fromCharCode(m.value).toLowerCase());
            if (isWordCode(m.value))
                allNonWord = false;
        }
        else if (m.type === 'CharacterClassRange' && m.max.value - m.min.value < 8) {
            for (let v = m.min.value; v <= m.max.value; v++) {
                chars.add(String.fromCharCode(v).toLowerCase());
                if (isWordCode(v))
                    allNonWord = false;
            }
        }
        else {
            finite = false;
            if (!(m.type === 'CharacterSet' && ((m.kind === 'space' && !m.negate) || (m.kind === 'word' && m.negate))))
                allNonWord = false;
        }
    }
    return { exact: finite && chars.size <= 8 ? [...chars] : null, gate: null, end: allNonWord };
}
function cross(a, b) {
    const out = [];
    for (const x of a)
        for (const y of b)
            out.push(x + y);
    return out;
}
/**
 * For each spelling, the longest run of word characters that is certain to start a word: it follows
 * `START` or a non-word character inside the spelling. Null when a spelling has none.
 */
function prefixesOf(spellings) {
    const out = [];
    for (const s of spellings) {
        let bestRun = '';
        for (let i = 1; i < s.length; i++) {
            if (!isWordCode(s.charCodeAt(i)) || isWordCode(s.charCodeAt(i - 1)))
                continue;
            let j = i;
            while (j < s.length && isWordCode(s.charCodeAt(j)))
                j++;
            if (j - i > bestRun.length)
                bestRun = s.slice(i, j);
        }
        if (!bestRun)
            return null;
        out.push(bestRun);
    }
    return dedupe(out);
}
function dedupe(prefixes) {
    return [...new Set(prefixes)];
}
/** A gate whose shortest prefix is longer filters more sentences; then fewer prefixes. */
function better(a, b) {
    const minA = Math.min(...a.map((p) => p.length));
    const minB = Math.min(...b.map((p) => p.length));
    return minA !== minB ? minA > minB : a.length < b.length;
}
/* ---- The index: every gated pattern's word prefixes, matched along each word of a sentence ---- */
/** Each registered pattern's bit, or -1 for a pattern no text can be ruled out for (it is always run). */
const ids = new WeakMap();
let gatedCount = 0;
/** Word bits of bare strings (sentence objects keep theirs in their `gate` field), for the strings seen last. */
const cache = new Map();
const CACHE_LIMIT = 8192;
/** Past this many patterns (a `gated` call inside a function would register a new one per call), new ones go unfiltered. */
const MAX_PATTERNS = 1024;
/** The patterns of src/extract were analysed at build time (gate-table.ts); others are analysed here. */
function prefixesFor(re) {
    if (!re.unicode && !re.flags.includes('v') && Object.hasOwn(GATE_TABLE, re.source))
        return GATE_TABLE[re.source] ?? null;
    return wordPrefixes(re);
}
/**
 * Registers a pattern with the pre-filter and returns it, for the patterns the detectors declare once at module
 * level (`const CHANGE = gated(/…/i)`). The questions below only look a pattern up: registering on first use, as
 * this module once did, put the registration code on every question's path, and V8 inlined a copy of it into each
 * of the ~40 detector functions that ask (`--trace-turbo-inlining`): optimising-compiler work, in every run, for
 * code that runs once per pattern.
 */
function gated(re) {
    if (ids.has(re))
        return re;
    const prefixes = gatedCount < MAX_PATTERNS ? prefixesFor(re) : null;
    if (!prefixes || prefixes.length === 0) {
        ids.set(re, -1);
        return re;
    }
    const id = gatedCount++;
    ids.set(re, id);
    for (const prefix of prefixes)
        insertPrefix(prefix, id);
    // Sentences read before this pattern was known lack its bit.
    cache.clear();
    return re;
}
/** Sources of the patterns a question was asked about without `gated` (always run); a test holds this empty. */
const unregistered = new Set();
/** Kept out of the questions' way: it runs only for a pattern nobody registered, which the tests rule out. */
function unregisteredPattern(re) {
    if (unregistered.size < 256)
        unregistered.add(re.source);
    return true;
}
/** For tests: the patterns asked about that were never registered with `gated`. */
function unregisteredPatterns() {
    return [...unregistered];
}
const WORD = 30;
/** A packed all-zero array of the current length, copied: `new Array(n).fill(0)` built a holey one, slower to make and read. */
let zeros = [];
const noBits = () => {
    const n = Math.ceil(gatedCount / WORD);
    if (zeros.length !== n)
        zeros = Array.from({ length: n }, () => 0);
    return zeros.slice();
};
const has = (bits, id) => (bits[(id / WORD) | 0] & (1 << (id % WORD))) !== 0;
const textOf = (text) => (typeof text === 'string' ? text : text.text);
/** False only when `re` cannot match the text; true when it may (always for a pattern that was not registered). */
function mayMatch(text, re) {
    const id = ids.get(re);
    if (id === undefined)
        return unregisteredPattern(re);
    return id < 0 || has(bitsOf(text), id);
}
/** The hot part of a question: the bits a sentence already carries. Computing them is apart, and runs once per sentence. */
function bitsOf(text) {
    if (typeof text === 'string')
        return stringBits(text);
    const entry = text.gate;
    // A copy of a sentence with another text ({ ...s, text }) carries the original's bits: checked here.
    if (entry !== undefined && entry.text === text.text && entry.count === gatedCount)
        return entry.bits;
    return carrierBits(text);
}
function carrierBits(carrier) {
    const entry = { text: carrier.text, count: gatedCount, bits: wordBits(carrier.text) };
    carrier.gate = entry;
    return entry.bits;
}
function stringBits(text) {
    let bits = cache.get(text);
    if (!bits) {
        if (cache.size >= CACHE_LIMIT)
            cache.clear();
        bits = wordBits(text);
        cache.set(text, bits);
    }
    return bits;
}
/** The union of the sentences' bits, per list of sentences, with the pattern count it was computed for. */
const unions = new WeakMap();
/**
 * False only when `re` can match none of the texts. A detector asks this once per record before
 * looping over its sentences: most records never mention most of the vocabulary.
 */
function anyMayMatch(items, re) {
    const id = ids.get(re);
    if (id === undefined)
        return unregisteredPattern(re);
    return id < 0 || has(unionOf(items), id);
}
function unionOf(items) {
    const union = unions.get(items);
    if (union !== undefined && union.count === gatedCount && union.length === items.length)
        return union.bits;
    return computeUnion(items);
}
function computeUnion(items) {
    const bits = noBits();
    for (const item of items) {
        const b = bitsOf(item);
        for (let k = 0; k < bits.length; k++)
            bits[k] |= b[k];
    }
    unions.set(items, { count: gatedCount, length: items.length, bits });
    return bits;
}
/** `re.test(text)`, skipped when the text lacks the pattern's words. For sentence texts (they are cached). */
function test(re, text) {
    return mayMatch(text, re) && re.test(textOf(text));
}
/** `text.search(re)`, skipped when the text lacks the pattern's words. */
function search(text, re) {
    return mayMatch(text, re) ? textOf(text).search(re) : -1;
}
/*
 * The prefixes as a trie kept as a transition table for the scan: state × character class → state, with
 * state 0 "no prefix continues here" and state 1 the root. A registered pattern inserts its prefixes (the table
 * grows by doubling); the per-state masks of accepted patterns are rebuilt when a pattern was registered since.
 */
const CLASSES = 37; // 0-9, a-z (A-Z fold onto them), _
const CLASS_OF = new Int8Array(256).fill(-1);
for (let c = 48; c <= 57; c++)
    CLASS_OF[c] = c - 48;
for (let c = 97; c <= 122; c++)
    CLASS_OF[c] = CLASS_OF[c - 32] = c - 87;
CLASS_OF[95] = 36;
let transitions = new Int32Array(64 * CLASSES);
/** States in use: 0 (dead) and 1 (root) from the start. */
let states = 2;
/** The patterns each state accepts (a prefix of theirs ends there). */
const acceptedBy = [[], []];
let acceptMasks = new Int32Array(0);
let accepting = new Uint8Array(0);
let words = 0;
let masksFor = -1;
function insertPrefix(prefix, id) {
    let state = 1;
    for (let k = 0; k < prefix.length; k++) {
        const slot = state * CLASSES + CLASS_OF[prefix.charCodeAt(k)];
        if (transitions[slot] === 0) {
            if ((states + 1) * CLASSES > transitions.length) {
                const grown = new Int32Array(transitions.length * 2);
                grown.set(transitions);
                transitions = grown;
            }
            transitions[slot] = states++;
            acceptedBy.push([]);
        }
        state = transitions[slot];
    }
    acceptedBy[state].push(id);
}
/** Each state's accepted patterns as a bit mask per 30-bit word: the scan ORs them in without a loop over ids. */
function buildMasks() {
    words = Math.ceil(gatedCount / WORD);
    acceptMasks = new Int32Array(states * words);
    accepting = new Uint8Array(states);
    for (let state = 0; state < states; state++)
        for (const id of acceptedBy[state]) {
            acceptMasks[state * words + ((id / WORD) | 0)] |= 1 << (id % WORD);
            accepting[state] = 1;
        }
    masksFor = gatedCount;
}
const encoder = new TextEncoder();
let utf8 = new Uint8Array(1 << 16);
/**
 * One pass over the text's words: the bit of every pattern one of whose prefixes starts a word.
 * The text is read as UTF-8 bytes: sentences are slices of their block's text, and reading such a
 * string character by character costs several times a read of a flat byte array. Word characters are
 * ASCII, so every byte of a multi-byte character is a non-word byte, as the character is.
 */
function wordBits(text) {
    if (masksFor !== gatedCount)
        buildMasks();
    const bits = noBits();
    if (utf8.length < text.length * 3)
        utf8 = new Uint8Array(text.length * 3);
    const bytes = utf8;
    const len = encoder.encodeInto(text, bytes).written;
    const table = transitions;
    const masks = acceptMasks;
    const accepts = accepting;
    const w = words;
    let state = 1;
    for (let i = 0; i < len; i++) {
        const cls = CLASS_OF[bytes[i]];
        if (cls < 0) {
            state = 1; // a non-word byte: the next word starts at the root
            continue;
        }
        if (state === 0)
            continue; // no prefix continues along this word
        state = table[state * CLASSES + cls];
        if (accepts[state] === 1)
            for (let k = 0, at = state * w; k < w; k++)
                bits[k] |= masks[at + k];
    }
    return bits;
}

;// CONCATENATED MODULE: ./src/extract/adr/lexicon.ts
/**
 * Vocabulary of the decision framework as it appears in prose. Patterns are flat alternations
 * (no nested quantifiers) so matching stays linear in the text's length.
 */

/** Training weights: fine-tuning, adapters, continued pre-training. */
const FINETUNE = gated(/\b(?:fine[- ]?tun(?:e|es|ed|ing|ning)|finetun\w*|model retraining|re-?train(?:s|ed|ing)? (?:the |our |a )?(?:model|LLM|BERT|classifier)s?\b|training (?:data|dataset|pairs|examples)\b|adapters? (?:per|for each|trained)\b|(?:LoRA|SFT|PEFT|fine-tuned|shared|separate|dedicated|one) adapters?\b|(?:Q?LoRA|PEFT|SFT|DPO|RLHF)\b|FT\b|supervised fine|instruction[- ]tun\w*|continued[- ]pre-?train\w*|continue[- ]pre-?train\w*|domain[- ]adaptive pre-?train\w*|train(?:ing)? (?:a |an |our |the |its )?(?:own |custom |small |smaller |dedicated )?(?:model|LLM|adapter)s?\b|custom[- ]trained|adapter (?:training|tuning))/gi);
/** Fine-tuning whose target is a retrieval component: tuning of retrieval, not of the generator. */
const RETRIEVAL_COMPONENT = /\b(?:embedding|embedder|embeddings|re-?rank\w*|cross[- ]encoder|bi[- ]encoder|retriever|sentence[- ]transformer)/i;
const CONTINUED_PRETRAINING = /\b(?:continued[- ]pre-?train\w*|continue[- ]pre-?train\w*|domain[- ]adaptive pre-?train\w*)/i;
/** Retrieving knowledge at query time, including putting the relevant documents into the prompt. */
const RETRIEVAL = gated(/\b(?:RAG\b|retrieval[- ]augment\w*|retrieval|retriever|BM25|dense (?:retrieval|vectors?|embeddings?|index)|embeddings?\b|embedding models?|re-?rank\w*|chunk(?:s|ing|ed)?\b|retrieve[sd]?\b|vector ?(?:db|database|store|index|search)s?\b|vectorstore|semantic search|hybrid search|similarity search|knowledge base|document store|search index|grounded (?:on|in) (?:the |our )?(?:documents|sources|corpus|knowledge)|pgvector|pinecone|weaviate|qdrant|milvus|faiss|chroma(?:db)?\b|opensearch|elasticsearch|llama-?index|haystack|(?:inject|include|insert|pass|put|add|supply|stuff|load|plac)\w* (?:the )?[ \w'-]{0,48}?(?:documents|passages|chunks|sections|pages|excerpts|clauses|records) (?:in|into) (?:the |a |an )?[ \w'-]{0,48}?(?:prompt|context(?: window)?)\b|(?:documents|passages|chunks|sections|pages|excerpts|clauses|records)\b[^.;]{0,60}?\b(?:placed|put|inserted|included|injected|loaded|added|passed|supplied) (?:in|into) (?:the |a |an )?[ \w'-]{0,48}?(?:prompt|context)\b|re-?embed\w*|re-?index\w*|index is (?:refreshed|rebuilt|updated))/gi);
const PROMPTING = gated(/\b(?:prompt engineering|prompting|prompts?\b|few[- ]shot|zero[- ]shot|system prompt|prompt template|in-context learning|off[- ]the[- ]shelf (?:model|LLM))/gi);
/**
 * "40,000 contracts", "3k labelled pairs": a count of something in `units` (an alternation), with the scales the
 * number may carry. `count` captures the number, its scale and the words between it and the unit (global, for
 * several counts in a sentence). Every match ends in a unit, and the word pre-filter passes any sentence with a
 * number in it, where `count` then tries its lazy qualifier from every number: `unit`, a plain search for a unit,
 * is several times cheaper on the sentences (nine in ten) that have a number and no unit, so it is asked first.
 */
function countOf(units, scales) {
    return {
        count: gated(new RegExp(String.raw `(?:^|[^\w.,])(\d{1,3}(?:,\d\d\d)+|\d+(?:\.\d+)?)\s*(${scales})?\s+([ \w-]{0,48}?)(?:${units})\b`, 'g')),
        unit: new RegExp(String.raw `(?:${units})\b`),
    };
}
/** Words that make a document about an LLM system on their own. */
const LLM_STRONG = gated(/\b(?:LLMs?|large language models?|language models?|BERT|RoBERTa|GPT[- ]?\d\w*|ChatGPT|Claude|Llama[- ]?\d*|Mistral|Mixtral|Gemini|Gemma|Qwen|Phi-\d|OpenAI|Anthropic|Bedrock|Vertex AI|Azure OpenAI|RAG\b|retrieval[- ]augment\w*|embedding models?|vector ?(?:db|database|store|index|search)s?\b|vectorstore|Q?LoRA\b|PEFT\b|SFT\b|prompt engineering|system prompt|few[- ]shot|foundation models?|generative AI|GenAI|chatbot|frontier models?|fine-tuned (?:model|LLM)|instruction[- ]tun\w*|pgvector|pinecone|weaviate|qdrant|chroma(?:db)?\b|llama-?index|langchain|hallucinat\w* (?:rate|facts|answers|citations|references)|(?:instruction|static|the model's) prompt|fine[- ]?tun\w* (?:a |an |the |our |its )?[ \w-]{0,32}?(?:LLM|assistant|chatbot|copilot|adapter)s?|\d+(?:\.\d+)?[Bb][- ](?:model|parameter|instruct)\w*|(?:open|open-weights?|open-source|instruct|chat) models?)/i);
/** Words that suggest an LLM system; two different ones are needed ("context window" alone is a video buffer). */
const LLM_WEAK = gated(/\b(?:tokeni[sz](?:e|er|ed|ing)|T5\b|NLP models?|transformer models?|embeddings|copilot|tokens? per|context window|inference endpoint|base model|model weights|fine[- ]?tun\w* (?:a |an |the |our |its )?[ \w-]{0,32}?(?:LLM|model|base model|assistant|copilot|chatbot|bot|adapter)s?|long[- ]context|hosted (?:[\w-]+ )?models?|model(?:'s)? (?:outputs?|answers|responses|replies)|(?:chat|support|AI|virtual|coding|shopping|HR|sales|agent[- ]assist) (?:assistant|copilot|bot)|Q\/A pairs|question[- ]answer pairs|retrieval over|retrieved (?:passages|chunks|documents|records|context|snippets)|faithfulness|groundedness|retrieval pipeline|assistants?|prompts?\b|(?:retrieval|RAG|search) (?:bot|assistant|service)|embedd(?:ed|ing) (?:and|&) (?:searched|indexed|retrieved))/gi);
/** About an LLM system: one strong word, or two different weak ones. */
function mentionsLlm(texts) {
    const weak = new Set();
    for (const item of texts) {
        if (test(LLM_STRONG, item))
            return true;
        if (!mayMatch(item, LLM_WEAK))
            continue;
        const text = textOf(item);
        LLM_WEAK.lastIndex = 0;
        for (let m = LLM_WEAK.exec(text); m; m = LLM_WEAK.exec(text))
            weak.add(m[0].toLowerCase().slice(0, 6));
        if (weak.size >= 2)
            return true;
    }
    return false;
}
/** Words that end the scope of a choice: what follows is rationale or comparison, not the choice. */
const NEGATION_BEFORE = /\b(?:not|no|never|without|instead of|rather than|against|avoid\w*|neglect\w*|reject\w*|rules? out|ruled out|discard\w*|abandon\w*|won't|don't|doesn't|isn't|aren't|cannot|can't|no need|unnecessary|forgo|forego|than|unlike|versus|vs\.?|over|because|since|compared (?:to|with)|alternative to|replace[sd]?|replacing|instead|drop\w*|remov\w*|retir\w*|decommission\w*|phas\w* out|stop using|stop relying on|beat\w*|outperform\w*|move away from|migrate away from)\b/i;
const NEGATION_AFTER = /^[^.;:,()]{0,40}?\b(?:was|is|were|are|has been|have been|got|gets)?\s*(?:rejected|ruled out|discarded|dropped|abandoned|deferred|postponed|out of scope|not (?:chosen|selected|pursued|needed|required|used|adopted|an option|viable|worth|necessary|justified|suitable)|deemed|too (?:slow|costly|expensive|risky)|would|could|cannot|can't|does not|doesn't|do not|don't|will not|won't|is not|isn't|was not|wasn't|fails?|failed|lacks?|goes stale|go stale|freezes?|bakes?|(?:is|was) [ \w]{0,16}?(?:weak|poor|broken|unreliable|insufficient|the problem|the bottleneck))\b|^\s*\((?:rejected|not chosen|ruled out|discarded)|^\s*(?:numbers|baselines?|results|scores|metrics|figures)\b/i;
const HYPOTHETICAL_BEFORE = /\b(?:if|unless|whether|may|might|could|would|should|eventually|in the future|future|revisit|reconsider|consider\w*|possibly|potentially|perhaps|later|next phase|phase 2|follow-up|not yet|option(?:ally)? to|evaluate whether|explore)\b/i;
const PAST_BEFORE = /\b(?:previously|earlier|last (?:year|quarter|month|time)|in 20\d\d|tried|attempted|attempt|had (?:fine-?tuned|trained)|used to|originally|initially|experimented)\b/i;
/** A first-person or system statement of a choice. */
const DECISION_VERB = gated(/\b(?:chosen option|we (?:have |hereby )?(?:decided|decide|chose|choose|selected|select|opt(?:ed)? for|adopt(?:ed)?|will|shall|'ll|are going to|go with|are going with|plan to|propose|recommend|use|build|implement)|we're|decided (?:for|to|on)|our approach|the approach is|(?:will|shall) (?:proceed|go ahead) with|proceed with option|go(?:es)? with option|opt(?:s|ed)? for|approves?|approved)\b|\bdecision\s*[:：]/i);
/** A generative model named as the thing a decision uses. */
const LLM_MODEL = gated(/\b(?:LLMs?|large language models?|language models?|GPT[- ]?\d\w*|ChatGPT|Claude|Llama[- ]?\d*|Mistral|Mixtral|Gemini|Qwen|DeepSeek|Phi-\d|generative (?:AI|models?)|foundation models?|AI[- ]powered [ \w-]{0,48}?models?|hosted models?)\b/i);

;// CONCATENATED MODULE: ./src/extract/adr/split-sentences.ts
// A boundary: end punctuation followed by whitespace and an upper-case letter, digit or quote.
// Abbreviations such as "e.g." and "i.e." are followed by lower case and so never split.
// All but the punctuation is lookahead, so that after `test` the regex's lastIndex is where the sentence ends:
// `exec` built a match array with two captures for each of ~300k boundaries of a 10k-ADR run.
const BOUNDARY = /[.!?](?=\s+["'([]?[A-Z0-9])/g;
function splitSentences(text, firstLine) {
    const out = [];
    let start = 0;
    let line = firstLine;
    // Most blocks are one line: nothing to count or join.
    const multiline = text.includes('\n');
    const push = (end) => {
        const trimmed = text.slice(start, end).trim();
        if (!multiline) {
            if (trimmed)
                out.push({ text: trimmed, line });
            start = end;
            return;
        }
        if (trimmed) {
            // The sentence starts where its first non-space character is (\S is exactly what trim() keeps).
            NON_SPACE.lastIndex = start;
            const lead = NON_SPACE.exec(text)?.index ?? start;
            const body = trimmed.includes('\n') ? joinLines(trimmed) : trimmed;
            out.push({ text: body, line: line + split_sentences_countNewlines(text, start, lead) });
        }
        line += split_sentences_countNewlines(text, start, end);
        start = end;
    };
    BOUNDARY.lastIndex = 0;
    // push() never touches BOUNDARY, and a match is never empty: lastIndex moves on by itself.
    while (BOUNDARY.test(text))
        push(BOUNDARY.lastIndex);
    push(text.length);
    return out;
}
const NON_SPACE = /\S/g;
/** Newlines in s[from, to): indexOf runs natively, where a loop over a sliced string's characters does not. */
function split_sentences_countNewlines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * Each run of whitespace holding a line break becomes one space: what replacing the global regex `\s*\n\s*` by
 * a space does, by hand. The regex tried its `\s*` at every character of every multi-line sentence (the costliest
 * regex of a 10k-ADR run); this looks only around the line breaks. Exported for the test that holds the two equal.
 */
function joinLines(s) {
    let out = '';
    let from = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
        let start = nl;
        while (start > from && isWhiteSpace(s.charCodeAt(start - 1)))
            start--;
        let end = nl + 1;
        while (end < s.length && isWhiteSpace(s.charCodeAt(end)))
            end++;
        out += `${s.slice(from, start)} `;
        from = end;
    }
    return out + s.slice(from);
}
/** Exactly the characters of the regex class `\s`. */
function isWhiteSpace(c) {
    if (c < 128)
        return c === 32 || (c >= 9 && c <= 13);
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}

;// CONCATENATED MODULE: ./src/extract/adr/read-adr-structure.ts


/**
 * Every statement is made here, with all its fields in one order: detectors and the keyword pre-filter read
 * millions of them, and a statement of another shape (a literal missing a field, a spread copy) reaching that
 * code after it was optimised throws the optimised code away (V8 "wrong map" deoptimisations, then a slow
 * recompile of the large functions that inlined the readers).
 */
function statement(text, line, section, block, blockIndex) {
    return { text, line, section, block, blockIndex, gate: undefined };
}
/** Checked in order: the first pattern that matches a normalised heading names its section. */
const SECTION_PATTERNS = [
    ['status', /^(decision )?status\b/],
    ['drivers', /\bdrivers?\b|\bforces\b|\brequirements\b|\bcriteria\b|\bconstraints\b/],
    ['pros-cons', /\bpros\b|\bcons\b|trade ?offs?|\badvantages\b|\bcomparison\b|\bevaluation of options\b/],
    [
        'decision',
        /decision outcome|^(the |our |final )?decisions?\b|\bdecision$|\bchosen\b|^resolution|^proposed solution|^solution$|why did we take this decision/,
    ],
    ['options', /\boptions?\b|\balternatives?\b|\bcandidates\b/],
    ['context', /context|problem|background|motivation|^overview|^introduction|^summary|^issue/],
    ['consequences', /consequences|implications|^positive|^negative|^impact|^risks?\b|^outcome|^neutral|^trade/],
    ['confirmation', /confirmation|validation|verification|success criteria|^evaluation\b|^quality|^testing\b|^monitoring\b/],
    ['links', /^links?\b|references|^related|see also|more information/],
];
/** Records reuse a few dozen headings ("Context", "Decision Outcome"): each is classified once. */
const headingKinds = new Map();
const HEADING_CACHE_LIMIT = 4096;
function classifyHeading(text) {
    let kind = headingKinds.get(text);
    if (kind === undefined) {
        if (headingKinds.size >= HEADING_CACHE_LIMIT)
            headingKinds.clear();
        kind = classifyNormalised(normaliseHeading(text));
        headingKinds.set(text, kind);
    }
    return kind ?? undefined;
}
function classifyNormalised(norm) {
    for (const [kind, re] of SECTION_PATTERNS)
        if (re.test(norm))
            return kind;
    return null;
}
function normaliseHeading(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9 &'-]+/g, ' ')
        .replace(/^\s*(?:\d[\d.]*|[ivx]+\.)\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
const STATUS_WORDS = [
    ['superseded', /\bsuperseded\b|\breplaced by\b/],
    ['deprecated', /\bdeprecated\b|\bobsolete\b|\bretired\b/],
    ['rejected', /\brejected\b|\bdeclined\b|\babandoned\b|\bnot accepted\b/],
    ['accepted', /\baccepted\b|\bapproved\b|\badopted\b|\bdecided\b|\bimplemented\b|\bactive\b|\bdone\b|\bagreed\b/],
    [
        'proposed',
        /\bproposed\b|\bdraft\b|\bin review\b|\bunder review\b|\bpending\b|\bproposal\b|\bwip\b|\bin progress\b|\bunder discussion\b|\bopen\b/,
    ],
];
function parseStatusWord(text) {
    const norm = text.toLowerCase();
    for (const [status, re] of STATUS_WORDS)
        if (re.test(norm))
            return status;
    return undefined;
}
const STATUS_INLINE = /\bstatus\s*\**\s*[:=]\s*\**\s*([A-Za-z][A-Za-z -]{0,40})/i;
const STATUS_LINE = /^\s*(?:[-*]\s*)?\**\s*(?:decision )?status\s*\**\s*(?:[:=]|\|)\s*\**\s*(.+)$/im;
function readAdrStructure(parsed) {
    const statements = [];
    const sections = new Set();
    let title;
    let status = { value: 'unknown' };
    let current = 'preamble';
    let currentLevel = 0;
    let decisionLine;
    let statusSectionPending = false;
    let titlePending = false;
    const fm = parsed.frontMatter?.data;
    if (fm && typeof fm === 'object') {
        if (typeof fm.title === 'string')
            title = { text: fm.title, line: parsed.frontMatter?.keyLines.get('title') ?? 1 };
        const fmStatus = typeof fm.status === 'string' ? parseStatusWord(fm.status) : undefined;
        if (fmStatus) {
            status = { value: fmStatus, line: parsed.frontMatter?.keyLines.get('status') ?? 1, text: `status: ${String(fm.status)}` };
            sections.add('status');
        }
    }
    for (let blockIndex = 0; blockIndex < parsed.blocks.length; blockIndex++) {
        const block = parsed.blocks[blockIndex];
        if (block.kind === 'code')
            continue;
        if (titlePending && block.kind !== 'heading') {
            title = { text: cleanTitle(block.text.split('\n')[0] ?? ''), line: block.line };
            titlePending = false;
            continue;
        }
        if (block.kind === 'heading') {
            const level = block.level ?? 2;
            // "## Title:" followed by the title as a paragraph (a common template).
            const titleLabel = /^\W*title\W*:?\s*(.*)$/i.exec(block.text.trim());
            if (!title && titleLabel && level > 1) {
                if (titleLabel[1])
                    title = { text: cleanTitle(titleLabel[1]), line: block.line };
                else
                    titlePending = true;
                continue;
            }
            if (!title && level === 1) {
                title = { text: cleanTitle(block.text), line: block.line };
                current = 'title';
                currentLevel = 1;
                continue;
            }
            const kind = classifyHeading(block.text);
            if (kind) {
                current = kind;
                currentLevel = level;
                sections.add(kind);
                if (kind === 'decision' && decisionLine === undefined)
                    decisionLine = block.line;
                if (kind === 'status') {
                    const inline = block.text.replace(/^[^:]*status[^:]*:?/i, '');
                    const value = parseStatusWord(inline);
                    if (value && status.value === 'unknown')
                        status = { value, line: block.line, text: block.text.trim() };
                    else
                        statusSectionPending = status.value === 'unknown';
                }
            }
            else if (level <= currentLevel || current === 'title' || current === 'preamble') {
                current = 'other';
                currentLevel = level;
            }
            // A heading is itself a statement ("### Option 2: Fine-tuning (rejected)").
            statements.push(statement(block.text.trim(), block.line, current, 'heading'));
            continue;
        }
        // In the header of a record a status may share a line with other metadata ("Forum · Status: Accepted · 5 June").
        // Most blocks say nothing about status: a plain substring test spares them the line-by-line regexes.
        const mayHaveStatus = status.value === 'unknown' && /status/i.test(block.text);
        const statusLine = !mayHaveStatus
            ? null
            : (STATUS_LINE.exec(block.text) ?? (current === 'title' || current === 'preamble' ? STATUS_INLINE.exec(block.text) : null));
        if (statusLine && status.value === 'unknown') {
            const value = parseStatusWord(statusLine[1] ?? '');
            if (value) {
                status = {
                    value,
                    line: block.line + (block.text.slice(0, statusLine.index).match(/\n/g)?.length ?? 0),
                    text: statusLine[0].trim(),
                };
                sections.add('status');
            }
        }
        else if (statusSectionPending && current === 'status') {
            const value = parseStatusWord(block.text);
            if (value)
                status = { value, line: block.line, text: block.text.split('\n')[0].trim() };
            statusSectionPending = false;
        }
        for (const s of splitSentences(block.text, block.line)) {
            const made = statement(s.text, s.line, current, block.kind, blockIndex);
            statements.push(made);
            if (decisionLine === undefined && s.text.length > 12 && test(CHOSEN_OPTION, made))
                decisionLine = s.line;
        }
    }
    const format = detectFormat(parsed, statements, sections);
    if (format === 'y-statement') {
        // A Y-statement's clauses are its sections: "In the context of" (context), "we decided for"
        // (decision), "accepting that" (consequences).
        let all = '';
        for (let i = 0; i < statements.length; i++)
            all += i ? ` ${statements[i].text}` : statements[i].text;
        sections.add('context');
        sections.add('decision');
        if (/\baccepting that\b/i.test(all))
            sections.add('consequences');
        decisionLine ??= statements.find((s) => /\bdecided for\b/i.test(s.text))?.line;
    }
    return {
        ...(title ? { title } : {}),
        status,
        sections: [...sections],
        format,
        statements,
        ...(decisionLine !== undefined ? { decisionLine } : {}),
    };
}
function cleanTitle(text) {
    return text
        .replace(/^\s*(?:adr|rfc|dr)[\s-]*\d*\s*[:.–—-]?\s*/i, '')
        .replace(/^\s*\d[\d.]*[:)]?\s+/, '')
        .trim();
}
const CHOSEN_OPTION = gated(/\bchosen option\b/i);
const IN_THE_CONTEXT_OF = gated(/\bin the context of\b/i);
const MADR_HEADING = /decision outcome|considered options|context and problem statement|pros and cons of the options/;
const DECIDED_FOR = gated(/\b(?:we )?decided for\b|\bwe decided\b.*\band neglected\b/i);
function detectFormat(parsed, statements, sections) {
    // Each phrase lies within one sentence, so sentence by sentence (with the keyword pre-filter) reads as the whole
    // text would; most records have none of the phrases' words at all.
    const anywhere = (re) => anyMayMatch(statements, re) && statements.some((s) => test(re, s));
    if (anywhere(IN_THE_CONTEXT_OF) && anywhere(DECIDED_FOR))
        return 'y-statement';
    // Plain loops, no filter/map arrays: an empty one has another element kind than a full one, and meeting it
    // after optimisation threw this function's optimised code away (it is recompiled at a cost).
    let madrHeadings = false;
    for (const b of parsed.blocks)
        if (b.kind === 'heading' && MADR_HEADING.test(b.text.toLowerCase())) {
            madrHeadings = true;
            break;
        }
    let statusItem = false;
    let tagsItem = false;
    for (let i = 0; i < parsed.blocks.length && i < 12; i++) {
        const b = parsed.blocks[i];
        if (b.kind !== 'list-item')
            continue;
        const h = b.text.toLowerCase();
        statusItem ||= h.startsWith('status:');
        tagsItem ||= h.startsWith('tags:');
    }
    if (statusItem && tagsItem)
        return 'log4brains';
    if (madrHeadings || anywhere(CHOSEN_OPTION))
        return 'madr';
    if (sections.has('decision') && (sections.has('context') || sections.has('status')))
        return 'nygard';
    return 'freeform';
}

;// CONCATENATED MODULE: ./src/extract/adr/read-mentions.ts
/**
 * Decides, for each mention of an approach in a sentence, whether the sentence asserts it or only
 * talks about it: negated ("we will not fine-tune"), rejected ("fine-tuning (rejected)"),
 * hypothetical ("if retrieval proves insufficient we may later fine-tune"), past ("we tried"),
 * or rationale/comparison ("RAG, because fine-tuning goes stale").
 */


/**
 * Clause boundaries: punctuation and the conjunctions that open a new clause. "and neglected" is
 * deliberately not one: the negation must stay in the clause of the option it rejects.
 */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s|\b(?:but|however|whereas|while)\b/gi;
/** How far around a mention its context is read: enough for a clause, and linear on huge sentences. */
const WINDOW = 160;
/**
 * Several detectors ask about the same sentence with the same pattern: the answer is remembered for the
 * last sentences seen (bounded, so a large repository does not grow it without end).
 */
const memo = new WeakMap();
const MEMO_LIMIT = 4096;
function findMentions(source, pattern) {
    // A sentence object keeps its keyword bits; passing it (not its text) spares reading its words again.
    if (!mayMatch(source, pattern))
        return [];
    const text = textOf(source);
    let byText = memo.get(pattern);
    if (!byText)
        memo.set(pattern, (byText = new Map()));
    const known = byText.get(text);
    if (known)
        return known;
    if (byText.size >= MEMO_LIMIT)
        byText.clear();
    const found = scanMentions(text, pattern);
    byText.set(text, found);
    return found;
}
function scanMentions(text, pattern) {
    const out = [];
    let breaks;
    let b = 0;
    let clauseStart = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // Clause breaks are found once per sentence; mentions come in order, so one pointer walks them.
        breaks ??= clauseBreaks(text);
        while (b < breaks.length && breaks[b] <= m.index)
            clauseStart = breaks[b++];
        out.push(classify(text, m.index, m[0], clauseStart));
        if (m[0].length === 0)
            pattern.lastIndex++;
    }
    return out;
}
/** End offsets of every clause break in the text. */
function clauseBreaks(text) {
    const ends = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text))
        ends.push(m.index + m[0].length);
    return ends;
}
function classify(text, index, match, clauseStart) {
    const before = text.slice(Math.max(clauseStart, index - WINDOW), index);
    const after = text.slice(index + match.length, index + match.length + WINDOW);
    const near = text.slice(Math.max(0, index - 40), Math.min(text.length, index + match.length + 40));
    const retrievalComponent = RETRIEVAL_COMPONENT.test(near);
    let polarity = 'asserted';
    // Each test looks only at the mention's own clause: "Since facts change weekly, we will use RAG"
    // asserts RAG although the sentence opens with a reason.
    // "No document store, search index or fine-tuning is in scope": a leading "No" governs the whole list.
    const listNegated = /^\s*(?:no|neither|nor|none of|without)\b/i.test(text) && index < WINDOW && !/\b(?:but|however)\b|[;—]/i.test(text.slice(0, index));
    if (listNegated || NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after))
        polarity = 'negated';
    // A question asks; it does not decide ("Q: Are we fine-tuning anything?").
    else if (/\?\s*$/.test(text))
        polarity = 'hypothetical';
    else if (HYPOTHETICAL_BEFORE.test(before))
        polarity = 'hypothetical';
    else if (PAST_BEFORE.test(before))
        polarity = 'past';
    return { index, match, polarity, retrievalComponent };
}
function asserted(mentions) {
    return mentions.filter((m) => m.polarity === 'asserted');
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-approach.ts




const CHOSEN_OR_DECIDED = gated(/\bchosen option\b|\bwe decided for\b/i);
const NOT_DECISION = new Set(['options', 'pros-cons', 'context', 'drivers', 'consequences', 'confirmation', 'links', 'status']);
function isDecisionStatement(s) {
    if (s.section === 'decision')
        return !/^\s*(?:considered|alternatives?|rejected|options?)\b/i.test(s.text);
    if (test(CHOSEN_OR_DECIDED, s))
        return true;
    if (NOT_DECISION.has(s.section))
        return false;
    return test(DECISION_VERB, s);
}
function detectApproach(structure) {
    const decisionStatements = collectDecisionStatements(structure.statements);
    const reading = { approach: 'none', continuedPretraining: false, decisionStatements };
    for (const s of decisionStatements)
        readChoice(s, reading);
    if (!reading.fineTuning && !reading.retrieval && !reading.prompting && structure.title) {
        // A MADR title names the solution ("Use retrieval for the handbook assistant").
        const t = structure.title;
        if (/^\s*(?:use|adopt|choose|implement|introduce|build|fine-tune|apply|add)\b/i.test(t.text) &&
            !/\bvs\.?\b|\bversus\b|\bor\b|\?/i.test(t.text))
            readChoice(statement(t.text, t.line, 'title', 'heading'), reading);
    }
    if (!reading.fineTuning && !reading.retrieval && !reading.prompting) {
        // Calling a model as it is, with nothing trained or retrieved, is prompting.
        const use = decisionStatements.find((s) => test(LLM_MODEL, s) &&
            /\b(?:use|uses|using|adopt|leverag\w*|integrat\w*|call|deploy|host|run|select(?:ed)?|chose|choose)\b/i.test(s.text));
        if (use)
            reading.prompting = use;
    }
    const ft = reading.fineTuning !== undefined;
    const rag = reading.retrieval !== undefined;
    if (ft && rag)
        reading.approach = 'hybrid';
    else if (ft)
        reading.approach = reading.continuedPretraining ? 'continued-pretraining' : 'fine-tuning';
    else if (rag)
        reading.approach = 'rag';
    else if (reading.prompting)
        reading.approach = 'prompting';
    return reading;
}
const PROCEED_WITH_OPTION = /\b(?:proceed|go|goes|opt\w*|chosen option|choose|chose|select\w*|adopt\w*)\b[^.]{0,30}?\boption\s*#?\s*(\d+|[a-z])\b/i;
const CHOSEN_OPTION_NAME = /\bchosen option\s*:?\s*\**\s*["“']?([^"”',.(]{3,80})/i;
const CHOSEN_MARK = /\((?:chosen|selected|accepted|recommended|decision)\)|✅|\bchosen\b/i;
/**
 * The decision statements, plus the statements of the option a "Chosen option" names (MADR lists
 * the details under the option's own heading), plus implementation sections that follow a decision.
 */
function collectDecisionStatements(statements) {
    const picked = new Set();
    let afterDecision = false;
    for (const s of statements) {
        if (s.section === 'decision')
            afterDecision = true;
        else if (s.section === 'options' || s.section === 'pros-cons' || s.section === 'context' || s.section === 'drivers')
            afterDecision = false;
        if (isDecisionStatement(s) || (afterDecision && s.section === 'other'))
            picked.add(s);
    }
    // The rest of a paragraph that states the decision elaborates it ("… proceed with Option B. The model is …").
    // (Plain loops rather than map/filter chains: the arrays those build change element kinds between records, and
    // each change threw away the optimised code of this function, whose recompiling costs more than its running.)
    const blocks = new Set();
    for (const s of picked)
        if (s.blockIndex !== undefined)
            blocks.add(s.blockIndex);
    for (const s of statements)
        if (s.blockIndex !== undefined && blocks.has(s.blockIndex) && s.section !== 'options' && s.section !== 'pros-cons')
            picked.add(s);
    const labels = [];
    for (const s of picked) {
        const label = PROCEED_WITH_OPTION.exec(s.text)?.[1];
        if (label)
            labels.push(label.toLowerCase());
    }
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.block === 'heading' || (s.section !== 'options' && s.section !== 'pros-cons'))
            continue;
        // An option named by its label in a table row or list item: "B | Continued pre-training | …".
        const first = /^\s*(?:option\s*)?#?\s*(\d+|[a-z])\s*(?:[|.:)]|—|-)/i.exec(s.text)?.[1]?.toLowerCase();
        if (first && labels.includes(first))
            picked.add(s);
    }
    const names = [];
    for (const s of picked) {
        const name = CHOSEN_OPTION_NAME.exec(s.text)?.[1]?.trim().toLowerCase();
        if (name)
            names.push(name);
    }
    const created = [];
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.block !== 'heading' || (s.section !== 'options' && s.section !== 'pros-cons'))
            continue;
        const heading = s.text.toLowerCase();
        const label = optionLabel(heading);
        const named = names.some((n) => heading.includes(n) || (label !== undefined && optionLabel(n) === label)) ||
            (label !== undefined && labels.includes(label));
        if (!named && !CHOSEN_MARK.test(s.text))
            continue;
        const mark = statement(s.text.replace(/\((?:chosen|selected|accepted|recommended)\)/i, ''), s.line, s.section, s.block, s.blockIndex);
        picked.add(mark);
        created.push(mark);
        for (let j = i + 1; j < statements.length && statements[j].block !== 'heading'; j++)
            picked.add(statements[j]);
    }
    // The record's statements in their order, then the headings made above (the only picked ones not among them).
    const out = [];
    for (const s of statements)
        if (picked.has(s))
            out.push(s);
    for (const s of created)
        out.push(s);
    return out;
}
function optionLabel(text) {
    const m = /\boption\s*#?\s*(\d+)\b|\boption\s+([a-z])\b/i.exec(text);
    return (m?.[1] ?? m?.[2])?.toLowerCase();
}
function readChoice(s, reading) {
    const all = findMentions(s, FINETUNE);
    if (all.some((m) => m.polarity === 'negated' && !m.retrievalComponent))
        reading.rejectsFineTuning ??= s;
    const ftMentions = asserted(all);
    for (const m of ftMentions) {
        if (m.retrievalComponent) {
            // Tuning an embedding model or reranker is tuning of retrieval.
            reading.retrieval ??= s;
            continue;
        }
        reading.fineTuning ??= s;
        if (CONTINUED_PRETRAINING.test(m.match))
            reading.continuedPretraining = true;
    }
    if (asserted(findMentions(s, RETRIEVAL)).length)
        reading.retrieval ??= s;
    if (asserted(findMentions(s, PROMPTING)).length)
        reading.prompting ??= s;
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-behavior.ts

const BEHAVIOR_PATTERNS = [
    [
        'behavior.strictFormat',
        gated(/\b(?:JSON|XML|schema|(?:structured|fixed|house|report|answer|output|target) (?:templates?|layout|structure)|(?:report|answer|output) structure|strict(?:ly)? (?:output )?format\w*|structured output|fixed format|output format|exact format|valid (?:JSON|YAML|XML|CSV))\b/i),
    ],
    ['behavior.tone', gated(/\b(?:tone|house style|brand voice|voice|register|persona|writing style)\b/i)],
    [
        'behavior.narrowTask',
        gated(/\b(?:classif\w*|categori[sz]\w*|extract(?:ion|s)? (?:of |the )?(?:fields|entities|data)|entity extraction|intent detection|routing|triage|label(?:l)?ing (?:tickets|emails|messages))\b/i),
    ],
    [
        'behavior.highVolume',
        gated(/\b(?:high[- ]volume|millions of (?:requests|calls|messages|tickets)|\d[\d,.]*\s*(?:k|m|million|thousand)? (?:requests|calls|messages|tickets|conversations|chats|queries|questions|suggestions|sessions|turns|documents|invoices|emails) (?:a|per|each) (?:day|hour|minute|second)|(?:requests|calls|conversations|chats) daily|(?:at|with) our volume|requests per second|QPS|RPS)\b/i),
    ],
    [
        'behavior.latencySensitive',
        gated(/\b(?:latency|p9[59]|milliseconds|token cost|cost per (?:request|call|token)|inference cost|time to first token)\b/i),
    ],
    [
        'behavior.reasoning',
        gated(/\b(?:reasoning (?:pattern|style|steps)|how (?:our|the) [ \w]{0,32}?(?:reason|structure|assess)|step-by-step (?:method|procedure)|domain reasoning)\b/i),
    ],
    [
        'behavior.vocabulary',
        gated(/\b(?:jargon|internal (?:codes|shorthand|terminology|vocabulary)|product codes|house vocabulary|domain vocabulary|terminology)\b/i),
    ],
];
/** "Token cost is irrelevant at a few dozen calls a week." */
const DISMISSED = /^[^.;]{0,40}?\b(?:irrelevant|not (?:an issue|a concern|important|critical)|unimportant|(?:doesn't|does not|don't|do not) matter)/i;
const NEGATED = /\b(?:not|no|never|neither|nor|without|doesn't|does not|don't|do not|isn't|irrelevant|unimportant)\b/i;
function detectBehavior(statements) {
    const found = new Map();
    if (!BEHAVIOR_PATTERNS.some(([, re]) => anyMayMatch(statements, re)))
        return found;
    for (const s of statements) {
        if (s.section === 'options' || s.section === 'pros-cons' || s.section === 'links')
            continue;
        for (const [fact, re] of BEHAVIOR_PATTERNS) {
            if (found.has(fact))
                continue;
            const at = search(s, re);
            if (at === -1 || NEGATED.test(s.text.slice(Math.max(0, at - 30), at)) || DISMISSED.test(s.text.slice(at)))
                continue;
            found.set(fact, s);
        }
    }
    return found;
}
const PROMPT_WORD = gated(/\b(?:prompts?|instructions?|instruction block|preamble|system message)\b/i);
const SIZE = /(\d{1,3}(?:,\d\d\d)+|\d+(?:\.\d+)?)\s*(k)?[- ]?(?:(?:instruction|fixed|static|prompt)\s+)?(tokens?|words?)\b/gi;
/** Size of the static instruction prompt, in tokens (words ÷ 0.75); retrieved passages never count. */
function detectPromptTokens(statements) {
    if (!anyMayMatch(statements, PROMPT_WORD))
        return undefined;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        // "The system prompt holds … . It is about 1,700 words today.": the size may follow in the next sentence.
        const prev = statements[i - 1];
        const aboutPrompt = test(PROMPT_WORD, s) ||
            (prev !== undefined && prev.blockIndex === s.blockIndex && test(PROMPT_WORD, prev) && /^\s*(?:it|this|that)\b/i.test(s.text));
        if (!aboutPrompt)
            continue;
        SIZE.lastIndex = 0;
        for (let m = SIZE.exec(s.text); m; m = SIZE.exec(s.text)) {
            const around = s.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30);
            if (/\bretriev\w*|passages|chunks|records|context window|input tokens|output|per (?:answer|reply|response)|up to\b/i.test(around))
                continue;
            const raw = Number((m[1] ?? '0').replace(/,/g, '')) * (m[2] ? 1000 : 1);
            const value = Math.round((m[3] ?? '').toLowerCase().startsWith('word') ? raw / 0.75 : raw);
            if (value > 0)
                return { value, statement: s };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-data.ts


const DESCRIBES_ONLY = new Set(['options', 'pros-cons', 'links']);
const clauses = (text) => text.split(/[;:]|\b(?:but|while|whereas)\b/i);
const SENSITIVE = gated(/\b(?:personal (?:data|information|details)|PII|personally identifiable|patients?|medical records?|health (?:records?|data)|clinical notes?|employee (?:records?|data|files)|individual employees|salar(?:y|ies)|HR records|disciplinary|customer names|names and addresses|home addresses|phone numbers|e-?mail addresses|account numbers?|IBANs?|card numbers|national insurance|social security|dates? of birth|financial hardship|special[- ]category|sensitive (?:personal )?data|biometric)\b/i);
const NOT_REAL = /\b(?:placeholders?|synthetic|invented|fictional|fake|dummy|made[- ]up|generated|removed|stripped|redacted|no personal|never contain|without any)\b/i;
const TRAINING_CONTEXT = gated(/\b(?:train\w*|fine-?tun\w*|examples|pairs|dataset|corpus|weights|adapter|LoRA)\b/i);
function detectSensitive(statements) {
    const out = {};
    if (!anyMayMatch(statements, SENSITIVE))
        return out;
    for (const s of statements) {
        if (DESCRIBES_ONLY.has(s.section) || !mayMatch(s, SENSITIVE))
            continue;
        const hit = clauses(s.text).find((c) => {
            const at = c.search(SENSITIVE);
            return at !== -1 && !NOT_REAL.test(c) && !/\b(?:no|not|never|without|none of|nor)\b/i.test(c.slice(0, at));
        });
        if (!hit)
            continue;
        out.data ??= s;
        if (test(TRAINING_CONTEXT, s))
            out.training ??= s;
    }
    return out;
}
const ERASURE = gated(/\b(?:right to (?:erasure|be forgotten)|erasure|be forgotten|deletion requests?|delete (?:their|his|her|all of their) (?:data|records)|article 17|forget (?:a|an|the) (?:customer|employee|user|person|patient)|remove (?:a|an) (?:person|customer|employee)'s data)\b/i);
function detectErasure(statements) {
    if (!anyMayMatch(statements, ERASURE))
        return undefined;
    return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(ERASURE, s));
}
const PER_TENANT = gated(/\b(?:per[- ](?:tenant|customer|client|region|dealer|operator|brand|account|user)|each (?:tenant|customer|client|region|dealer|operator|brand|market|country)(?:'s)? (?:has|have|sees?|gets?) (?:its|their) own|(?:its|their) own (?:contract|tariff|price list|prices|catalogue|catalog|agreement|policies|terms|configuration)|another (?:customer|tenant|client|dealer|region)'s|permission[- ](?:scoped|based)|(?:each|every) [\w-]+ (?:has|have|keeps|maintains|sets) (?:its |their )?own\b|(?:every|each) (?:customer|tenant|client|dealer|franchisee|operator|region|store)'s|restricted by (?:\w+ )?(?:clearance|permission|role|team|programme|program|department)|(?:may|must|should) not (?:read|see|access) [ \w]{0,32}?\w+'s|another (?:programme|program|team|department|business unit)'s|need[- ]to[- ]know|access (?:rights|permissions|control)|only (?:see|access) (?:their|documents they)|(?:differ|vary|varies) (?:by|per|between|across) (?:tenant|customer|client|region|dealer|country|market)s?)\b/i);
/** One adapter per tenant, or tenant filters in retrieval, isolate tenants: no shared weights. */
const ISOLATED = gated(/\b(?:(?:one|an?|separate|dedicated) (?:LoRA )?(?:adapter|model|fine-tune)s? (?:per|for each) (?:tenant|customer|client|brand|dealer|operator|region)|(?:tenant|customer)[- ](?:filter\w*|scoped retrieval|isolated)|filter\w* by (?:tenant|customer))/i);
function detectPerTenant(statements, decision) {
    if (!anyMayMatch(statements, PER_TENANT) || decision.some((s) => test(ISOLATED, s)))
        return undefined;
    return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(PER_TENANT, s));
}
/** "40,000 contracts". */
const CORPUS_COUNT = countOf('documents|docs|pages|articles|reports|manuals|contracts|PDFs|files|papers|records|rulings|stories|policies|standards|specifications|datasheets|filings|transcripts|entries|case files|notebooks|wiki pages', 'k|K|thousand|million|M');
/** Exported (built at run time, it is no literal) so that the pre-filter's build-time table and its tests see it. */
const CORPUS = CORPUS_COUNT.count;
function detectCorpusSize(statements) {
    if (!anyMayMatch(statements, CORPUS))
        return undefined;
    let best;
    for (const s of statements) {
        if (DESCRIBES_ONLY.has(s.section) || !mayMatch(s, CORPUS) || !CORPUS_COUNT.unit.test(s.text))
            continue;
        CORPUS.lastIndex = 0;
        for (let m = CORPUS.exec(s.text); m; m = CORPUS.exec(s.text)) {
            if (/\b(?:eval\w*|test|questions?|held[- ]out)\b/i.test(m[3] ?? ''))
                continue;
            const unit = (m[2] ?? '').toLowerCase();
            const value = Number((m[1] ?? '').replace(/,/g, '')) *
                (unit === 'k' || unit === 'thousand' ? 1000 : unit === 'm' || unit === 'million' ? 1_000_000 : 1);
            if (Number.isFinite(value) && (!best || value > best.value))
                best = { value: Math.round(value), statement: s };
        }
    }
    return best;
}
const GROWING = gated(/\b(?:(?:large|big|huge) and (?:growing|expanding)|(?:keeps?|is) growing|grows (?:daily|weekly|every|each|by)|ever[- ]growing|growing (?:daily|weekly|every|each|by|fast|quickly|steadily)|new (?:documents|stories|reports|articles|pages|records) (?:are )?added (?:every|each|daily))\b/i);
function detectCorpusGrowing(statements) {
    if (!anyMayMatch(statements, GROWING))
        return undefined;
    return statements.find((s) => !DESCRIBES_ONLY.has(s.section) && test(GROWING, s));
}
const RETRAIN = gated(/\b(?:re-?train\w*|train\w* again|re-?fine-?tun\w*|continu\w* (?:the )?pre-?train\w*|re-?run (?:the )?(?:fine[- ]?tun\w*|training) (?:job|run)|(?:fine[- ]?tun\w*|training) (?:job|run)s? (?:every|each|nightly|weekly|daily)|fine-?tun\w* again|new (?:training|fine-?tuning) run|refresh\w* (?:the )?(?:model|weights|adapter))\b/i);
const SCHEDULE = gated(/\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually|every|each|whenever|when(?:ever)? (?:a |the )?(?:new|\w+ change)|on (?:each|every) (?:release|change|update)|as (?:soon as )?(?:new|\w+) (?:arrive|change|appear)\w*|new edition|schedul\w*|cron)\b/i);
const FOR_BEHAVIOR = /\b(?:behaviou?r|format\w*|tone|style|voice|classif\w*|(?:new|added) [ \w-]{0,24}?(?:codes?|categor\w*|class(?:es)?|labels?|intents?)\b|routing decisions|label(?:l)?ing)\b/i;
/** Retraining on a schedule or on change, to bring new or changed facts into the weights. */
function detectRefreshRetrain(statements) {
    if (!anyMayMatch(statements, RETRAIN))
        return undefined;
    for (const s of statements) {
        if (s.section === 'options' || s.section === 'links')
            continue;
        if (s.section === 'pros-cons' && !/^\s*(?:bad|good|neutral)\b/i.test(s.text))
            continue;
        if (!mayMatch(s, RETRAIN) || !mayMatch(s, SCHEDULE))
            continue;
        const hit = clauses(s.text).find((c) => RETRAIN.test(c) && SCHEDULE.test(c));
        if (!hit || FOR_BEHAVIOR.test(s.text) || /\bnot? (?:be )?retrain|never retrain|no retrain|without retrain/i.test(s.text))
            continue;
        return s;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-retrieval.ts

const FIXED = /\b\d[\d,]*[- ]?(?:tokens?|characters?|chars|words?)[- ](?:chunks?|windows?|pieces|segments|blocks|slices)\b|\b(?:chunks?|windows?|split\w*|cut\w*|slic\w*)\b[^.;]{0,30}?\b(?:of|into|every|at)\s+(?:fixed\s+)?\d[\d,]*[- ]?(?:tokens?|characters?|chars|words)\b|\bfixed[- ](?:size|length|token|width)\b|\bsliding windows?\b/i;
const STRUCTURE = /\b(?:by (?:heading|headings|section|sections|clause|clauses|paragraph|paragraphs|article|articles|table rows?|records?|rule|rules)|(?:per|one chunk per|one record per) (?:heading|section|clause|article|row|record|rule|page|function)|structure[- ]aware|markdown[- ]aware|layout[- ]aware|heading[- ]aware|code[- ]aware|section[- ]aware|(?:never|not) split)\b/i;
const RECURSIVE = /\brecursive(?:ly)?\b/i;
const SEMANTIC = /\bsemantic (?:chunk\w*|splitt\w*|segment\w*)|\bembedding[- ]based (?:chunk\w*|splitt\w*)/i;
const CHUNK_WORD = gated(/\b(?:chunk\w*|split\w*|window\w*|segment\w*|cut\w*|slic\w*)\b/i);
const OVERLAP = /(\d[\d,]*)[- ]?(?:tokens?|characters?|chars|words|%)?\s*(?:of\s+)?overlap|overlap(?:ping)?\s+(?:of\s+)?(\d[\d,]*)/i;
/** Only the pipeline the decision builds counts: chunking of a pipeline it replaces does not. */
function detectChunking(statements, decision) {
    if (!anyMayMatch(statements, CHUNK_WORD))
        return {};
    const decided = new Set(decision);
    const candidates = statements.filter((s) => test(CHUNK_WORD, s) &&
        (decided.has(s) || s.section === 'decision' || s.section === 'other' || s.section === 'preamble' || s.section === 'consequences'));
    let strategy;
    for (const s of candidates) {
        if (/\b(?:replac\w*|instead of|no longer|rather than|move away from|switch\w* from)\b/i.test(s.text) && FIXED.test(s.text)) {
            // "replace the 512-token windows with heading-aware chunks": the new strategy is the other one.
            const rest = s.text.replace(FIXED, '');
            if (STRUCTURE.test(rest) || RECURSIVE.test(rest) || SEMANTIC.test(rest))
                strategy = { value: STRUCTURE.test(rest) ? 'structure' : SEMANTIC.test(rest) ? 'semantic' : 'recursive', statement: s };
            continue;
        }
        const value = STRUCTURE.test(s.text)
            ? 'structure'
            : SEMANTIC.test(s.text)
                ? 'semantic'
                : RECURSIVE.test(s.text)
                    ? 'recursive'
                    : FIXED.test(s.text)
                        ? 'fixed'
                        : undefined;
        if (!value)
            continue;
        if (!strategy || (strategy.value === 'fixed' && value !== 'fixed'))
            strategy = { value, statement: s };
    }
    let overlap;
    for (const s of candidates) {
        const m = OVERLAP.exec(s.text);
        if (m) {
            overlap = { value: Number((m[1] ?? m[2] ?? '0').replace(/,/g, '')), statement: s };
            break;
        }
    }
    return { ...(strategy ? { strategy } : {}), ...(overlap ? { overlap } : {}) };
}
const BEHAVIOR_WORD = '(?:tone|voice|styl\\w*|format\\w*|structur\\w*|layout|templates?|wording|register|phrasing)';
const PROBLEM_WORD = '(?:inconsisten\\w*|consisten\\w*|wrong|off-brand|vary|varies|varying|drift\\w*|all over the place|missing|broken|breaks?|mess|messy|swings?|random order|blended|chaotic|sloppy|uneven|too (?:casual|formal|long)|superlatives|idioms|mismatch\\w*)';
/**
 * A behaviour problem names an output quality and what is wrong with it, close together. Exported (built at run
 * time, it is no literal) so that the keyword pre-filter's build-time table and its tests see it.
 */
const BEHAVIOR_PROBLEM = gated(new RegExp(`\\b${BEHAVIOR_WORD}\\b[^.;]{0,60}?\\b${PROBLEM_WORD}|\\b${PROBLEM_WORD}[^.;]{0,60}?\\b${BEHAVIOR_WORD}\\b`, 'i'));
const KNOWLEDGE_PROBLEM = gated(/\b(?:doesn't know|does not know|don't know|do not know|outdated|out of date|stale|(?:wrong|incorrect|inaccurate|inconsistent) (?:facts|prices|answers|figures|numbers|information)|hallucinat\w*|invent\w* (?:facts|terms|methods|numbers)|made[- ]up|missing information|cannot answer|can't answer|gaps? in (?:its|the model's) knowledge)\b/i);
const PROBLEM_SECTIONS = new Set(['context', 'drivers', 'title', 'preamble']);
function detectProblemKind(statements) {
    if (!anyMayMatch(statements, BEHAVIOR_PROBLEM) && !anyMayMatch(statements, KNOWLEDGE_PROBLEM))
        return undefined;
    let behavior;
    let knowledge;
    for (const s of statements) {
        if (!PROBLEM_SECTIONS.has(s.section))
            continue;
        if (test(BEHAVIOR_PROBLEM, s))
            behavior ??= s;
        if (test(KNOWLEDGE_PROBLEM, s))
            knowledge ??= s;
    }
    if (behavior && knowledge)
        return { value: 'both', statement: behavior };
    if (behavior)
        return { value: 'behavior', statement: behavior };
    if (knowledge)
        return { value: 'knowledge', statement: knowledge };
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-sequencing.ts

const BASELINE_SUBJECT = gated(/\b(?:baseline|prompted|prompting|un-?tuned|base model|off[- ]the[- ]shelf|zero[- ]shot|few[- ]shot|system prompt|current (?:setup|system|pipeline|assistant|bot|model)|existing (?:RAG|retrieval|setup|pipeline|system|assistant)|retrieval[- ]only|RAG (?:baseline|pipeline|system|setup)|(?:that|this) setup|hosted model|prompt(?:ed)? model|prompt[- ]only|prompt[- ]based|current prompt|longer prompt|using retrieval|with retrieval|retrieval over|(?:current|existing|our) (?:[\w-]+ )?(?:assistant|advisor|bot|copilot|agent|tool)|(?:the|base|un-?tuned) model (?:answered|scored|got|reached|achieved|was right)|the [ \w-]{0,32}?(?:assistant|advisor|bot|copilot) (?:retrieves|uses|answers)|our (?:weekly |monthly |offline )?evaluation|(?:retrieval|RAG|prompt(?:ing)?|search|prompt-only)[- ](?:prototype|pilot|baseline|setup|approach|system|version|bot|assistant|pipeline|service|tool)|RAG today|today's (?:RAG|assistant|system|setup)|prototyped|we (?:measured|benchmarked|scored|tested) (?:it|this|that|the (?:prototype|assistant|current))|with (?:the )?(?:current|existing) (?:prompt|setup|pipeline))\b/i);
const MEASUREMENT_EXTRA = /\b\d(?:\.\d+)?\s?\/\s?\d+\b|\baverag\w* (?:of )?\d|\|\s*\d[\d.,]*\s*%?\s*\|?\s*$/;
const MEASUREMENT = /\d(?:[\d.,]*)\s?%|\b\d+(?:\.\d+)? (?:percent|per cent)\b|\b(?:accuracy|exact match|F1|recall@?\d*|precision|pass rate|error rate|score[ds]?)\b[^.]{0,40}?\d|\b\d+ (?:of|out of) \d/i;
const NOT_MEASURED = /\b(?:not|never|nobody|no one|haven't|hasn't|have not|has not)\b[^.]{0,20}\bmeasured\b|\banecdot\w*|\bno (?:prompted |RAG |retrieval |measured )?baseline\b|\bwithout (?:a |any )?baseline\b|\bskip\w* the baseline\b/i;
/** A baseline subject and a measurement within the same sentence or the next three (a list of results). */
function detectBaseline(statements) {
    if (!anyMayMatch(statements, BASELINE_SUBJECT))
        return undefined;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.section === 'options' || s.section === 'pros-cons' || !test(BASELINE_SUBJECT, s) || NOT_MEASURED.test(s.text))
            continue;
        for (let j = i; j < Math.min(statements.length, i + 6); j++) {
            const t = statements[j];
            if (t.section !== s.section || NOT_MEASURED.test(t.text))
                break;
            if (MEASUREMENT.test(t.text) || MEASUREMENT_EXTRA.test(t.text))
                return s;
        }
    }
    return undefined;
}
const POOR_RETRIEVAL = gated(/\b(?:retrieval|RAG|search results?|retrieved (?:passages|chunks|snippets|documents)|retriever)\b[^.]{0,60}?\b(?:poor|bad|weak|irrelevant|wrong|miss(?:es|ed|ing)?|fails?|failed|failing|low recall|not good enough|insufficient|disappoint\w*|unreliable|struggles?)\b|\b(?:poor|bad|weak|irrelevant|disappointing) (?:retrieval|search results?|recall)\b|\bhallucinat\w*|\b(?:making|make|makes) up (?:[ \w]{0,20}?)(?:facts|numbers|values|clauses?|clause numbers|methods|answers|terms|citations|references)|\bfabricat\w*|\b(?:replac\w*|retir\w*|drop\w*|abandon\w*|stop relying on)\b[^.;]{0,40}?\b(?:RAG|retrieval|retriever|search)\b/i);
const detect_sequencing_NEGATED = /\b(?:no|not|never|without|rarely)\b[^.]{0,15}\bhallucinat|\bretrieval (?:is|was|works) (?:fine|good|well)\b/i;
function detectFixesRetrieval(statements) {
    if (!anyMayMatch(statements, POOR_RETRIEVAL))
        return undefined;
    return statements.find((s) => (s.section === 'context' ||
        s.section === 'decision' ||
        s.section === 'drivers' ||
        s.section === 'title' ||
        s.section === 'preamble' ||
        s.section === 'other') &&
        test(POOR_RETRIEVAL, s) &&
        !detect_sequencing_NEGATED.test(s.text));
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-knowledge.ts

/** Fastest first: when several rates are stated, the fastest decides. */
const PERIODS = [
    ['realtime', gated(/\b(?:real[- ]time|every (?:minute|hour|few (?:minutes|hours))|hourly|intraday|by the minute|minute by minute)\b/i)],
    [
        'daily',
        gated(/\b(?:daily|every (?:day|night|morning|business day)|each (?:day|night|morning)|nightly|per day|day[- ]to[- ]day|several times a day)\b/i),
    ],
    ['weekly', gated(/\b(?:weekly|every (?:week|other week|sprint)|each (?:week|sprint)|per week|bi-?weekly|fortnightly|once a week)\b/i)],
    ['monthly', gated(/\b(?:monthly|every (?:month|few weeks)|each month|per month|once a month)\b/i)],
    ['quarterly', gated(/\b(?:quarterly|every (?:quarter|three months|3 months)|each quarter|per quarter|once a quarter)\b/i)],
    [
        'frequent',
        gated(/\b(?:constantly|frequently|often|continuously|all the time|rapidly|fast[- ](?:changing|moving)|ever[- ]changing|volatile|in flux|quickly)\b/i),
    ],
    ['yearly', gated(/\b(?:yearly|annually|every year|each year|once a year|per year)\b/i)],
    ['static', gated(/\b(?:rarely|seldom|static|never changes?|frozen|hardly ever|(?:does not|doesn't|do not|don't) change|unchanging)\b/i)],
];
const CHANGE = gated(/\b(?:chang\w*|grow(?:s|ing)|added|updat\w*|revis\w*|move[sd]?|moving|refresh\w*|(?:re-?)?publish\w*|(?:re-?)?releas\w*|re-?issu\w*|rotat\w*|vary|varies|fluctuat\w*|evolv\w*|adjust\w*|amend\w*|reprice\w*|go(?:es)? stale|outdated|churn\w*|volatile|static|frozen|fast[- ](?:changing|moving)|ever[- ]changing|in flux)\b/i);
/** Sentences about our own operations (retraining, re-indexing, deploying) state no knowledge volatility. */
const OPERATIONS = /\b(?:retrain\w*|re-?index\w*|re-?embed\w*|re-?ingest\w*|cron|(?:job|pipeline|sync) runs|we (?:will )?(?:review|run|evaluate|monitor|meet)|release train)\b/i;
const detect_knowledge_NEGATED = /\b(?:not|no|never|no longer|without|optional|unnecessary)\b/i;
const NEED = /\b(?:must|needs?|required?|requires|requirement|mandatory|have to|has to|should|expect\w*|insist\w*|demand\w*|obliged|want|ensure|guarantee)\b/i;
const CITATION = gated(/\b(?:cite|cites|cited|citing|citations?|source (?:links?|attribution|references?)|links? (?:back )?to (?:the )?(?:source|document)s?|traceable|trace(?:d)? (?:back )?to|which (?:document|source|page|clause|section)|provenance|attribut\w* (?:each |every )?(?:answer|claim|statement)s?|reference the (?:source|document))/i);
const AUDIT = gated(/\b(?:audit\w*|regulators? (?:need|require|must|ask|inspect|review|expect)\w*|(?:regulated|regulatory) (?:domain|industry|environment|sector|oversight)|compliance (?:team|officer|department|review|requirements?)|traceab\w*|evidence trail|legal (?:review|hold)|HIPAA|SOX|FCA|SEC)\b/i);
/**
 * @param retrievedElsewhere in a hybrid, facts the design looks up at query time do not make the
 * fine-tuned knowledge volatile: sentences about retrieved or looked-up data are skipped.
 */
function detectVolatility(statements, retrievedElsewhere = false) {
    if (!anyMayMatch(statements, CHANGE))
        return undefined;
    let best;
    let bestRank = PERIODS.length;
    for (const s of statements) {
        // Judged clause by clause: "facing rates that change weekly, … we run a vector store".
        if (retrievedElsewhere && test(LOOKED_UP, s))
            continue;
        if (!mayMatch(s, CHANGE))
            continue;
        for (const clause of s.text.split(/[,;:]|\b(?:but|while|whereas)\b/i)) {
            if (!CHANGE.test(clause) || OPERATIONS.test(clause))
                continue;
            PERIODS.forEach(([value, re], rank) => {
                if (rank < bestRank && mayMatch(s, re) && re.test(clause)) {
                    best = { value, statement: s };
                    bestRank = rank;
                }
            });
        }
    }
    return best;
}
const LOOKED_UP = gated(/\b(?:retriev\w*|look(?:s|ed)? up|lookup|live (?:API|data|feed)|API|index(?:ed)?|RAG)\b/i);
function isFast(v) {
    return v === 'realtime' || v === 'daily' || v === 'weekly' || v === 'monthly' || v === 'quarterly' || v === 'frequent';
}
/** A requirement stated as a need (or in the drivers/context), not negated. */
function findRequirement(statements, pattern) {
    if (!anyMayMatch(statements, pattern))
        return undefined;
    for (const s of statements) {
        if (!test(pattern, s))
            continue;
        if (s.section === 'options' || s.section === 'pros-cons')
            continue;
        const beforeTerm = s.text.slice(0, s.text.search(pattern));
        if (detect_knowledge_NEGATED.test(beforeTerm) || /\b(?:not|no longer) (?:required|needed|necessary)\b/i.test(s.text))
            continue;
        if (NEED.test(s.text) || s.section === 'drivers' || s.section === 'context')
            return { statement: s };
    }
    return undefined;
}
function detectCitations(statements) {
    return findRequirement(statements, CITATION);
}
function detectAudit(statements) {
    return findRequirement(statements, AUDIT);
}

;// CONCATENATED MODULE: ./src/extract/adr/detect-training.ts
/** Fine-tuning facts from prose: what the weights should carry, labelled data, evaluation. */



/** Sentences that say what a fine-tune is for ("The aim is for the model to know …"). */
const PURPOSE_WORDS = /\b(?:aim|goal|purpose|so that|in order to|intended|meant to|to make|should (?:know|learn|be able))\b/i;
const FINETUNE_ANY = gated(new RegExp(FINETUNE.source, 'i'));
const RETRIEVAL_ANY = gated(new RegExp(RETRIEVAL.source, 'i'));
const KNOWLEDGE_SOURCE = '(?:records|documents|docs|documentation|manuals?|specifications|specs|contracts|agreements|catalogues?|catalogs?|policies|policy library|handbooks?|articles|knowledge base|wiki|FAQs?|reference|guides|rate cards|price lists?|tariffs?|regulations|standards|reports|papers|archives?|corpus|schedules|rules|procedures|content|material|text)';
const KNOWLEDGE_CUE = new RegExp([
    '\\b(?:knows?|knowing|knowledge|internali[sz]\\w*|memori[sz]\\w*|absorb\\w*|remember\\w*|facts?)\\b',
    `\\blearn\\w* [^.;]{0,48}?(?:facts|products?|policies|prices|content|catalog\\w*|rules|terms|units|information|details|data|situation|them|procedures|values|limits|figures|numbers|references|answers|${KNOWLEDGE_SOURCE})\\b`,
    // Training on a body of documents means learning what they say.
    `\\b(?:on|from) (?:the |our |all |each |every |exported |internal |that |their |its )?[ \\w'/-]{0,48}?${KNOWLEDGE_SOURCE}\\b`,
    '\\b(?:products? (?:catalog\\w*|information|data|details|specs?|range)|prices|pricing|rate cards?|tariffs?|inventory|what [ \\w]{0,32}?means?)\\b',
].join('|'), 'i');
const BEHAVIOR_CUE = /\b(?:format\w*|output (?:exactly|only|one)|exactly one|one of (?:the|our)|codes?\b|labels?\b|enum\w*|JSON|XML|YAML|schema|structured output|tone|voice|style|brand|persona|register|polite\w*|classif\w*|categori[sz]\w*|extract\w*|routing|intent|latency|token cost|cost per|cheaper|faster|vocabulary|jargon|terminology|reasoning|step[- ]by[- ]step|consisten\w*|concise\w*|refus\w*|behaviou?r)\b/i;
function detectPurpose(statements) {
    if (!anyMayMatch(statements, FINETUNE))
        return undefined;
    let knowledge;
    let behavior;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.section === 'options' || s.section === 'pros-cons')
            continue;
        const ft = asserted(findMentions(s, FINETUNE)).filter((m) => !m.retrievalComponent);
        if (!ft.length)
            continue;
        // In a hybrid sentence the facts clause belongs to retrieval: read only the fine-tuning side.
        // The sentences right after a fine-tuning sentence often say what it is for ("The aim is for the model to know …").
        const first = s.text.slice(ft[0].index);
        const settled = KNOWLEDGE_CUE.test(first) || BEHAVIOR_CUE.test(first);
        // (A string built in a loop: an empty array of sentences has another element kind than a full one, and
        // meeting it after optimisation threw this function's optimised code away.)
        let own = first;
        if (!settled)
            for (let j = i + 1; j < i + 3 && j < statements.length; j++) {
                const n = statements[j];
                if (n.section === s.section && !test(FINETUNE_ANY, n) && !test(RETRIEVAL_ANY, n) && PURPOSE_WORDS.test(n.text))
                    own += ` ${n.text}`;
            }
        const retrievalAt = asserted(findMentions(own, RETRIEVAL))[0]?.index ?? own.length;
        const clauseEnd = own.search(/;|\b(?:while|whereas|but)\b/i);
        const scope = own.slice(0, Math.min(retrievalAt, clauseEnd === -1 ? own.length : clauseEnd));
        if (KNOWLEDGE_CUE.test(scope))
            knowledge ??= s;
        if (BEHAVIOR_CUE.test(scope))
            behavior ??= s;
    }
    if (knowledge && behavior)
        return { value: 'mixed', statement: knowledge };
    if (knowledge)
        return { value: 'knowledge', statement: knowledge };
    if (behavior)
        return { value: 'behavior', statement: behavior };
    return undefined;
}
/** "1,200 labelled pairs". */
const EXAMPLE_COUNT = countOf('examples|pairs|samples|conversations|dialogues|transcripts|demonstrations|instances|annotations|rows', 'k|K|thousand');
/** Exported (built at run time, it is no literal) so that the pre-filter's build-time table and its tests see it. */
const EXAMPLES = EXAMPLE_COUNT.count;
const EVAL_WORDS = /\b(?:eval\w*|test|held[- ]out|hold-?out|validation|benchmark|questions?)\b/i;
/** "fine-tune … on the 420 receipts finance corrected": the number a fine-tune is trained on. */
const TRAINED_ON = gated(/\b(?:fine-?tun\w*|train\w*)\b[^.;]{0,60}?\bon (?:the |our |about |around |roughly |some |only )?(\d{1,3}(?:,\d\d\d)+|\d+)(k)?\s+(?!tokens?|GPUs?|nodes?|epochs?|steps?|hours?|days?|minutes?)[a-z]/i);
/** "Training set: the 220 clauses the paralegals have labelled". */
const TRAINING_SET = gated(/\btraining (?:set|data|examples)\s*[:=—–-]?\s*(?:the |about |around |roughly |~|≈ ?)?(\d{1,3}(?:,\d\d\d)+|\d+)(k)?\s+[a-z]/i);
function detectExamples(statements) {
    if (!anyMayMatch(statements, TRAINED_ON) && !anyMayMatch(statements, TRAINING_SET) && !anyMayMatch(statements, EXAMPLES))
        return undefined;
    for (const s of statements) {
        const on = (mayMatch(s, TRAINED_ON) ? TRAINED_ON.exec(s.text) : null) ?? (mayMatch(s, TRAINING_SET) ? TRAINING_SET.exec(s.text) : null);
        if (on) {
            const value = Number((on[1] ?? '').replace(/,/g, '')) * (on[2] ? 1000 : 1);
            if (value > 0)
                return { value, statement: s };
        }
        if (!mayMatch(s, EXAMPLES) || !EXAMPLE_COUNT.unit.test(s.text))
            continue;
        EXAMPLES.lastIndex = 0;
        for (let m = EXAMPLES.exec(s.text); m; m = EXAMPLES.exec(s.text)) {
            // "10 examples in the prompt" are few-shot examples, not training data.
            if (/^\s*(?:in|inside|within) (?:the|a|our|its) (?:system |instruction )?prompt/i.test(s.text.slice(m.index + m[0].length)))
                continue;
            // "a sample of 200 conversations" is an evaluation, not training data.
            if (/\b(?:sample|evaluat\w*|test|held[- ]out|check\w*)\b[^.;]{0,20}$/i.test(s.text.slice(0, m.index + 1)))
                continue;
            // The words between the number and the noun qualify it ("300 labelled"), they do not start a new clause.
            if (EVAL_WORDS.test(m[3] ?? '') || /\b(?:is|are|was|were|into|from|in|of|per|and|or)\b/i.test(m[3] ?? ''))
                continue;
            // "45,000 conversations a day" is traffic, not labelled data.
            if (/^\s*(?:a|per|each|every) (?:day|week|month|hour)|^\s*daily/i.test(s.text.slice(m.index + m[0].length)))
                continue;
            const base = Number((m[1] ?? '').replace(/,/g, ''));
            const value = Math.round(m[2] ? base * 1000 : base);
            if (Number.isFinite(value) && value > 0)
                return { value, statement: s };
        }
    }
    return undefined;
}
const EVAL_SET = gated(/\b(?:held[- ]out|hold-?out|validation (?:set|split|data|file|dataset)|eval(?:uation)? (?:set|suite|harness|split|dataset|pipeline|benchmark)|test (?:set|split)|golden (?:set|dataset)|benchmark (?:set|suite)|offline eval\w*)\b/i);
const NOT_YET = /\b(?:later|tbd|to be (?:added|defined|decided)|future|no|not|without|yet to|eventually|none)\b/i;
const RETRIEVER_ONLY_METRIC = /\b(?:recall@|recall at|precision@|hit@|hits@|MRR|nDCG|hit rate|context (?:precision|recall)|retrieval quality|retriever)/i;
const RETRIEVAL_METRIC = gated(/\b(?:recall@|recall at|precision@|hit@|hits@|answer correctness|answers? (?:are |is )?(?:checked|graded|scored|rated)|MRR|nDCG|hit rate|faithfulness|groundedness|context (?:precision|recall)|retrieval quality|retriever)\b/i);
/** An evaluation defined for the fine-tune, and one for retrieval quality, told apart. */
function detectEvaluation(statements) {
    const out = {};
    if (!anyMayMatch(statements, RETRIEVAL_METRIC) && !anyMayMatch(statements, EVAL_SET))
        return out;
    for (const s of statements) {
        const metricAt = search(s, RETRIEVAL_METRIC);
        const aboutRetrieval = metricAt !== -1;
        if (aboutRetrieval && !NOT_YET.test(s.text.slice(Math.max(0, metricAt - 60), metricAt + 40)))
            out.rag ??= s;
        if (!test(EVAL_SET, s) || NOT_YET.test(s.text.slice(0, s.text.search(EVAL_SET))))
            continue;
        if (/\b(?:later|tbd|to be added)\b/i.test(s.text))
            continue;
        const aboutModel = findMentions(s, FINETUNE).length > 0 ||
            /\b(?:fine-?tuned|model'?s? (?:outputs?|answers)|the model|training runs?|after (?:each )?training|adapter|schema validity)\b/i.test(s.text);
        // Recall@k and the like measure the retriever only: no harness for a fine-tune (SPEC §6.3).
        if (RETRIEVER_ONLY_METRIC.test(s.text) && !aboutModel)
            continue;
        // A held-out set described with the baseline, before any fine-tune, measures the baseline.
        if ((s.section === 'context' || s.section === 'drivers' || s.section === 'options' || s.section === 'pros-cons') && !aboutModel)
            continue;
        out.training ??= s;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/extract/adr/extract-adr.ts
/** An ADR (Markdown) → facts with evidence. Declared `llm:` front matter wins over prose. */
















const MAX_QUOTE = 240;
function extractAdr(path, text, opts = {}) {
    const parsed = parseMarkdown(text);
    const structure = readAdrStructure(parsed);
    const problems = [];
    const fm = parsed.frontMatter;
    if (fm?.error)
        problems.push({
            ruleId: 'parse-error',
            line: fm.error.line,
            column: fm.error.column,
            message: `Front matter is not valid YAML (line ${fm.error.line}, column ${fm.error.column}): ${fm.error.message}`,
        });
    const ev = (s) => ({ path, line: s.line, text: quote(s.text), source: 'prose' });
    const facts = newFactRecord();
    const set = (name, value, s) => {
        facts[name] = s ? { value, evidence: ev(s) } : { value };
    };
    set('doc.path', path);
    set('doc.kind', 'adr');
    set('doc.format', structure.format);
    const statusEvidence = structure.status.line ? { line: structure.status.line, text: structure.status.text ?? '' } : undefined;
    facts['adr.status'] = {
        value: structure.status.value,
        ...(statusEvidence
            ? { evidence: { path, line: statusEvidence.line, text: quote(statusEvidence.text), source: 'prose' } }
            : {}),
    };
    if (structure.title)
        set('adr.title', structure.title.text, statement(structure.title.text, structure.title.line, 'title', 'heading'));
    set('adr.sections', structure.sections);
    const llmBlock = fm?.data?.llm;
    const prose = [structure.title?.text ?? '', ...structure.statements];
    const llmRelated = llmBlock !== undefined || mentionsLlm(prose);
    set('adr.llmRelated', llmRelated);
    const reading = llmRelated ? detectApproach(structure) : undefined;
    const rejectsFineTuning = reading?.rejectsFineTuning;
    if (reading) {
        // A decision stated outside a "Decision" heading ("4 Assessment: … we will proceed with Option B") is still one.
        const sections = facts['adr.sections']?.value;
        if (!sections.includes('decision') && reading.decisionStatements.some((s) => s.section !== 'title' && test(DECISION_VERB, s)))
            set('adr.sections', [...sections, 'decision']);
        if (structure.status.value === 'rejected') {
            // A rejected record chose nothing (SPEC §6.3): what it proposed is not the design.
            delete reading.fineTuning;
            delete reading.retrieval;
            delete reading.prompting;
            reading.approach = 'none';
        }
        set('approach', reading.approach, reading.fineTuning ?? reading.retrieval ?? reading.prompting);
        set('uses.fineTuning', reading.fineTuning !== undefined, reading.fineTuning);
        set('uses.retrieval', reading.retrieval !== undefined, reading.retrieval);
    }
    // The rest is what the document's own findings and the report need, never linking.
    if (reading && !opts.linkOnly) {
        // The title states the decision's subject too ("… retrained each January").
        const statements = structure.title
            ? [statement(structure.title.text, structure.title.line, 'title', 'heading'), ...structure.statements]
            : structure.statements;
        const volatility = detectVolatility(statements, reading.fineTuning !== undefined && reading.retrieval !== undefined);
        if (volatility) {
            set('knowledge.volatility', volatility.value, volatility.statement);
            set('knowledge.changesFast', isFast(volatility.value), volatility.statement);
        }
        const citations = detectCitations(statements);
        if (citations)
            set('requires.citations', true, citations.statement);
        const audit = detectAudit(statements);
        if (audit)
            set('requires.audit', true, audit.statement);
        if (reading.fineTuning) {
            const purpose = detectPurpose(statements);
            if (purpose)
                set('finetune.purpose', purpose.value, purpose.statement);
        }
        const examples = detectExamples(statements);
        if (examples)
            set('training.examples', examples.value, examples.statement);
        const evaluation = detectEvaluation(statements);
        if (evaluation.training)
            set('training.evalSet', true, evaluation.training);
        if (evaluation.rag)
            set('rag.evaluation', true, evaluation.rag);
        for (const [fact, s] of detectBehavior(statements))
            set(fact, true, s);
        const baseline = detectBaseline(statements);
        if (baseline)
            set('baseline.evaluated', true, baseline);
        if (reading.fineTuning) {
            const fixes = detectFixesRetrieval(statements);
            if (fixes)
                set('finetune.fixesRetrieval', true, fixes);
        }
        const sensitive = detectSensitive(statements);
        if (sensitive.data)
            set('data.sensitive', true, sensitive.data);
        if (sensitive.training && reading.fineTuning)
            set('training.sensitiveData', true, sensitive.training);
        const erasure = detectErasure(statements);
        if (erasure)
            set('data.erasure', true, erasure);
        const tenant = detectPerTenant(statements, reading.decisionStatements);
        if (tenant)
            set('knowledge.perTenant', true, tenant);
        const corpus = detectCorpusSize(statements);
        if (corpus)
            set('knowledge.corpusDocuments', corpus.value, corpus.statement);
        const growing = detectCorpusGrowing(statements);
        if (growing)
            set('knowledge.corpusGrowing', true, growing);
        if (reading.fineTuning) {
            const retrain = detectRefreshRetrain(statements);
            if (retrain)
                set('training.refreshRetrain', true, retrain);
        }
        const chunking = detectChunking(statements, reading.decisionStatements);
        if (chunking.strategy)
            set('rag.chunking', chunking.strategy.value, chunking.strategy.statement);
        if (chunking.overlap)
            set('rag.chunkOverlap', chunking.overlap.value, chunking.overlap.statement);
        const problem = detectProblemKind(statements);
        if (problem)
            set('problem.kind', problem.value, problem.statement);
        const tokens = detectPromptTokens(statements);
        if (tokens)
            set('prompt.instructionTokens', tokens.value, tokens.statement);
    }
    if (llmBlock !== undefined) {
        const declared = readDeclaredFacts(llmBlock, path, (key) => fm?.keyLines.get(key ? `llm.${key}` : 'llm') ?? 1, 'front-matter', 'llm');
        Object.assign(facts, declared.facts);
        problems.push(...declared.problems);
        const v = declared.facts['knowledge.volatility'];
        if (v)
            facts['knowledge.changesFast'] = { value: isFast(v.value), ...(v.evidence ? { evidence: v.evidence } : {}) };
    }
    // A design that only trains consumes its data through training: personal data in it is training data.
    if (facts['uses.fineTuning']?.value === true &&
        facts['uses.retrieval']?.value !== true &&
        facts['data.sensitive']?.value === true &&
        !facts['training.sensitiveData']) {
        const ev = facts['data.sensitive'].evidence;
        facts['training.sensitiveData'] = { value: true, ...(ev ? { evidence: ev } : {}) };
    }
    const signals = [];
    if (llmRelated && !opts.linkOnly) {
        const rec = computeRecommendation(facts);
        set('recommendation', rec.value);
        signals.push(...rec.signals);
    }
    const rejects = llmRelated && facts['uses.fineTuning']?.value !== true ? rejectsFineTuning : undefined;
    const supp = (0,read_suppressions/* readSuppressions */.H)(parsed.comments);
    problems.push(...supp.problems);
    return newDocumentFacts({
        path,
        kind: 'adr',
        format: structure.format,
        facts,
        frontMatter: fm?.data,
        signals,
        suppressions: supp.suppressions,
        decisionLine: structure.decisionLine,
        titleLine: structure.title?.line,
        problems,
        links: rejects ? { rejectsFineTuning: ev(rejects) } : undefined,
    });
}
function quote(text) {
    const t = text.trim();
    return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

;// CONCATENATED MODULE: ./src/extract/config/config-facts.ts
/** What a format reader records about a config: facts with the key's line, dataset references, the anchor. */


class ConfigFacts {
    view;
    facts = newFactRecord();
    datasets = [];
    /** The key that names the model being trained or the pipeline's core (where absence findings point). */
    anchorKey;
    constructor(view) {
        this.view = view;
    }
    /** Records a fact with the key's line (and `key: value` quoted) as its evidence. */
    set(name, value, key, text) {
        // Facts the vocabulary does not (yet) define are not recorded: policies could not address them.
        if (!vocabulary/* FACT_BY_NAME */.ts.has(name))
            return;
        const evidence = key !== undefined ? this.view.evidence(key, text) : undefined;
        this.facts[name] = evidence ? { value, evidence } : { value };
    }
    /** A training or validation file the config names, to be resolved against the repository's files. */
    dataset(key, role, candidates, label) {
        const written = candidates.map((c) => c.trim()).filter(Boolean);
        if (written.length === 0)
            return;
        // A hub dataset, a cloud URI or an uploaded file id is kept with no candidate: it is not in the repository,
        // so a count over the other files would be partial.
        const paths = [...new Set(written.filter(isLocalPath))];
        this.datasets.push({ key, line: this.view.line(key), role, candidates: paths, text: label ?? `${key}: ${written[0]}` });
    }
}
/** A path in the repository, not a hub dataset id, a cloud URI or an uploaded file id. */
function isLocalPath(p) {
    if (!p || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('file-'))
        return false;
    if (/^(?:\.{1,2}\/|\/)/.test(p))
        return true;
    // A bare `owner/name` is a hub dataset; a file name has an extension, a folder several segments.
    return /\.(?:jsonl|json|csv|tsv|parquet|txt|arrow)$/i.test(p) || p.split('/').length > 2;
}

// EXTERNAL MODULE: ./src/facts/read-dotted-path.ts
var read_dotted_path = __webpack_require__(8694);
;// CONCATENATED MODULE: ./src/extract/config/config-view.ts
/**
 * A parsed config as the tools themselves read it: dotted-path access, values given as strings coerced the way
 * pydantic/OmegaConf coerce them ("0.05", "true", "2"), `${VAR:default}` placeholders taking their default (the
 * core sees no environment), OmegaConf `${other.key}` references resolved, and the line of each key for evidence.
 */

const config_view_MAX_QUOTE = 120;
class ConfigView {
    path;
    keyLines;
    data;
    constructor(path, raw, keyLines) {
        this.path = path;
        this.keyLines = keyLines;
        this.data = resolvePlaceholders(raw, raw);
    }
    /** The value at a dotted path (`datasets.0.path`); a key that itself contains dots is matched whole first. */
    get(path) {
        return (0,read_dotted_path/* readDottedPath */.c)(this.data, path);
    }
    has(path) {
        const v = this.get(path);
        return v !== undefined;
    }
    /** Present and not null, empty string or empty list. */
    isSet(path) {
        const v = this.get(path);
        return !(v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0));
    }
    str(path) {
        const v = this.get(path);
        if (typeof v === 'string')
            return v.trim() === '' ? undefined : v;
        if (typeof v === 'number' || typeof v === 'boolean')
            return String(v);
        return undefined;
    }
    num(path) {
        return toNumber(this.get(path));
    }
    bool(path) {
        return toBoolean(this.get(path));
    }
    obj(path) {
        const v = path ? this.get(path) : this.data;
        return isTree(v) ? v : undefined;
    }
    list(path) {
        const v = this.get(path);
        return Array.isArray(v) ? v : [];
    }
    /** The 1-based line of a key, or of its nearest ancestor that has one. */
    line(path) {
        const parts = path.split('.');
        for (let n = parts.length; n > 0; n--) {
            const found = this.keyLines.get(parts.slice(0, n).join('.'));
            if (found !== undefined)
                return found;
        }
        return 1;
    }
    /** Evidence quoting `key: value` at the key's line. */
    evidence(path, text) {
        return { path: this.path, line: this.line(path), text: text ?? `${path}: ${config_view_short(this.get(path))}`, source: 'config' };
    }
    /** The first of these paths that is present. */
    first(...paths) {
        return paths.find((p) => this.has(p));
    }
}
function isTree(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function toNumber(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string') {
        const t = v.trim().replace(/_/g, '');
        if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t))
            return undefined;
        const n = Number(t);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function toBoolean(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(t))
            return true;
        if (['false', 'no', 'off', '0', ''].includes(t))
            return false;
    }
    return undefined;
}
function config_view_short(v) {
    const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > config_view_MAX_QUOTE ? `${flat.slice(0, config_view_MAX_QUOTE - 1)}…` : flat;
}
const WHOLE_PLACEHOLDER = /^\$\{([^{}]*)\}$/;
const ANY_PLACEHOLDER = /\$\{([^{}]*)\}/g;
/** `VAR` or `VAR,OTHER`: environment variable names before the default. */
const ENV_NAMES = /^[A-Za-z_][\w\s,]*$/;
/**
 * Placeholders as the tools resolve them with no environment variable set:
 * `${VAR:default}` and `${VAR,OTHER:default}` (privateGPT), `${VAR:-default}` (shell; a numeric `-1` stays -1) and
 * `${oc.env:VAR,default}` (OmegaConf) take their default; `${some.key}` (OmegaConf, torchtune) takes that key's
 * value. A placeholder with nothing to fall back on (`${HF_TOKEN}`) stays as written.
 */
function resolvePlaceholders(value, root, depth = 0) {
    if (depth > 32)
        return value;
    if (typeof value === 'string')
        return resolveString(value, root, depth);
    if (Array.isArray(value))
        return value.map((v) => resolvePlaceholders(v, root, depth + 1));
    if (isTree(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            Object.defineProperty(out, k, {
                value: resolvePlaceholders(v, root, depth + 1),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        return out;
    }
    return value;
}
function resolveString(s, root, depth) {
    if (!s.includes('${'))
        return s;
    const whole = WHOLE_PLACEHOLDER.exec(s.trim());
    if (whole) {
        const resolved = resolveOne(whole[1] ?? '', root, depth);
        return resolved === undefined ? s : resolved;
    }
    return s.replace(ANY_PLACEHOLDER, (m, inner) => {
        const r = resolveOne(inner, root, depth);
        return r === undefined || r === null || typeof r === 'object' ? m : String(r);
    });
}
function resolveOne(inner, root, depth) {
    const body = inner.trim();
    const ocEnv = /^oc\.env\s*:\s*[A-Za-z_][A-Za-z0-9_]*\s*(?:,(.*))?$/.exec(body);
    if (ocEnv)
        return ocEnv[1] !== undefined ? config_view_scalar(ocEnv[1].trim()) : undefined;
    const colon = body.indexOf(':');
    if (colon > 0) {
        const names = body.slice(0, colon).trim();
        if (ENV_NAMES.test(names)) {
            // `${VAR:-1}` is privateGPT's default -1; `${VAR:-gpt-4o}` is the shell's default gpt-4o.
            const def = body.slice(colon + 1);
            return config_view_scalar(def.startsWith('-') && toNumber(def) === undefined ? def.slice(1) : def);
        }
        return undefined;
    }
    // An OmegaConf reference to another key of the same document.
    if (/^\.?[A-Za-z_][\w.-]*$/.test(body)) {
        const target = (0,read_dotted_path/* readDottedPath */.c)(root, body.replace(/^\./, ''));
        if (target !== undefined && (typeof target !== 'string' || target !== `\${${inner}}`))
            return resolvePlaceholders(target, root, depth + 1);
    }
    return undefined;
}
/** A default written in a placeholder, typed as YAML would type it. */
function config_view_scalar(text) {
    const t = text.trim();
    if (/^(?:true|false)$/i.test(t))
        return t.toLowerCase() === 'true';
    if (/^(?:null|~)$/i.test(t))
        return null;
    const n = toNumber(t);
    if (n !== undefined && /^[-+]?\d/.test(t))
        return n;
    return t;
}

;// CONCATENATED MODULE: ./src/extract/config/find-key.ts
/** Finding settings in in-house configs, where the same key may sit at the top or under a section. */

/**
 * The dotted path of the first key (breadth first, down to `depth` levels of mappings) whose name is one of
 * `names` (in any case, with or without `_` and `-`) and whose value passes `accept`.
 */
function findKey(data, names, accept = (v) => v !== undefined, depth = 3) {
    const wanted = new Set(names.map(normaliseKey));
    let level = [['', data]];
    for (let d = 0; d <= depth && level.length; d++) {
        const next = [];
        for (const [prefix, node] of level) {
            // for…in with hasOwn visits the own keys in Object.entries' order without building the pairs; a config is
            // searched once per setting, so this loop runs some thirty times per config.
            for (const k in node) {
                if (!Object.hasOwn(node, k))
                    continue;
                const v = node[k];
                if (wanted.has(normaliseKey(k)) && accept(v))
                    return prefix ? `${prefix}.${k}` : k;
                if (isTree(v))
                    next.push([prefix ? `${prefix}.${k}` : k, v]);
            }
        }
        // Names are searched level by level in the order given: a top-level `base_model` wins over a nested one.
        level = next;
    }
    return undefined;
}
/** Keys repeat across a repository's configs (`base_model`, `datasets`): each is normalised once. */
const normalised = new Map();
/** `chunk_size`, `chunkSize`, `chunk-size` and `CHUNK_SIZE` are the same setting. */
function normaliseKey(key) {
    let n = normalised.get(key);
    if (n === undefined) {
        if (normalised.size >= 4096)
            normalised.clear();
        normalised.set(key, (n = key.toLowerCase().replace(/[-_]/g, '')));
    }
    return n;
}
/** Like findKey, but tries the names one after the other (the first name anywhere wins over the second). */
function findFirstKey(data, names, accept, depth = 3) {
    for (const name of names) {
        const found = findKey(data, [name], accept, depth);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/config/detect-config-format.ts


const MANIFEST_FILE = /(?:^|\/)llm-architecture\.ya?ml$/i;
const MANIFEST_KIND = 'llm-arch-manifest';
/**
 * Whether a config may be a manifest, from its path and raw text, before any parsing: a manifest is named
 * `llm-architecture.yml` or says `kind: llm-arch-manifest` (detectConfigFormat decides on the parsed data).
 */
function mayBeManifest(path, text) {
    return MANIFEST_FILE.test(path) || text.includes(MANIFEST_KIND);
}
const detect_config_format_has = (o, ...keys) => keys.every((k) => k in o);
const hasAny = (o, ...keys) => keys.some((k) => k in o);
const tree = (v) => (isTree(v) ? v : undefined);
function detectConfigFormat(data, path) {
    if (!isTree(data))
        return undefined;
    const o = data;
    const ft = (format) => ({ kind: 'finetune-config', format });
    const rag = (format) => ({ kind: 'rag-config', format });
    if (MANIFEST_FILE.test(path) || o.kind === MANIFEST_KIND)
        return { kind: 'manifest', format: 'llm-arch-manifest' };
    // Fine-tuning toolchains, most specific signature first.
    if (isAutoTrain(o))
        return ft('autotrain');
    if (isLlamaFactory(o))
        return isTrainingJob(o) ? ft('llama-factory') : undefined;
    if (isLlamaFactoryV1(o))
        return ft('llama-factory');
    if (isTorchtune(o))
        return tree(o.dataset)?._component_ !== undefined ? ft('torchtune') : undefined;
    if (isAxolotl(o))
        return ft('axolotl');
    if (isVertexTuning(o))
        return ft('vertex-tuning');
    if (isBedrockCustomization(o))
        return ft('bedrock-customization');
    if (detect_config_format_has(o, 'training_file', 'model') && (typeof o.training_file === 'string' || o.training_file === null))
        return ft('openai-finetune-job');
    if (detect_config_format_has(o, 'peft_type') && hasAny(o, 'base_model_name_or_path', 'task_type', 'r'))
        return ft('peft-adapter');
    if (isTrl(o))
        return ft('trl');
    // RAG pipelines: recognised by their layout, kept only when they actually retrieve or index documents.
    const haystack = haystackComponents(o);
    if (haystack)
        return haystack.some((c) => HAYSTACK_RAG.test(componentType(c))) ? rag('haystack-pipeline') : undefined;
    if (isR2r(o))
        return rag('r2r');
    const ragflow = ragflowComponents(o);
    if (ragflow)
        return ragflow.some(isRagflowRagComponent) ? rag('ragflow') : undefined;
    if (detect_config_format_has(o, 'chunk_method') && isTree(o.parser_config))
        return rag('ragflow');
    if (isDify(o))
        return difyRetrieves(o) ? rag('dify') : undefined;
    if (isFlowise(o))
        return flowiseNodes(o).some((n) => FLOWISE_RAG_CATEGORY.test(n.category) || FLOWISE_RAG_NAME.test(n.name)) ? rag('flowise') : undefined;
    if (isPrivateGpt(o))
        return rag('privategpt');
    // In-house configs whose keys plainly describe a fine-tuning run or a RAG pipeline (SPEC §5); never a
    // GitHub workflow or other repository metadata, which may mention such settings in passing.
    if (/(?:^|\/)\.github\//.test(path) || ('jobs' in o && 'on' in o))
        return undefined;
    if (isGenericFinetune(o))
        return ft('generic-finetune');
    if (isGenericRag(o))
        return rag('generic-rag');
    return undefined;
}
function isAutoTrain(o) {
    return typeof o.task === 'string' && 'base_model' in o && hasAny(o, 'data', 'params', 'project_name');
}
function isLlamaFactory(o) {
    return detect_config_format_has(o, 'stage', 'finetuning_type') || (detect_config_format_has(o, 'model_name_or_path', 'stage') && hasAny(o, 'template', 'dataset', 'do_train'));
}
/** A LLaMA-Factory run trains when it names a dataset or sets do_train; prediction and evaluation runs do not. */
function isTrainingJob(o) {
    if (o.do_train === true || o.do_train === 'true')
        return true;
    if (o.do_predict === true || o.do_eval === true)
        return 'dataset' in o && o.do_train !== false;
    return 'dataset' in o;
}
function isLlamaFactoryV1(o) {
    return 'model' in o && 'model_class' in o && hasAny(o, 'train_dataset', 'peft_config');
}
function isTorchtune(o) {
    let components = 0;
    for (const v of Object.values(o)) {
        const c = tree(v)?._component_;
        if (typeof c === 'string' && c.startsWith('torchtune.'))
            components++;
    }
    return components >= 2;
}
function isAxolotl(o) {
    if (!('base_model' in o))
        return false;
    if ('pretraining_dataset' in o)
        return true;
    const datasets = o.datasets;
    return Array.isArray(datasets) && datasets.some((d) => isTree(d) && ('path' in d || 'type' in d));
}
/** A Vertex AI tuning job's model and tuning-spec keys (both spellings the API accepts); the reader uses them too. */
const VERTEX_MODEL_KEYS = ['baseModel', 'base_model', 'sourceModel', 'source_model'];
const VERTEX_SPEC_KEYS = [
    'supervisedTuningSpec',
    'supervised_tuning_spec',
    'preferenceOptimizationSpec',
    'preference_optimization_spec',
    'distillationSpec',
    'distillation_spec',
];
function isVertexTuning(o) {
    return hasAny(o, ...VERTEX_MODEL_KEYS) && hasAny(o, ...VERTEX_SPEC_KEYS);
}
function isBedrockCustomization(o) {
    return 'baseModelIdentifier' in o && hasAny(o, 'customizationType', 'trainingDataConfig', 'customModelName');
}
function isTrl(o) {
    return 'model_name_or_path' in o && hasAny(o, 'dataset_name', 'dataset_mixture', 'datasets') && !hasAny(o, 'stage', 'finetuning_type');
}
// Haystack 2.x: `components` is a map of {type, init_parameters}; `connections` a list of {sender, receiver}.
const HAYSTACK_RAG = /retriever|documentstore|document_store|embedder|ranker|splitter|chunker|documentwriter|document_writer|fetcher|converter|preprocessor|cleaner|websearch/i;
function haystackComponents(o) {
    // Haystack 1.x: `components` is a list of {name, type, params}, wired by `pipelines`.
    if (Array.isArray(o.components) && Array.isArray(o.pipelines)) {
        const list = o.components.filter(isTree);
        return list.length > 0 && list.every((c) => typeof c.type === 'string') ? list : undefined;
    }
    const components = tree(o.components);
    if (!components || !Array.isArray(o.connections))
        return undefined;
    const list = Object.values(components).filter(isTree);
    return list.length > 0 && list.every((c) => typeof c.type === 'string') ? list : undefined;
}
function componentType(c) {
    return typeof c.type === 'string' ? c.type : '';
}
function isR2r(o) {
    const embedding = tree(o.embedding);
    if (!embedding)
        return false;
    if (isTree(o.app) && ('base_model' in embedding || 'provider' in embedding))
        return true;
    return isTree(o.ingestion) && isTree(o.completion);
}
// RAGFlow agent and ingestion DSL: components keyed "Name:Id", each {obj: {component_name, params}}.
function ragflowComponents(o) {
    const components = tree(tree(o.dsl)?.components) ?? tree(o.components);
    if (!components)
        return undefined;
    const list = Object.values(components).filter(isTree);
    if (list.length === 0 || !list.every((c) => typeof tree(c.obj)?.component_name === 'string'))
        return undefined;
    return list;
}
const RAGFLOW_RAG = /^(?:retrieval|tokenchunker|chunker|splitter|titlechunker|hierarchicalmerger|tokenizer|parser)$/i;
function isRagflowRagComponent(c) {
    const obj = tree(c.obj);
    if (RAGFLOW_RAG.test(String(obj?.component_name)))
        return true;
    const tools = tree(obj?.params)?.tools;
    return Array.isArray(tools) && tools.some((t) => isTree(t) && /^retrieval$/i.test(String(t.component_name)));
}
function isDify(o) {
    return o.kind === 'app' && 'version' in o && isTree(o.app) && hasAny(o, 'workflow', 'model_config');
}
function difyNodes(o) {
    const nodes = tree(tree(o.workflow)?.graph)?.nodes;
    return Array.isArray(nodes) ? nodes.filter(isTree) : [];
}
function difyRetrieves(o) {
    if (difyNodes(o).some((n) => tree(n.data)?.type === 'knowledge-retrieval'))
        return true;
    const datasets = tree(tree(tree(o.model_config)?.dataset_configs)?.datasets)?.datasets;
    return Array.isArray(datasets) && datasets.length > 0;
}
function isFlowise(o) {
    return Array.isArray(o.nodes) && Array.isArray(o.edges) && o.nodes.some((n) => isTree(n) && isTree(n.data) && 'category' in n.data);
}
function flowiseNodes(o) {
    const nodes = Array.isArray(o.nodes) ? o.nodes : [];
    const out = [];
    nodes.forEach((n, index) => {
        const data = isTree(n) ? tree(n.data) : undefined;
        if (data)
            out.push({ name: String(data.name ?? ''), category: String(data.category ?? ''), inputs: tree(data.inputs) ?? {}, index });
    });
    return out;
}
const FLOWISE_RAG_CATEGORY = /^(?:vector stores|retrievers|document loaders|text splitters|embeddings)$/i;
const FLOWISE_RAG_NAME = /retriev|vectorstore|rag/i;
function isPrivateGpt(o) {
    if (!isTree(o.server))
        return false;
    const llm = tree(o.llm);
    const embedding = tree(o.embedding);
    const vectorstore = tree(o.vectorstore);
    return ((llm !== undefined && 'mode' in llm) ||
        (embedding !== undefined && 'mode' in embedding) ||
        (vectorstore !== undefined && 'database' in vectorstore) ||
        (isTree(o.retrieval) && isTree(o.chat)));
}
// ---- In-house configs --------------------------------------------------------------------------------------
const FINETUNE_KEYS = new Set([
    'base_model',
    'model_name_or_path',
    'learning_rate',
    'lr',
    'epochs',
    'num_epochs',
    'num_train_epochs',
    'n_epochs',
    'lora_r',
    'lora_rank',
    'lora_alpha',
    'lora_dropout',
    'train_file',
    'training_file',
    'train_data',
    'training_data',
    'train_dataset',
    'train_path',
    'adapter',
    'peft',
    'warmup_steps',
    'warmup_ratio',
    'gradient_accumulation_steps',
    'micro_batch_size',
    'per_device_train_batch_size',
    'max_seq_length',
    'validation_file',
    'eval_file',
]);
/** Marks a run as training a language model rather than, say, an image classifier. */
const LLM_TRAINING_MARKERS = new Set(['base_model', 'model_name_or_path', 'lora_r', 'lora_rank', 'lora_alpha', 'peft', 'adapter']);
const LLM_MODEL_NAME = /\b(?:llama|mistral|mixtral|gpt-?[345o]|gemma|qwen|phi-?\d|falcon|t5|flan|bloom|opt-\d|pythia|deepseek|yi-|command-r|claude|olmo|smollm|granite|starcoder|codellama|tinyllama)/i;
const RAG_STRONG = new Set([
    'chunk_size',
    'chunk_overlap',
    'chunking',
    'chunking_strategy',
    'chunk_strategy',
    'chunker',
    'splitter',
    'text_splitter',
    'embedding_model',
    'embeddings_model',
    'embed_model',
    'embedder',
    'vector_store',
    'vectorstore',
    'vector_db',
    'vectordb',
    'vector_database',
    'retriever',
    'retrieval',
    'reranker',
    'rerank_model',
    'similarity_top_k',
    'knowledge_base',
]);
const RAG_WEAK = new Set([
    'top_k',
    'index_name',
    'collection_name',
    'embedding_dim',
    'score_threshold',
    'similarity_threshold',
    'hybrid_search',
    'documents_path',
]);
/** Keys (normalised: `chunkSize` = `chunk_size`) of the mappings down to `depth` levels, with string values for model-name checks. */
function collectKeys(o, depth = 3) {
    const keys = new Set();
    const strings = [];
    const walk = (node, level) => {
        if (level > depth)
            return;
        if (Array.isArray(node)) {
            for (const item of node.slice(0, 50))
                walk(item, level + 1);
            return;
        }
        if (!isTree(node)) {
            if (typeof node === 'string' && node.length < 200)
                strings.push(node);
            return;
        }
        for (const [k, v] of Object.entries(node)) {
            keys.add(normaliseKey(k));
            walk(v, level + 1);
        }
    };
    walk(o, 0);
    return { keys, strings };
}
const detect_config_format_normalised = (keys) => new Set([...keys].map(normaliseKey));
const detect_config_format_FINETUNE = detect_config_format_normalised(FINETUNE_KEYS);
const LLM_MARKERS = detect_config_format_normalised(LLM_TRAINING_MARKERS);
const STRONG = detect_config_format_normalised(RAG_STRONG);
const WEAK = detect_config_format_normalised(RAG_WEAK);
function isGenericFinetune(o) {
    const { keys, strings } = collectKeys(o);
    const found = [...keys].filter((k) => detect_config_format_FINETUNE.has(k));
    if (found.length < 3)
        return false;
    return found.some((k) => LLM_MARKERS.has(k)) || strings.some((s) => LLM_MODEL_NAME.test(s));
}
function isGenericRag(o) {
    const { keys } = collectKeys(o);
    const strong = [...keys].filter((k) => STRONG.has(k)).length;
    const weak = [...keys].filter((k) => WEAK.has(k)).length;
    return strong >= 2 || (strong >= 1 && weak >= 1);
}

;// CONCATENATED MODULE: ./src/extract/config/llm-path.ts
/**
 * Where LLM material lives (SPEC §6.3): a path naming fine-tuning, training, datasets, LoRA, RAG, retrieval,
 * prompts, LLMs or a known toolchain. An unparsable YAML, JSON, TOML or JSONL file there is a `parse-error`;
 * elsewhere it is somebody else's file and skipped silently. Short names count only as a path segment or word.
 */
const LLM_PATH = /fine[-_ ]?tun|(?:^|[/_.-])(?:ft|sft|dpo|cpt|rag|llm|llms|lora|qlora|peft|trl|r2r|pgpt)(?=$|[/_.-])|(?:^|[^a-z])(?:pre-?)?train|pretrain|dataset|retriev|prompt|axolotl|llama[-_]?factory|torchtune|autotrain|haystack|ragflow|dify|flowise|private[-_]?gpt|embedding|vector|bedrock|vertex|openai/i;

;// CONCATENATED MODULE: ./src/extract/config/read-finetune-config.ts



function readFinetuneConfig(format, f) {
    const reader = READERS[format] ?? readGeneric;
    reader(f, f.view);
    if (f.anchorKey === undefined)
        f.anchorKey = Object.keys(f.view.data)[0];
    if (!('uses.fineTuning' in f.facts))
        f.set('uses.fineTuning', true, f.anchorKey);
    if (!('approach' in f.facts))
        f.set('approach', 'fine-tuning', f.anchorKey);
}
const READERS = {
    axolotl: readAxolotl,
    'llama-factory': readLlamaFactory,
    torchtune: readTorchtune,
    trl: readTrl,
    autotrain: readAutoTrain,
    'peft-adapter': (f) => {
        f.anchorKey = f.view.first('base_model_name_or_path', 'peft_type');
    },
    'openai-finetune-job': readOpenAiJob,
    'bedrock-customization': readBedrock,
    'vertex-tuning': readVertex,
    'generic-finetune': readGeneric,
};
function approach(f, cpt, cptKey) {
    f.set('uses.fineTuning', true, f.anchorKey);
    if (cpt)
        f.set('approach', 'continued-pretraining', cptKey ?? f.anchorKey);
    else
        f.set('approach', 'fine-tuning', f.anchorKey);
}
/** `training.evalSet` from a key whose value is a fraction/count (> 0) or a file/dataset (non-empty). */
function evalFrom(f, key) {
    if (key === undefined || !f.view.has(key))
        return false;
    const value = f.view.get(key);
    const n = toNumber(value);
    const defined = n !== undefined ? n > 0 : f.view.isSet(key) && value !== false && !(isTree(value) && Object.keys(value).length === 0);
    f.set('training.evalSet', defined, key);
    return true;
}
function readAxolotl(f, v) {
    f.anchorKey = 'base_model';
    const datasets = v.list('datasets');
    const rawText = (t) => /^(?:completion|pretrain)$/i.test(String(t));
    const cptKey = v.isSet('pretraining_dataset')
        ? 'pretraining_dataset'
        : datasets.length > 0 && datasets.every((d) => isTree(d) && rawText(d.type))
            ? 'datasets.0.type'
            : undefined;
    approach(f, cptKey !== undefined, cptKey);
    if (v.isSet('test_datasets'))
        f.set('training.evalSet', true, 'test_datasets');
    else
        evalFrom(f, v.has('val_set_size') ? 'val_set_size' : undefined);
    datasets.forEach((d, i) => axolotlDataset(f, `datasets.${i}`, d, 'train'));
    v.list('test_datasets').forEach((d, i) => axolotlDataset(f, `test_datasets.${i}`, d, 'validation'));
    const pre = v.get('pretraining_dataset');
    (Array.isArray(pre) ? pre : pre ? [pre] : []).forEach((d, i) => axolotlDataset(f, Array.isArray(pre) ? `pretraining_dataset.${i}` : 'pretraining_dataset', d, 'train'));
}
function axolotlDataset(f, key, d, role) {
    if (typeof d === 'string')
        return f.dataset(key, role, [d]);
    if (!isTree(d))
        return;
    const files = d.data_files;
    const list = Array.isArray(files) ? files.map(String) : typeof files === 'string' ? [files] : [];
    const path = typeof d.path === 'string' ? d.path : undefined;
    if (list.length)
        list.forEach((file, i) => f.dataset(`${key}.data_files${Array.isArray(files) ? `.${i}` : ''}`, role, [file, ...(path ? [`${path}/${file}`] : [])]));
    else if (path)
        f.dataset(`${key}.path`, role, [path]);
}
function readLlamaFactory(f, v) {
    f.anchorKey = v.first('model_name_or_path', 'model', 'stage');
    const pt = v.str('stage') === 'pt';
    approach(f, pt, 'stage');
    if (v.isSet('eval_dataset'))
        f.set('training.evalSet', true, 'eval_dataset');
    else
        evalFrom(f, v.has('val_size') ? 'val_size' : undefined);
    // Datasets are names registered in <dataset_dir>/dataset_info.json, whose file is usually <name>.json(l).
    const dir = (v.str('dataset_dir') ?? 'data').replace(/\/+$/, '');
    const names = (v.str('dataset') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    for (const name of names)
        f.dataset('dataset', 'train', [`${dir}/${name}.jsonl`, `${dir}/${name}.json`, name], `dataset: ${name}`);
    // LLaMA-Factory v1 layout.
    if (v.has('train_dataset') && v.has('model_class'))
        f.anchorKey = 'model';
}
function readTorchtune(f, v) {
    f.anchorKey = v.has('model._component_') ? 'model._component_' : v.first('model', 'checkpointer.checkpoint_dir');
    const datasets = Array.isArray(v.get('dataset')) ? v.list('dataset').map((_, i) => `dataset.${i}`) : ['dataset'];
    const cptKey = datasets.map((d) => `${d}._component_`).find((k) => /text_completion_dataset/.test(v.str(k) ?? ''));
    approach(f, cptKey !== undefined, cptKey);
    if (v.isSet('dataset_val'))
        f.set('training.evalSet', true, 'dataset_val');
    for (const d of [...datasets, 'dataset_val']) {
        const role = d === 'dataset_val' ? 'validation' : 'train';
        const files = v.get(`${d}.data_files`);
        if (typeof files === 'string')
            f.dataset(`${d}.data_files`, role, [files]);
        else if (Array.isArray(files))
            files.forEach((file, i) => f.dataset(`${d}.data_files.${i}`, role, [String(file)]));
        else if (v.str(`${d}.source`) && /\.(jsonl?|csv|txt)$/i.test(v.str(`${d}.source`) ?? ''))
            f.dataset(`${d}.source`, role, [v.str(`${d}.source`) ?? '']);
    }
}
function readTrl(f, v) {
    f.anchorKey = 'model_name_or_path';
    approach(f, false, undefined);
    const strategy = v.first('eval_strategy', 'evaluation_strategy');
    if (strategy && /^no$/i.test(v.str(strategy) ?? 'no'))
        f.set('training.evalSet', false, strategy);
    else if (strategy)
        f.set('training.evalSet', true, strategy);
    else if (v.has('do_eval'))
        f.set('training.evalSet', v.bool('do_eval') === true, 'do_eval');
    else if ((v.num('dataset_mixture.test_split_size') ?? 0) > 0)
        f.set('training.evalSet', true, 'dataset_mixture.test_split_size');
    else if (v.isSet('dataset_test_split'))
        f.set('training.evalSet', true, 'dataset_test_split');
    const name = v.str('dataset_name');
    if (name)
        f.dataset('dataset_name', 'train', [name]);
    v.list('dataset_mixture.datasets').forEach((d, i) => {
        if (isTree(d) && typeof d.id === 'string')
            f.dataset(`dataset_mixture.datasets.${i}.id`, 'train', [d.id]);
    });
}
function readAutoTrain(f, v) {
    f.anchorKey = 'base_model';
    approach(f, false, undefined);
    evalFrom(f, v.has('data.valid_split') ? 'data.valid_split' : undefined);
    const dir = v.str('data.path');
    const split = (key, role) => {
        const name = v.str(key);
        if (dir && name)
            f.dataset(key, role, [`${dir}/${name}.jsonl`, `${dir}/${name}.csv`], `${key}: ${name} (in ${dir})`);
    };
    split('data.train_split', 'train');
    split('data.valid_split', 'validation');
}
function readOpenAiJob(f, v) {
    f.anchorKey = 'model';
    approach(f, false, undefined);
    evalFrom(f, v.has('validation_file') ? 'validation_file' : undefined);
    const train = v.str('training_file');
    if (train)
        f.dataset('training_file', 'train', [train]);
    const val = v.str('validation_file');
    if (val)
        f.dataset('validation_file', 'validation', [val]);
}
function readBedrock(f, v) {
    f.anchorKey = 'baseModelIdentifier';
    const type = v.str('customizationType');
    approach(f, type === 'CONTINUED_PRE_TRAINING', 'customizationType');
    const validators = v.list('validationDataConfig.validators');
    if (validators.length > 0)
        f.set('training.evalSet', true, 'validationDataConfig.validators');
    else if (v.has('validationDataConfig'))
        f.set('training.evalSet', false, 'validationDataConfig');
    else if (v.has('hyperParameters.evalPercentage'))
        evalFrom(f, 'hyperParameters.evalPercentage');
    const train = v.str('trainingDataConfig.s3Uri');
    if (train)
        f.dataset('trainingDataConfig.s3Uri', 'train', [train]);
}
function readVertex(f, v) {
    f.anchorKey = v.first(...VERTEX_MODEL_KEYS);
    approach(f, false, undefined);
    const spec = v.first(...VERTEX_SPEC_KEYS) ?? '';
    const valKey = v.first(`${spec}.validationDatasetUri`, `${spec}.validation_dataset_uri`, 'evaluationConfig', 'evaluation_config');
    if (valKey)
        evalFrom(f, valKey);
    const train = v.first(`${spec}.trainingDatasetUri`, `${spec}.training_dataset_uri`);
    if (train)
        f.dataset(train, 'train', [v.str(train) ?? '']);
    if (valKey?.startsWith(spec) && v.str(valKey))
        f.dataset(valKey, 'validation', [v.str(valKey) ?? '']);
}
const GENERIC_MODEL_KEYS = ['base_model', 'model_name_or_path', 'base_model_name', 'model_name', 'pretrained_model', 'model'];
const GENERIC_TRAIN_KEYS = [
    'train_file',
    'training_file',
    'train_data',
    'training_data',
    'train_dataset',
    'train_path',
    'dataset_path',
    'data_path',
    'train_jsonl',
];
const GENERIC_EVAL_KEYS = [
    'validation_file',
    'val_file',
    'valid_file',
    'eval_file',
    'validation_data',
    'eval_data',
    'eval_dataset',
    'validation_dataset',
    'val_set_size',
    'val_size',
    'validation_split',
    'eval_split',
    'test_size',
    'eval_ratio',
    'held_out',
    'holdout',
];
const CPT_WORDS = /continued[-_ ]?pre-?train|\bpre-?train(?:ing)?\b|^cpt$|^pt$/i;
function readGeneric(f, v) {
    const data = v.data;
    f.anchorKey = findFirstKey(data, GENERIC_MODEL_KEYS, (x) => typeof x === 'string') ?? findFirstKey(data, GENERIC_MODEL_KEYS);
    const cptKey = findKey(data, ['continued_pretraining', 'continued_pre_training'], (x) => x === true) ??
        findKey(data, ['objective', 'task', 'stage', 'mode', 'method', 'training_type', 'type'], (x) => typeof x === 'string' && CPT_WORDS.test(x));
    approach(f, cptKey !== undefined, cptKey);
    evalFrom(f, findFirstKey(data, GENERIC_EVAL_KEYS));
    for (const name of GENERIC_TRAIN_KEYS) {
        const key = findKey(data, [name], (x) => typeof x === 'string');
        if (key)
            f.dataset(key, 'train', [v.str(key) ?? '']);
    }
    for (const name of GENERIC_EVAL_KEYS.slice(0, 8)) {
        const key = findKey(data, [name], (x) => typeof x === 'string');
        if (key)
            f.dataset(key, 'validation', [v.str(key) ?? '']);
    }
}

;// CONCATENATED MODULE: ./src/extract/config/read-rag-config.ts



function readRagConfig(format, f) {
    (read_rag_config_READERS[format] ?? read_rag_config_readGeneric)(f, f.view);
    if (f.anchorKey === undefined)
        f.anchorKey = Object.keys(f.view.data)[0];
    f.set('uses.retrieval', true, f.anchorKey);
    f.set('approach', 'rag', f.anchorKey);
}
const read_rag_config_READERS = {
    'haystack-pipeline': readHaystack,
    r2r: readR2r,
    ragflow: readRagflow,
    dify: readDify,
    flowise: readFlowise,
    privategpt: readPrivateGpt,
    'generic-rag': read_rag_config_readGeneric,
};
/** A splitter's or strategy's name → the chunking it does. */
function classifyChunking(name) {
    const s = name.toLowerCase();
    if (/recursive/.test(s))
        return 'recursive';
    if (/semantic|embedding[-_ ]?based|by[-_]?similarity|similarity[-_]?based/.test(s))
        return 'semantic';
    if (/markdown|header|heading|title|section|sentence|paragraph|passage|page|structur|html|clause|table|row|record|hierarch|layout|element|code|period|line|delimiter|by_title|by_page|^basic$/.test(s))
        return 'structure';
    if (/fixed|token|char|word|size|window|naive|simple|length/.test(s))
        return 'fixed';
    return undefined;
}
function setChunking(f, value, key, text) {
    if (value && !('rag.chunking' in f.facts))
        f.set('rag.chunking', value, key, text);
}
function setOverlap(f, key, value) {
    if (key === undefined || 'rag.chunkOverlap' in f.facts)
        return;
    const n = value ?? f.view.num(key);
    if (n !== undefined)
        f.set('rag.chunkOverlap', n, key);
}
function setTopK(f, key) {
    if (key === undefined || 'rag.topK' in f.facts)
        return;
    const n = f.view.num(key);
    if (n !== undefined && n > 0)
        f.set('rag.topK', n, key);
}
function setReranker(f, value, key) {
    if (!('rag.reranker' in f.facts) || value)
        f.set('rag.reranker', value, key);
}
// ---- Haystack 2.x -----------------------------------------------------------------------------------------
function readHaystack(f, v) {
    // Haystack 2.x keys components by name; 1.x lists them, with `params` for `init_parameters`.
    const v1 = Array.isArray(v.get('components'));
    const components = v1 ? Object.fromEntries(v.list('components').map((c, i) => [String(i), c])) : (v.obj('components') ?? {});
    const entries = Object.entries(components).filter((e) => isTree(e[1]));
    const keyOf = (name) => `components.${name}`;
    const PARAMS = v1 ? 'params' : 'init_parameters';
    const find = (re) => entries.find(([, c]) => re.test(componentType(c)));
    f.anchorKey = `${keyOf((find(/retriever/i) ?? find(/documentstore|document_store|writer/i) ?? find(/embedder/i) ?? entries[0])?.[0] ?? '')}.type`;
    for (const [name, c] of entries) {
        const type = componentType(c);
        const base = keyOf(name);
        const params = `${base}.${PARAMS}`;
        if (/splitter|chunker|(?:^|\.)PreProcessor$/i.test(type)) {
            // Haystack 1.x's PreProcessor splits by word and respects sentence boundaries unless told otherwise.
            const preprocessor = /^PreProcessor$/.test(type.split('.').pop() ?? '');
            const splitBy = v.str(`${params}.split_by`) ?? (preprocessor ? 'word' : undefined);
            let chunking = preprocessor ? undefined : classifyChunking(type.split('.').pop() ?? type);
            if (/^(?:DocumentSplitter|PreProcessor)$|DeepsetDocumentSplitter/.test(type.split('.').pop() ?? '') && splitBy) {
                chunking = classifyChunking(splitBy);
                const sentences = v.bool(`${params}.respect_sentence_boundary`) ?? v.bool(`${params}.split_respect_sentence_boundary`) ?? preprocessor;
                if (sentences)
                    chunking = 'structure';
            }
            const key = splitBy ? `${params}.split_by` : `${base}.type`;
            setChunking(f, chunking, key);
            setOverlap(f, v.has(`${params}.split_overlap`) ? `${params}.split_overlap` : undefined);
        }
        if (/retriever/i.test(type))
            setTopK(f, v.has(`${params}.top_k`) ? `${params}.top_k` : undefined);
        if (/ranker/i.test(type))
            setReranker(f, true, `${base}.type`);
        if (/\.evaluators?\./i.test(type) || /Evaluator$/.test(type))
            f.set('rag.evaluation', true, `${base}.type`);
    }
}
// ---- R2R (TOML) ------------------------------------------------------------------------------------------
function readR2r(f, v) {
    f.anchorKey = v.first('embedding.base_model', 'embedding', 'app');
    const strategy = v.str('ingestion.chunking_strategy');
    if (strategy)
        setChunking(f, classifyChunking(strategy), 'ingestion.chunking_strategy');
    setOverlap(f, v.first('ingestion.chunk_overlap', 'ingestion.overlap'));
    const rerank = v.str('embedding.rerank_model');
    if (v.has('embedding.rerank_model'))
        setReranker(f, rerank !== undefined, 'embedding.rerank_model');
}
// ---- RAGFlow (agent / ingestion DSL, dataset API) -----------------------------------------------------------
function readRagflow(f, v) {
    if (v.has('chunk_method')) {
        f.anchorKey = 'chunk_method';
        const method = v.str('chunk_method') ?? '';
        // RAGFlow's "naive" method splits at the delimiters (sentence ends by default), then merges up to a size.
        const delimiter = v.str('parser_config.delimiter');
        setChunking(f, method === 'naive' ? (delimiter === undefined || delimiter.trim() ? 'structure' : 'fixed') : 'structure', 'chunk_method');
        return;
    }
    const prefix = v.has('dsl.components') ? 'dsl.components' : 'components';
    const components = v.obj(prefix) ?? {};
    for (const [name, c] of Object.entries(components)) {
        if (!isTree(c) || !isTree(c.obj))
            continue;
        const base = `${prefix}.${name}.obj`;
        const component = String(c.obj.component_name);
        const params = `${base}.params`;
        if (isRagflowRagComponent(c) && f.anchorKey === undefined)
            f.anchorKey = `${base}.component_name`;
        if (/^tokenchunker$/i.test(component)) {
            const delimiters = v.get(`${params}.delimiters`);
            const mode = v.str(`${params}.delimiter_mode`);
            const splitsAtDelimiters = (Array.isArray(delimiters) ? delimiters.length > 0 : typeof delimiters === 'string' && delimiters !== '') && mode !== 'token';
            setChunking(f, splitsAtDelimiters ? 'structure' : 'fixed', v.has(`${params}.chunk_token_size`) ? `${params}.chunk_token_size` : `${base}.component_name`);
            const pct = v.num(`${params}.overlapped_percent`);
            const size = v.num(`${params}.chunk_token_size`);
            if (pct !== undefined)
                setOverlap(f, `${params}.overlapped_percent`, size !== undefined ? Math.round((size * pct) / (pct > 1 ? 100 : 1)) : pct);
        }
        else if (/^(?:titlechunker|hierarchicalmerger)$/i.test(component)) {
            setChunking(f, 'structure', `${base}.component_name`);
        }
        if (/^retrieval$/i.test(component))
            readRagflowRetrieval(f, params);
        const tools = v.list(`${params}.tools`);
        tools.forEach((t, i) => {
            if (isTree(t) && /^retrieval$/i.test(String(t.component_name)))
                readRagflowRetrieval(f, `${params}.tools.${i}.params`);
        });
    }
}
function readRagflowRetrieval(f, params) {
    const v = f.view;
    setTopK(f, v.has(`${params}.top_n`) ? `${params}.top_n` : undefined);
    if (v.has(`${params}.rerank_id`))
        setReranker(f, v.isSet(`${params}.rerank_id`), `${params}.rerank_id`);
    if (f.anchorKey === undefined)
        f.anchorKey = params;
}
// ---- Dify app DSL ----------------------------------------------------------------------------------------
function readDify(f, v) {
    const nodes = difyNodes(v.data);
    const all = v.list('workflow.graph.nodes');
    for (const node of nodes) {
        const index = all.indexOf(node);
        const data = `workflow.graph.nodes.${index}.data`;
        if (v.str(`${data}.type`) !== 'knowledge-retrieval')
            continue;
        if (f.anchorKey === undefined)
            f.anchorKey = `${data}.type`;
        setTopK(f, v.first(`${data}.multiple_retrieval_config.top_k`, `${data}.single_retrieval_config.top_k`));
        const enable = v.first(`${data}.multiple_retrieval_config.reranking_enable`);
        if (enable)
            setReranker(f, v.bool(enable) === true, enable);
        else if (v.isSet(`${data}.multiple_retrieval_config.reranking_model.model`))
            setReranker(f, true, `${data}.multiple_retrieval_config.reranking_model`);
    }
    if (f.anchorKey === undefined)
        f.anchorKey = v.first('model_config.dataset_configs', 'app.mode');
}
// ---- Flowise chatflow -------------------------------------------------------------------------------------
function readFlowise(f, v) {
    for (const node of flowiseNodes(v.data)) {
        const base = `nodes.${node.index}.data`;
        if (/vector stores|retrievers/i.test(node.category) && f.anchorKey === undefined)
            f.anchorKey = `${base}.name`;
        if (/text splitters/i.test(node.category)) {
            const size = toNumber(node.inputs.chunkSize);
            setChunking(f, classifyChunking(node.name), `${base}.name`, `${base}.name: ${node.name}${size !== undefined ? ` (chunkSize ${size})` : ''}`);
            if (toNumber(node.inputs.chunkOverlap) !== undefined)
                setOverlap(f, `${base}.inputs.chunkOverlap`);
        }
        if (/vector stores/i.test(node.category) && toNumber(node.inputs.topK) !== undefined)
            setTopK(f, `${base}.inputs.topK`);
        if (/rerank/i.test(node.name))
            setReranker(f, true, `${base}.name`);
    }
    if (f.anchorKey === undefined)
        f.anchorKey = 'nodes';
}
// ---- privateGPT settings ------------------------------------------------------------------------------------
function readPrivateGpt(f, v) {
    f.anchorKey = v.first('vectorstore.database', 'rag.similarity_top_k', 'retrieval.top_k', 'embedding.mode', 'llm.mode', 'server');
    setTopK(f, v.first('rag.similarity_top_k', 'retrieval.top_k'));
    if (v.has('rag.rerank.enabled'))
        setReranker(f, v.bool('rag.rerank.enabled') === true, 'rag.rerank.enabled');
    // privateGPT 0.x ingests with a hard-coded SentenceWindowNodeParser: sentence windows, never fixed-size.
    const ingest = v.first('embedding.ingest_mode', 'embedding.mode', 'vectorstore.database');
    if (ingest && v.has('llm.mode'))
        setChunking(f, 'structure', ingest, `${ingest}: ${v.str(ingest) ?? ''} (privateGPT splits documents into sentence windows)`);
}
// ---- In-house (generic-rag) ---------------------------------------------------------------------------------
const ANCHOR_KEYS = [
    'retriever',
    'retrieval',
    'vector_store',
    'vectorstore',
    'vector_db',
    'vectordb',
    'embedding_model',
    'embed_model',
    'embedder',
    'top_k',
    'similarity_top_k',
    'chunk_size',
];
const STRATEGY_KEYS = [
    'chunking_strategy',
    'chunk_strategy',
    'chunking',
    'chunker',
    'splitter',
    'text_splitter',
    'splitter_type',
    'split_by',
    'chunk_method',
];
const EVAL_KEYS = [
    'evaluation',
    'eval',
    'evals',
    'evaluator',
    'evaluators',
    'ragas',
    'retrieval_eval',
    'rag_eval',
    'eval_set',
    'golden_set',
    'benchmark',
];
const EVAL_METRIC = /recall@\d+|recall_at_\d+|recall_at_k|\bmrr\b|\bndcg\b|faithfulness|groundedness|answer_relevanc|context_precision|context_recall|hit_rate|answer_correctness/i;
function read_rag_config_readGeneric(f, v) {
    const data = v.data;
    f.anchorKey = findFirstKey(data, ANCHOR_KEYS);
    const strategyKey = findFirstKey(data, STRATEGY_KEYS, (x) => typeof x === 'string' || isTree(x));
    if (strategyKey) {
        const value = v.get(strategyKey);
        const name = isTree(value) ? String(value.strategy ?? value.type ?? value.method ?? value.name ?? value.splitter ?? '') : String(value);
        const inner = isTree(value) ? ['strategy', 'type', 'method', 'name', 'splitter'].find((k) => k in value) : undefined;
        setChunking(f, classifyChunking(name), inner ? `${strategyKey}.${inner}` : strategyKey);
    }
    const sizeKey = findKey(data, ['chunk_size', 'chunk_tokens', 'chunk_length', 'max_chunk_size'], (x) => toNumber(x) !== undefined);
    // A chunk size with no splitter or strategy named describes fixed-size windows.
    if (sizeKey && !('rag.chunking' in f.facts) && !strategyKey)
        setChunking(f, 'fixed', sizeKey);
    setOverlap(f, findKey(data, ['chunk_overlap', 'overlap', 'split_overlap', 'chunk_overlap_tokens'], (x) => toNumber(x) !== undefined));
    setTopK(f, findFirstKey(data, ['top_k', 'similarity_top_k', 'k'], (x) => toNumber(x) !== undefined));
    const rerank = findFirstKey(data, ['reranker', 'rerank_model', 'rerank', 'reranking']);
    if (rerank) {
        const r = v.get(rerank);
        const on = isTree(r) ? toBoolean(r.enabled) !== false : (toBoolean(r) ?? (typeof r === 'string' && r.trim() !== ''));
        setReranker(f, on, rerank);
    }
    const evalKey = findFirstKey(data, EVAL_KEYS, (x) => x !== null && x !== false && !(isTree(x) && toBoolean(x.enabled) === false));
    if (evalKey)
        f.set('rag.evaluation', true, evalKey);
    else {
        const metric = findMetric(data, '');
        if (metric)
            f.set('rag.evaluation', true, metric);
    }
}
/** The first key whose name or string value names a retrieval or answer-quality metric. */
function findMetric(node, prefix, depth = 0) {
    if (depth > 4)
        return undefined;
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length && i < 50; i++) {
            const item = node[i];
            if (typeof item === 'string' && EVAL_METRIC.test(item))
                return prefix;
            const found = findMetric(item, `${prefix}.${i}`, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    }
    if (!isTree(node))
        return undefined;
    for (const [k, v] of Object.entries(node)) {
        const path = prefix ? `${prefix}.${k}` : k;
        if (EVAL_METRIC.test(k) || (typeof v === 'string' && EVAL_METRIC.test(v)))
            return path;
        const found = findMetric(v, path, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/config/extract-config.ts











/** Templating syntax (Helm, Jinja): such a file is not YAML until rendered, and not ours to judge. */
const TEMPLATE = /\{\{-?\s*[.$A-Za-z]|\{%-?\s/;
function extractConfig(path, text, explicit) {
    const syntax = syntaxOf(path);
    const parsed = parseStructured(text, syntax);
    if (parsed.error) {
        if (!explicit && (!LLM_PATH.test(path) || TEMPLATE.test(text)))
            return undefined;
        const problem = {
            ruleId: 'parse-error',
            line: parsed.error.line,
            column: parsed.error.column,
            message: `This file is not valid ${syntax.toUpperCase()} (line ${parsed.error.line}, column ${parsed.error.column}): ${parsed.error.message}`,
        };
        return blank(path, 'unknown', 'unknown', [problem]);
    }
    const format = detectConfigFormat(parsed.data, path);
    if (!format || !isTree(parsed.data))
        return undefined;
    const view = new ConfigView(path, parsed.data, parsed.keyLines);
    const doc = blank(path, format.kind, format.format, []);
    doc.config = view.data;
    if (format.kind === 'manifest')
        return readManifest(doc, view);
    const f = new ConfigFacts(view);
    if (format.kind === 'finetune-config')
        readFinetuneConfig(format.format, f);
    else
        readRagConfig(format.format, f);
    Object.assign(doc.facts, f.facts);
    if (f.anchorKey !== undefined)
        doc.anchors = new_document_facts_anchors(view.line(f.anchorKey), undefined);
    if (f.datasets.length)
        doc.links = { datasets: f.datasets };
    return doc;
}
/** The llm-arch-manifest: the keys of the `llm:` front-matter block at top level, plus `name` (SPEC §6.4). */
function readManifest(doc, view) {
    const problems = [];
    const rest = {};
    for (const [key, value] of Object.entries(view.data)) {
        if (key === 'name' || key === '$schema')
            continue;
        if (key === 'kind') {
            if (value !== MANIFEST_KIND)
                problems.push({
                    ruleId: 'invalid-front-matter',
                    line: view.line('kind'),
                    message: `\`kind\` must be ${MANIFEST_KIND}, got ${JSON.stringify(value)}.`,
                });
            continue;
        }
        rest[key] = value;
    }
    const declared = readDeclaredFacts(rest, doc.path, (k) => (k ? view.line(k) : 1), 'config', '', {
        extraKeys: ['name', 'kind', '$schema'],
    });
    Object.assign(doc.facts, declared.facts);
    doc.problems.push(...problems, ...declared.problems);
    const rec = computeRecommendation(doc.facts);
    doc.facts.recommendation = { value: rec.value };
    doc.signals = rec.signals;
    const anchor = view.has('approach') ? view.line('approach') : undefined;
    doc.anchors = new_document_facts_anchors(anchor, view.has('name') ? view.line('name') : undefined);
    return doc;
}
function blank(path, kind, format, problems) {
    return newDocumentFacts({ path, kind, format, facts: newDocFactRecord(path, kind, format), problems });
}

// EXTERNAL MODULE: ./src/extract/data/create-training-data-scanner.ts + 3 modules
var create_training_data_scanner = __webpack_require__(8899);
;// CONCATENATED MODULE: ./src/extract/data/extract-training-data.ts
/**
 * A training-data file (JSONL) → a `training-data` document: examples counted, `training.volatileFactRatio` and
 * `training.sensitiveData` measured by the scanner, each with the first offending line as evidence.
 *
 * Parse errors (SPEC §6.3): in a file that is clearly training data (its recognised lines are at least as many as
 * the others), malformed lines become one `parse-error` at the first of them and the rest is still measured. A
 * file with no recognisable line is not ours — unless none of its lines is even JSON and it was named explicitly
 * or sits where LLM material lives, which is a `parse-error` on a document of format `unknown`.
 */




function extractTrainingData(path, text, explicit) {
    const scanner = (0,create_training_data_scanner/* createTrainingDataScanner */.f)();
    let lineNo = 1;
    let start = 0;
    while (start <= text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        scanner.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), lineNo);
        if (nl === -1)
            break;
        start = nl + 1;
        lineNo++;
    }
    return toTrainingDataDocument(path, scanner.result(), explicit);
}
/** The document for a finished scan (also what a streaming edge would call after pushing every line). */
function toTrainingDataDocument(path, scan, explicit) {
    const recognised = scan.examples + scan.documents;
    const clearly = recognised > 0 && recognised >= scan.malformed + scan.unrecognised;
    if (!clearly) {
        if (recognised === 0 && scan.unrecognised === 0 && scan.firstMalformed && (explicit || LLM_PATH.test(path))) {
            const m = scan.firstMalformed;
            return extract_training_data_document(path, 'unknown', 'unknown', {}, [
                {
                    ruleId: 'parse-error',
                    line: m.line,
                    column: m.column,
                    message: `Line ${m.line} is not valid JSON (column ${m.column}): ${m.message}`,
                },
            ]);
        }
        return undefined;
    }
    const format = scan.format ?? 'unknown';
    const facts = newFactRecord();
    const ev = (line, text) => ({ path, line, text, source: 'data' });
    if (scan.examples > 0)
        facts['training.examples'] = { value: scan.examples, evidence: ev(1, `${count(scan.examples, 'example')} counted in ${path}`) };
    if (scan.documents > 0)
        facts['knowledge.corpusDocuments'] = {
            value: scan.documents,
            evidence: ev(1, `${count(scan.documents, 'corpus document')} counted in ${path}`),
        };
    if (scan.withTarget > 0) {
        const ratio = scan.volatile / scan.withTarget;
        facts['training.volatileFactRatio'] = scan.firstVolatile
            ? { value: ratio, evidence: ev(scan.firstVolatile.line, scan.firstVolatile.text) }
            : { value: ratio };
    }
    facts['training.sensitiveData'] = scan.firstSensitive
        ? { value: true, evidence: ev(scan.firstSensitive.line, scan.firstSensitive.text) }
        : { value: false };
    const problems = [];
    if (scan.firstMalformed) {
        const m = scan.firstMalformed;
        const others = scan.malformed > 1 ? ` (${scan.malformed} malformed lines in all, none of them counted)` : ' (not counted)';
        problems.push({
            ruleId: 'parse-error',
            line: m.line,
            column: m.column,
            message: `Line ${m.line} is not valid JSON (column ${m.column}): ${m.message}${others}.`,
        });
    }
    return extract_training_data_document(path, 'training-data', format, facts, problems);
}
function extract_training_data_document(path, kind, format, facts, problems) {
    const record = newDocFactRecord(path, kind, format);
    for (const name in facts)
        if (Object.hasOwn(facts, name))
            record[name] = facts[name];
    return newDocumentFacts({ path, kind, format, facts: record, problems });
}
function count(n, noun) {
    return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/pipeline/extract-documents.ts







/**
 * Every file's document (files that are none of ours give none). With a scope (a pull request's changed files,
 * the paths named on the command line), documents outside it are read only for what linking needs (SPEC §6.3): in
 * a monorepo a pull request changes a few records, and the thousands of others matter only as decisions that may
 * cover an in-scope config. So ADRs are read for their decision only, configs only when they are manifests, and
 * training data in full (an in-scope config counts its examples).
 */
function extractDocuments(files, scope) {
    const all = [];
    for (const file of files) {
        const doc = extractDocument(file, scope !== undefined && !scope.has(file.path));
        if (doc)
            all.push(doc);
    }
    return all;
}
/**
 * One file → its document, whatever the file holds: bad input never throws and never hides the other documents.
 * Binary content (a NUL byte, which no Markdown, YAML, JSON, TOML or JSONL text contains) is a `parse-error` at
 * that byte, for an ADR always and for configs and data where SPEC §6.3 reports unparsable files; an extractor
 * that throws turns into a `parse-error` on that document alone. A document has at most one `parse-error`, and
 * its message gives the line and column.
 */
function extractDocument(file, linkOnly = false) {
    const nul = file.text.indexOf('\u0000');
    if (nul !== -1) {
        if (file.role !== 'adr' && !file.explicit && !LLM_PATH.test(file.path))
            return undefined;
        const { line, column } = positionOf(file.text, nul);
        return unreadable(file.path, line, column, `${file.path} is a binary file, not ${ROLE_TEXT[file.role]} (a NUL byte at line ${line}, column ${column}).`);
    }
    let doc;
    try {
        doc = extractByRole(file, linkOnly);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return unreadable(file.path, 1, 1, `${file.path} could not be read (line 1, column 1): ${reason.split('\n')[0]} — an internal error of llm-arch-lint; please report it.`);
    }
    if (doc)
        doc.problems = oneParseError(doc.problems);
    return doc;
}
const ROLE_TEXT = { adr: 'Markdown text', config: 'a YAML, JSON or TOML text', data: 'JSONL text' };
/** The first `parse-error` only (later ones follow from it), its message carrying line and column. */
function oneParseError(problems) {
    let seen = false;
    const out = [];
    for (const p of problems) {
        if (p.ruleId !== 'parse-error') {
            out.push(p);
            continue;
        }
        if (seen)
            continue;
        seen = true;
        const line = Math.max(1, p.line);
        const column = Math.max(1, p.column ?? 1);
        const positioned = /\bcolumn\b/i.test(p.message) ? p.message : `${p.message.replace(/[.\s]+$/, '')} (line ${line}, column ${column}).`;
        out.push({ ...p, line, column, message: positioned });
    }
    return out;
}
function positionOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return { line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}
/** A document nothing can be read from: `format: unknown` (SPEC §6.3) and one `parse-error`. */
function unreadable(path, line, column, message) {
    const facts = newDocFactRecord(path, 'unknown', 'unknown');
    return newDocumentFacts({
        path,
        kind: 'unknown',
        format: 'unknown',
        facts,
        problems: [{ ruleId: 'parse-error', line, column, message }],
    });
}
function extractByRole(file, linkOnly) {
    switch (file.role) {
        case 'adr':
            return extractAdr(file.path, file.text, { linkOnly });
        case 'config':
            // Out of scope, a config matters to linking only as a manifest (it may decide fine-tuning for an in-scope
            // config); any other one would be read for nothing.
            if (linkOnly && !mayBeManifest(file.path, file.text))
                return undefined;
            return extractConfig(file.path, file.text, file.explicit === true);
        case 'data':
            return file.scan
                ? toTrainingDataDocument(file.path, file.scan, file.explicit === true)
                : extractTrainingData(file.path, file.text, file.explicit === true);
    }
}


/***/ })

};
