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
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { GATE_TABLE } from './gate-table.js';

/** Marks, inside a literal, a position where a word starts if the next character is a word character. */
const START = '\u0001';
/** Beyond this many alternative spellings a literal is not expanded any further. */
const MAX_SPELLINGS = 256;

interface Reading {
  /** Every string the node can match, lower-cased, when there are few; `START` marks word starts. */
  exact: string[] | null;
  /** Word prefixes, one of which starts a word of every match; null when none is certain. */
  gate: string[] | null;
  /** After the node, a word character would start a word (the node ended on a non-word character or `\b`). */
  end: boolean;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; /* a-z A-Z 0-9 _ (\w without u) */

/**
 * The word prefixes one of which every match of `re` contains at the start of a word, or null.
 * Exported for tests.
 */
export function wordPrefixes(re: RegExp): string[] | null {
  // With u or v, case folding and \w reach beyond ASCII, so the ASCII tokeniser below would not be sound.
  if (re.unicode || re.flags.includes('v')) return null;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, undefined, undefined, { unicode: false });
  } catch {
    return null;
  }
  return alternation(pattern.alternatives, false).gate;
}

function alternation(alternatives: AST.Alternative[], atWordStart: boolean): Reading {
  const readings = alternatives.map((a) => sequence(a.elements, atWordStart));
  let exact: string[] | null = [];
  let gate: string[] | null = [];
  for (const r of readings) {
    exact = exact && r.exact && exact.length + r.exact.length <= MAX_SPELLINGS ? exact.concat(r.exact) : null;
    gate = gate && r.gate ? gate.concat(r.gate) : null;
  }
  return { exact, gate: gate && dedupe(gate), end: readings.every((r) => r.end) };
}

function sequence(elements: AST.Element[], atWordStart: boolean): Reading {
  let ctx = atWordStart;
  let run: string[] | null = [ctx ? START : ''];
  let whole = true;
  let best: string[] | null = null;
  const consider = (gate: string[] | null) => {
    if (gate && (!best || better(gate, best))) best = gate;
  };
  for (const e of elements) {
    const r = element(e, ctx);
    if (r.exact && run && run.length * r.exact.length <= MAX_SPELLINGS) run = cross(run, r.exact);
    else {
      whole = false;
      if (run) consider(prefixesOf(run));
      consider(r.gate);
      run = r.exact && r.exact.length <= MAX_SPELLINGS ? cross([ctx ? START : ''], r.exact) : null;
    }
    ctx = r.end;
  }
  if (run) consider(prefixesOf(run));
  return { exact: whole ? run : null, gate: best, end: ctx };
}

