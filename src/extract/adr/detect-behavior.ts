/** Behaviour-side needs (SPEC §6.3 "Behaviour"): what a fine-tune would be for. */
import type { Statement } from './read-adr-structure.js';

export const BEHAVIOR_PATTERNS: readonly [string, RegExp][] = [
  [
    'behavior.strictFormat',
    /\b(?:JSON|XML|schema|(?:structured|fixed|house|report|answer|output|target) (?:templates?|layout|structure)|(?:report|answer|output) structure|strict(?:ly)? (?:output )?format\w*|structured output|fixed format|output format|exact format|valid (?:JSON|YAML|XML|CSV))\b/i,
  ],
  ['behavior.tone', /\b(?:tone|house style|brand voice|voice|register|persona|writing style)\b/i],
  [
    'behavior.narrowTask',
    /\b(?:classif\w*|categori[sz]\w*|extract(?:ion|s)? (?:of |the )?(?:fields|entities|data)|entity extraction|intent detection|routing|triage|label(?:l)?ing (?:tickets|emails|messages))\b/i,
  ],
  [
    'behavior.highVolume',
    /\b(?:high[- ]volume|millions of (?:requests|calls|messages|tickets)|\d[\d,.]*\s*(?:k|m|million|thousand)? (?:requests|calls|messages|tickets) (?:a|per) (?:day|hour|minute|second)|requests per second|QPS|RPS)\b/i,
  ],
  [
    'behavior.latencySensitive',
    /\b(?:latency|p9[59]|milliseconds|token cost|cost per (?:request|call|token)|inference cost|time to first token)\b/i,
  ],
  [
    'behavior.reasoning',
    /\b(?:reasoning (?:pattern|style|steps)|how (?:our|the) (?:\w+ ){0,2}(?:reason|structure|assess)|step-by-step (?:method|procedure)|domain reasoning)\b/i,
  ],
  [
    'behavior.vocabulary',
    /\b(?:jargon|internal (?:codes|shorthand|terminology|vocabulary)|product codes|house vocabulary|domain vocabulary|terminology)\b/i,
  ],
];

const NEGATED = /\b(?:not|no|never|without|doesn't|does not|don't|do not|isn't|irrelevant|unimportant)\b/i;

export function detectBehavior(statements: Statement[]): Map<string, Statement> {
  const found = new Map<string, Statement>();
  for (const s of statements) {
    if (s.section === 'options' || s.section === 'pros-cons' || s.section === 'links') continue;
    for (const [fact, re] of BEHAVIOR_PATTERNS) {
      if (found.has(fact)) continue;
      const at = s.text.search(re);
      if (at === -1 || NEGATED.test(s.text.slice(Math.max(0, at - 30), at))) continue;
      found.set(fact, s);
    }
  }
  return found;
}

const PROMPT_TOKENS =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k)?[- ]?(tokens?|words?)(?: long)?\s+(?:of\s+)?(?:static\s+|system\s+|instruction\s+)*(?:prompt|instructions)|(?:prompt|instructions)\s+(?:of|is|are|has grown to|runs? to|with)\s+(?:about |around |roughly |over |~)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k)?\s*(tokens?|words?)/i;

/** Size of the static instruction prompt, in tokens (words ÷ 0.75). */
export function detectPromptTokens(statements: Statement[]): { value: number; statement: Statement } | undefined {
  for (const s of statements) {
    const m = PROMPT_TOKENS.exec(s.text);
    if (!m) continue;
    if (/\bretriev\w*|passages|chunks\b/i.test(s.text)) continue; // retrieved context is not instruction
    const raw = Number((m[1] ?? m[4] ?? '0').replace(/,/g, '')) * (m[2] || m[5] ? 1000 : 1);
    const unit = (m[3] ?? m[6] ?? '').toLowerCase();
    const value = Math.round(unit.startsWith('word') ? raw / 0.75 : raw);
    if (value > 0) return { value, statement: s };
  }
  return undefined;
}
