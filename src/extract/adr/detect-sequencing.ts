/**
 * Sequencing facts (SPEC §6.3): was a retrieval or prompting baseline measured before fine-tuning,
 * and is the fine-tune meant to paper over poor retrieval?
 */
import type { Statement } from './read-adr-structure.js';
import { anyMayMatch, gated, test } from './keyword-gate.js';

const BASELINE_SUBJECT = gated(
  /\b(?:baseline|prompted|prompting|un-?tuned|base model|off[- ]the[- ]shelf|zero[- ]shot|few[- ]shot|system prompt|current (?:setup|system|pipeline|assistant|bot|model)|existing (?:RAG|retrieval|setup|pipeline|system|assistant)|retrieval[- ]only|RAG (?:baseline|pipeline|system|setup)|(?:that|this) setup|hosted model|prompt(?:ed)? model|prompt[- ]only|prompt[- ]based|current prompt|longer prompt|using retrieval|with retrieval|retrieval over|(?:current|existing|our) (?:[\w-]+ )?(?:assistant|advisor|bot|copilot|agent|tool)|(?:the|base|un-?tuned) model (?:answered|scored|got|reached|achieved|was right)|the [ \w-]{0,32}?(?:assistant|advisor|bot|copilot) (?:retrieves|uses|answers)|our (?:weekly |monthly |offline )?evaluation|(?:retrieval|RAG|prompt(?:ing)?|search|prompt-only)[- ](?:prototype|pilot|baseline|setup|approach|system|version|bot|assistant|pipeline|service|tool)|RAG today|today's (?:RAG|assistant|system|setup)|prototyped|we (?:measured|benchmarked|scored|tested) (?:it|this|that|the (?:prototype|assistant|current))|with (?:the )?(?:current|existing) (?:prompt|setup|pipeline))\b/i,
);
const MEASUREMENT_EXTRA = /\b\d(?:\.\d+)?\s?\/\s?\d+\b|\baverag\w* (?:of )?\d|\|\s*\d[\d.,]*\s*%?\s*\|?\s*$/;
const MEASUREMENT =
  /\d(?:[\d.,]*)\s?%|\b\d+(?:\.\d+)? (?:percent|per cent)\b|\b(?:accuracy|exact match|F1|recall@?\d*|precision|pass rate|error rate|score[ds]?)\b[^.]{0,40}?\d|\b\d+ (?:of|out of) \d/i;
const NOT_MEASURED =
  /\b(?:not|never|nobody|no one|haven't|hasn't|have not|has not)\b[^.]{0,20}\bmeasured\b|\banecdot\w*|\bno (?:prompted |RAG |retrieval |measured )?baseline\b|\bwithout (?:a |any )?baseline\b|\bskip\w* the baseline\b/i;

/** A baseline subject and a measurement within the same sentence or the next three (a list of results). */
export function detectBaseline(statements: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, BASELINE_SUBJECT)) return undefined;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.section === 'options' || s.section === 'pros-cons' || !test(BASELINE_SUBJECT, s) || NOT_MEASURED.test(s.text)) continue;
    for (let j = i; j < Math.min(statements.length, i + 6); j++) {
      const t = statements[j]!;
      if (t.section !== s.section || NOT_MEASURED.test(t.text)) break;
      if (MEASUREMENT.test(t.text) || MEASUREMENT_EXTRA.test(t.text)) return s;
    }
  }
  return undefined;
}

const POOR_RETRIEVAL = gated(
  /\b(?:retrieval|RAG|search results?|retrieved (?:passages|chunks|snippets|documents)|retriever)\b[^.]{0,60}?\b(?:poor|bad|weak|irrelevant|wrong|miss(?:es|ed|ing)?|fails?|failed|failing|low recall|not good enough|insufficient|disappoint\w*|unreliable|struggles?)\b|\b(?:poor|bad|weak|irrelevant|disappointing) (?:retrieval|search results?|recall)\b|\bhallucinat\w*|\b(?:making|make|makes) up (?:[ \w]{0,20}?)(?:facts|numbers|values|clauses?|clause numbers|methods|answers|terms|citations|references)|\bfabricat\w*|\b(?:replac\w*|retir\w*|drop\w*|abandon\w*|stop relying on)\b[^.;]{0,40}?\b(?:RAG|retrieval|retriever|search)\b/i,
);
const NEGATED = /\b(?:no|not|never|without|rarely)\b[^.]{0,15}\bhallucinat|\bretrieval (?:is|was|works) (?:fine|good|well)\b/i;

export function detectFixesRetrieval(statements: Statement[]): Statement | undefined {
  if (!anyMayMatch(statements, POOR_RETRIEVAL)) return undefined;
  return statements.find(
    (s) =>
      (s.section === 'context' ||
        s.section === 'decision' ||
        s.section === 'drivers' ||
        s.section === 'title' ||
        s.section === 'preamble' ||
        s.section === 'other') &&
      test(POOR_RETRIEVAL, s) &&
      !NEGATED.test(s.text),
  );
}
