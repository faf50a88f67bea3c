/**
 * Decides, for each mention of an approach in a sentence, whether the sentence asserts it or only
 * talks about it: negated ("we will not fine-tune"), rejected ("fine-tuning (rejected)"),
 * hypothetical ("if retrieval proves insufficient we may later fine-tune"), past ("we tried"),
 * or rationale/comparison ("RAG, because fine-tuning goes stale").
 */
import { mayMatch, textOf, type Text } from './keyword-gate.js';
import { HYPOTHETICAL_BEFORE, NEGATION_AFTER, NEGATION_BEFORE, PAST_BEFORE, RETRIEVAL_COMPONENT } from './lexicon.js';

export type Polarity = 'asserted' | 'negated' | 'hypothetical' | 'past';

export interface Mention {
  index: number;
  match: string;
  polarity: Polarity;
  /** For fine-tuning mentions: the target is an embedding model or reranker. */
  retrievalComponent: boolean;
}

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
const memo = new WeakMap<RegExp, Map<string, Mention[]>>();
const MEMO_LIMIT = 4096;

export function findMentions(source: Text, pattern: RegExp): Mention[] {
  // A sentence object keeps its keyword bits; passing it (not its text) spares reading its words again.
  if (!mayMatch(source, pattern)) return [];
  const text = textOf(source);
  let byText = memo.get(pattern);
  if (!byText) memo.set(pattern, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known;
  if (byText.size >= MEMO_LIMIT) byText.clear();
  const found = scanMentions(text, pattern);
  byText.set(text, found);
  return found;
}

function scanMentions(text: string, pattern: RegExp): Mention[] {
  const out: Mention[] = [];
  let breaks: number[] | undefined;
  let b = 0;
  let clauseStart = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // Clause breaks are found once per sentence; mentions come in order, so one pointer walks them.
    breaks ??= clauseBreaks(text);
    while (b < breaks.length && breaks[b]! <= m.index) clauseStart = breaks[b++]!;
    out.push(classify(text, m.index, m[0], clauseStart));
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** End offsets of every clause break in the text. */
function clauseBreaks(text: string): number[] {
  const ends: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) ends.push(m.index + m[0].length);
  return ends;
}

function classify(text: string, index: number, match: string, clauseStart: number): Mention {
  const before = text.slice(Math.max(clauseStart, index - WINDOW), index);
  const after = text.slice(index + match.length, index + match.length + WINDOW);
  const near = text.slice(Math.max(0, index - 40), Math.min(text.length, index + match.length + 40));
  const retrievalComponent = RETRIEVAL_COMPONENT.test(near);
  let polarity: Polarity = 'asserted';
  // Each test looks only at the mention's own clause: "Since facts change weekly, we will use RAG"
  // asserts RAG although the sentence opens with a reason.
  // "No document store, search index or fine-tuning is in scope": a leading "No" governs the whole list.
  const listNegated =
    /^\s*(?:no|neither|nor|none of|without)\b/i.test(text) && index < WINDOW && !/\b(?:but|however)\b|[;—]/i.test(text.slice(0, index));
  if (listNegated || NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) polarity = 'negated';
  // A question asks; it does not decide ("Q: Are we fine-tuning anything?").
  else if (/\?\s*$/.test(text)) polarity = 'hypothetical';
  else if (HYPOTHETICAL_BEFORE.test(before)) polarity = 'hypothetical';
  else if (PAST_BEFORE.test(before)) polarity = 'past';
  return { index, match, polarity, retrievalComponent };
}

export function asserted(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.polarity === 'asserted');
}