function element(e: AST.Element, ctx: boolean): Reading {
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
      if (e.kind === 'digit' && !e.negate) return { exact: DIGITS, gate: null, end: false };
      return { exact: null, gate: null, end: e.kind === 'space' ? !e.negate : e.kind === 'word' && e.negate };
    case 'Assertion':
      if (e.kind === 'word') return e.negate ? { exact: [''], gate: null, end: false } : { exact: [START], gate: null, end: true };
      if (e.kind === 'start') return { exact: [START], gate: null, end: true };
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

function quantifier(q: AST.Quantifier, ctx: boolean): Reading {
  const inner = element(q.element, ctx);
  const end = inner.end && (q.min > 0 || ctx);
  if (q.min === 0) return { exact: q.max === 1 && inner.exact ? ['', ...inner.exact] : null, gate: null, end };
  const gate = inner.gate ?? (inner.exact ? prefixesOf(inner.exact.map((s) => (ctx ? START : '') + s)) : null);
  if (q.max === 1) return { exact: inner.exact, gate, end };
  return { exact: null, gate, end };
}

function characterClass(c: AST.CharacterClass): Reading {
  if (c.unicodeSets) return { exact: null, gate: null, end: false };
  // [^\w…] consumes a character outside \w: a non-word character, after which a word starts.
  if (c.negate)
    return { exact: null, gate: null, end: c.elements.some((m) => m.type === 'CharacterSet' && m.kind === 'word' && !m.negate) };
  const chars = new Set<string>();
  let allNonWord = true;
  let finite = true;
  for (const m of c.elements) {
    if (m.type === 'Character') {
      chars.add(String.fromCharCode(m.value).toLowerCase());
      if (isWordCode(m.value)) allNonWord = false;
    } else if (m.type === 'CharacterClassRange' && m.max.value - m.min.value < 8) {
      for (let v = m.min.value; v <= m.max.value; v++) {
        chars.add(String.fromCharCode(v).toLowerCase());
        if (isWordCode(v)) allNonWord = false;
      }
    } else {
      finite = false;
      if (!(m.type === 'CharacterSet' && ((m.kind === 'space' && !m.negate) || (m.kind === 'word' && m.negate)))) allNonWord = false;
    }
  }
  return { exact: finite && chars.size <= 8 ? [...chars] : null, gate: null, end: allNonWord };
}

function cross(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/**
 * For each spelling, the longest run of word characters that is certain to start a word: it follows
 * `START` or a non-word character inside the spelling. Null when a spelling has none.
 */
function prefixesOf(spellings: string[]): string[] | null {
  const out: string[] = [];
  for (const s of spellings) {
    let bestRun = '';
    for (let i = 1; i < s.length; i++) {
      if (!isWordCode(s.charCodeAt(i)) || isWordCode(s.charCodeAt(i - 1))) continue;
      let j = i;
      while (j < s.length && isWordCode(s.charCodeAt(j))) j++;
      if (j - i > bestRun.length) bestRun = s.slice(i, j);
    }
    if (!bestRun) return null;
    out.push(bestRun);
  }
  return dedupe(out);
}

function dedupe(prefixes: string[]): string[] {
  return [...new Set(prefixes)];
}

/** A gate whose shortest prefix is longer filters more sentences; then fewer prefixes. */
function better(a: string[], b: string[]): boolean {
  const minA = Math.min(...a.map((p) => p.length));
  const minB = Math.min(...b.map((p) => p.length));
  return minA !== minB ? minA > minB : a.length < b.length;
}

/* ---- The index: every gated pattern's word prefixes, matched along each word of a sentence ---- */

/** Each registered pattern's bit, or -1 for a pattern no text can be ruled out for (it is always run). */
const ids = new WeakMap<RegExp, number>();
let gatedCount = 0;
/** Word bits of bare strings (sentence objects keep theirs in their `gate` field), for the strings seen last. */
const cache = new Map<string, Bits>();
const CACHE_LIMIT = 8192;

/** Past this many patterns (a `gated` call inside a function would register a new one per call), new ones go unfiltered. */
const MAX_PATTERNS = 1024;

/** The patterns of src/extract were analysed at build time (gate-table.ts); others are analysed here. */
function prefixesFor(re: RegExp): readonly string[] | null {
  if (!re.unicode && !re.flags.includes('v') && Object.hasOwn(GATE_TABLE, re.source)) return GATE_TABLE[re.source] ?? null;
  return wordPrefixes(re);
}

/**
 * Registers a pattern with the pre-filter and returns it, for the patterns the detectors declare once at module
 * level (`const CHANGE = gated(/…/i)`). The questions below only look a pattern up: registering on first use, as
 * this module once did, put the registration code on every question's path, and V8 inlined a copy of it into each
 * of the ~40 detector functions that ask (`--trace-turbo-inlining`): optimising-compiler work, in every run, for
 * code that runs once per pattern.
 */
export function gated<T extends RegExp>(re: T): T {
  if (ids.has(re)) return re;
  const prefixes = gatedCount < MAX_PATTERNS ? prefixesFor(re) : null;
  if (!prefixes || prefixes.length === 0) {
    ids.set(re, -1);
    return re;
  }
  const id = gatedCount++;
  ids.set(re, id);
  for (const prefix of prefixes) insertPrefix(prefix, id);
  // Sentences read before this pattern was known lack its bit.
  cache.clear();
  return re;
}

/** Sources of the patterns a question was asked about without `gated` (always run); a test holds this empty. */
const unregistered = new Set<string>();

/** Kept out of the questions' way: it runs only for a pattern nobody registered, which the tests rule out. */
function unregisteredPattern(re: RegExp): true {
  if (unregistered.size < 256) unregistered.add(re.source);
  return true;
}

/** For tests: the patterns asked about that were never registered with `gated`. */
export function unregisteredPatterns(): string[] {
  return [...unregistered];
}

/**
 * A set of pattern bits: plain arrays of small integers, 30 bits each so every word stays a V8 small
 * integer (a typed array per sentence costs several times the memory and allocation time).
 */
type Bits = number[];
const WORD = 30;
/** A packed all-zero array of the current length, copied: `new Array(n).fill(0)` built a holey one, slower to make and read. */
let zeros: Bits = [];
const noBits = (): Bits => {
  const n = Math.ceil(gatedCount / WORD);
  if (zeros.length !== n) zeros = Array.from({ length: n }, () => 0);
  return zeros.slice();
};
const has = (bits: Bits, id: number): boolean => (bits[(id / WORD) | 0]! & (1 << (id % WORD))) !== 0;

/** A sentence (anything with a `text`) or a bare string. */
export type Text = string | { readonly text: string };

export const textOf = (text: Text): string => (typeof text === 'string' ? text : text.text);

/** False only when `re` cannot match the text; true when it may (always for a pattern that was not registered). */
export function mayMatch(text: Text, re: RegExp): boolean {
  const id = ids.get(re);
  if (id === undefined) return unregisteredPattern(re);
  return id < 0 || has(bitsOf(text), id);
}

/**
 * Sentences keep their bits on the sentence object, in its `gate` field: a string-keyed map costs a hash
 * and, for equal sentences of different records, a full comparison on every lookup; a WeakMap of every
 * sentence slows the garbage collector; a symbol-keyed property added later gives the sentences many
 * shapes, and every read a slow lookup. Sentences are created with `gate: undefined` for one shape.
 */
export interface GateCache {
  text: string;
  count: number;
  bits: Bits;
}
interface Carrier {
  readonly text: string;
  gate?: GateCache | undefined;
}

/** The hot part of a question: the bits a sentence already carries. Computing them is apart, and runs once per sentence. */
function bitsOf(text: Text): Bits {
  if (typeof text === 'string') return stringBits(text);
  const entry = (text as Carrier).gate;
  // A copy of a sentence with another text ({ ...s, text }) carries the original's bits: checked here.
  if (entry !== undefined && entry.text === text.text && entry.count === gatedCount) return entry.bits;
  return carrierBits(text as Carrier);
}

function carrierBits(carrier: Carrier): Bits {
  const entry = { text: carrier.text, count: gatedCount, bits: wordBits(carrier.text) };
  carrier.gate = entry;
  return entry.bits;
}

function stringBits(text: string): Bits {
  let bits = cache.get(text);
  if (!bits) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    bits = wordBits(text);
    cache.set(text, bits);
  }
  return bits;
}

/** The union of the sentences' bits, per list of sentences, with the pattern count it was computed for. */
const unions = new WeakMap<readonly { text: string }[], { count: number; length: number; bits: Bits }>();

/**
 * False only when `re` can match none of the texts. A detector asks this once per record before
 * looping over its sentences: most records never mention most of the vocabulary.
 */
export function anyMayMatch(items: readonly { text: string }[], re: RegExp): boolean {
  const id = ids.get(re);
  if (id === undefined) return unregisteredPattern(re);
  return id < 0 || has(unionOf(items), id);
}

function unionOf(items: readonly { text: string }[]): Bits {
  const union = unions.get(items);
  if (union !== undefined && union.count === gatedCount && union.length === items.length) return union.bits;
  return computeUnion(items);
}

function computeUnion(items: readonly { text: string }[]): Bits {
  const bits = noBits();
  for (const item of items) {
    const b = bitsOf(item);
    for (let k = 0; k < bits.length; k++) bits[k]! |= b[k]!;
  }
  unions.set(items, { count: gatedCount, length: items.length, bits });
  return bits;
}

/** `re.test(text)`, skipped when the text lacks the pattern's words. For sentence texts (they are cached). */
export function test(re: RegExp, text: Text): boolean {
  return mayMatch(text, re) && re.test(textOf(text));
}

/** `text.search(re)`, skipped when the text lacks the pattern's words. */
export function search(text: Text, re: RegExp): number {
  return mayMatch(text, re) ? textOf(text).search(re) : -1;
}

/*
 * The prefixes as a trie kept as a transition table for the scan: state × character class → state, with
 * state 0 "no prefix continues here" and state 1 the root. A registered pattern inserts its prefixes (the table
 * grows by doubling); the per-state masks of accepted patterns are rebuilt when a pattern was registered since.
 */
const CLASSES = 37; // 0-9, a-z (A-Z fold onto them), _
const CLASS_OF = new Int8Array(256).fill(-1);
for (let c = 48; c <= 57; c++) CLASS_OF[c] = c - 48;
for (let c = 97; c <= 122; c++) CLASS_OF[c] = CLASS_OF[c - 32] = c - 87;
CLASS_OF[95] = 36;
let transitions = new Int32Array(64 * CLASSES);
/** States in use: 0 (dead) and 1 (root) from the start. */
let states = 2;
/** The patterns each state accepts (a prefix of theirs ends there). */
const acceptedBy: number[][] = [[], []];
let acceptMasks = new Int32Array(0);
let accepting = new Uint8Array(0);
let words = 0;
let masksFor = -1;

function insertPrefix(prefix: string, id: number): void {
  let state = 1;
  for (let k = 0; k < prefix.length; k++) {
    const slot = state * CLASSES + CLASS_OF[prefix.charCodeAt(k)]!;
    if (transitions[slot] === 0) {
      if ((states + 1) * CLASSES > transitions.length) {
        const grown = new Int32Array(transitions.length * 2);
        grown.set(transitions);
        transitions = grown;
      }
      transitions[slot] = states++;
      acceptedBy.push([]);
    }
    state = transitions[slot]!;
  }
  acceptedBy[state]!.push(id);
}

/** Each state's accepted patterns as a bit mask per 30-bit word: the scan ORs them in without a loop over ids. */
function buildMasks(): void {
  words = Math.ceil(gatedCount / WORD);
  acceptMasks = new Int32Array(states * words);
  accepting = new Uint8Array(states);
  for (let state = 0; state < states; state++)
    for (const id of acceptedBy[state]!) {
      acceptMasks[state * words + ((id / WORD) | 0)]! |= 1 << (id % WORD);
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
function wordBits(text: string): Bits {
  if (masksFor !== gatedCount) buildMasks();
  const bits = noBits();
  if (utf8.length < text.length * 3) utf8 = new Uint8Array(text.length * 3);
  const bytes = utf8;
  const len = encoder.encodeInto(text, bytes).written;
  const table = transitions;
  const masks = acceptMasks;
  const accepts = accepting;
  const w = words;
  let state = 1;
  for (let i = 0; i < len; i++) {
    const cls = CLASS_OF[bytes[i]!]!;
    if (cls < 0) {
      state = 1; // a non-word byte: the next word starts at the root
      continue;
    }
    if (state === 0) continue; // no prefix continues along this word
    state = table[state * CLASSES + cls]!;
    if (accepts[state] === 1) for (let k = 0, at = state * w; k < w; k++) bits[k]! |= masks[at + k]!;
  }
  return bits;
}
