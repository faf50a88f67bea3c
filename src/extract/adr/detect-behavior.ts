/** Behaviour-side needs (SPEC §6.3 "Behaviour"): what a fine-tune would be for. */
import type { Statement } from './read-adr-structure.js';
import { anyMayMatch, gated, search, test } from './keyword-gate.js';

export const BEHAVIOR_PATTERNS: readonly [string, RegExp][] = [
  [
    'behavior.strictFormat',
    gated(
      /\b(?:JSON|XML|schema|(?:structured|fixed|house|report|answer|output|target) (?:templates?|layout|structure)|(?:report|answer|output) structure|strict(?:ly)? (?:output )?format\w*|structured output|fixed format|output format|exact format|valid (?:JSON|YAML|XML|CSV))\b/i,
    ),
  ],
  ['behavior.tone', gated(/\b(?:tone|house style|brand voice|voice|register|persona|writing style)\b/i)],
  [
    'behavior.narrowTask',
    gated(
      /\b(?:classif\w*|categori[sz]\w*|extract(?:ion|s)? (?:of |the )?(?:fields|entities|data)|entity extraction|intent detection|routing|triage|label(?:l)?ing (?:tickets|emails|messages))\b/i,
    ),
  ],
  [
    'behavior.highVolume',
    gated(
      /\b(?:high[- ]volume|millions of (?:requests|calls|messages|tickets)|\d[\d,.]*\s*(?:k|m|million|thousand)? (?:requests|calls|messages|tickets|conversations|chats|queries|questions|suggestions|sessions|turns|documents|invoices|emails) (?:a|per|each) (?:day|hour|minute|second)|(?:requests|calls|conversations|chats) daily|(?:at|with) our volume|requests per second|QPS|RPS)\b/i,
    ),
  ],
  [
    'behavior.latencySensitive',
    gated(/\b(?:latency|p9[59]|milliseconds|token cost|cost per (?:request|call|token)|inference cost|time to first token)\b/i),
  ],
  [
    'behavior.reasoning',
    gated(
      /\b(?:reasoning (?:pattern|style|steps)|how (?:our|the) [ \w]{0,32}?(?:reason|structure|assess)|step-by-step (?:method|procedure)|domain reasoning)\b/i,
    ),
  ],
  [
    'behavior.vocabulary',
    gated(
      /\b(?:jargon|internal (?:codes|shorthand|terminology|vocabulary)|product codes|house vocabulary|domain vocabulary|terminology)\b/i,
    ),
  ],
];

/** "Token cost is irrelevant at a few dozen calls a week." */
const DISMISSED =
  /^[^.;]{0,40}?\b(?:irrelevant|not (?:an issue|a concern|important|critical)|unimportant|(?:doesn't|does not|don't|do not) matter)/i;
const NEGATED = /\b(?:not|no|never|neither|nor|without|doesn't|does not|don't|do not|isn't|irrelevant|unimportant)\b/i;

export function detectBehavior(statements: Statement[]): Map<string, Statement> {
  const found = new Map<string, Statement>();
  if (!BEHAVIOR_PATTERNS.some(([, re]) => anyMayMatch(statements, re))) return found;
  for (const s of statements) {
    if (s.section === 'options' || s.section === 'pros-cons' || s.section === 'links') continue;
    for (const [fact, re] of BEHAVIOR_PATTERNS) {
      if (found.has(fact)) continue;
      const at = search(s, re);
      if (at === -1 || NEGATED.test(s.text.slice(Math.max(0, at - 30), at)) || DISMISSED.test(s.text.slice(at))) continue;
      found.set(fact, s);
    }
  }
  return found;
}

const PROMPT_WORD = gated(/\b(?:prompts?|instructions?|instruction block|preamble|system message)\b/i);
const SIZE = /(\d{1,3}(?:,\d\d\d)+|\d+(?:\.\d+)?)\s*(k)?[- ]?(?:(?:instruction|fixed|static|prompt)\s+)?(tokens?|words?)\b/gi;

/** Size of the static instruction prompt, in tokens (words ÷ 0.75); retrieved passages never count. */
export function detectPromptTokens(statements: Statement[]): { value: number; statement: Statement } | undefined {
  if (!anyMayMatch(statements, PROMPT_WORD)) return undefined;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    // "The system prompt holds … . It is about 1,700 words today.": the size may follow in the next sentence.
    const prev = statements[i - 1];
    const aboutPrompt =
      test(PROMPT_WORD, s) ||
      (prev !== undefined && prev.blockIndex === s.blockIndex && test(PROMPT_WORD, prev) && /^\s*(?:it|this|that)\b/i.test(s.text));
    if (!aboutPrompt) continue;
    SIZE.lastIndex = 0;
    for (let m = SIZE.exec(s.text); m; m = SIZE.exec(s.text)) {
      const around = s.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30);
      if (/\bretriev\w*|passages|chunks|records|context window|input tokens|output|per (?:answer|reply|response)|up to\b/i.test(around))
        continue;
      const raw = Number((m[1] ?? '0').replace(/,/g, '')) * (m[2] ? 1000 : 1);
      const value = Math.round((m[3] ?? '').toLowerCase().startsWith('word') ? raw / 0.75 : raw);
      if (value > 0) return { value, statement: s };
    }
  }
  return undefined;
}
