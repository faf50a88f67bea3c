/** Fine-tuning facts from prose: what the weights should carry, labelled data, evaluation. */
import { countOf, FINETUNE, RETRIEVAL } from './lexicon.js';
import type { Statement } from './read-adr-structure.js';
import { asserted, findMentions } from './read-mentions.js';
import { anyMayMatch, gated, mayMatch, search, test } from './keyword-gate.js';

/** Sentences that say what a fine-tune is for ("The aim is for the model to know …"). */
const PURPOSE_WORDS = /\b(?:aim|goal|purpose|so that|in order to|intended|meant to|to make|should (?:know|learn|be able))\b/i;
const FINETUNE_ANY = gated(new RegExp(FINETUNE.source, 'i'));
const RETRIEVAL_ANY = gated(new RegExp(RETRIEVAL.source, 'i'));

const KNOWLEDGE_SOURCE =
  '(?:records|documents|docs|documentation|manuals?|specifications|specs|contracts|agreements|catalogues?|catalogs?|policies|policy library|handbooks?|articles|knowledge base|wiki|FAQs?|reference|guides|rate cards|price lists?|tariffs?|regulations|standards|reports|papers|archives?|corpus|schedules|rules|procedures|content|material|text)';
const KNOWLEDGE_CUE = new RegExp(
  [
    '\\b(?:knows?|knowing|knowledge|internali[sz]\\w*|memori[sz]\\w*|absorb\\w*|remember\\w*|facts?)\\b',
    `\\blearn\\w* [^.;]{0,48}?(?:facts|products?|policies|prices|content|catalog\\w*|rules|terms|units|information|details|data|situation|them|procedures|values|limits|figures|numbers|references|answers|${KNOWLEDGE_SOURCE})\\b`,
    // Training on a body of documents means learning what they say.
    `\\b(?:on|from) (?:the |our |all |each |every |exported |internal |that |their |its )?[ \\w'/-]{0,48}?${KNOWLEDGE_SOURCE}\\b`,
    '\\b(?:products? (?:catalog\\w*|information|data|details|specs?|range)|prices|pricing|rate cards?|tariffs?|inventory|what [ \\w]{0,32}?means?)\\b',
  ].join('|'),
  'i',
);
const BEHAVIOR_CUE =
  /\b(?:format\w*|output (?:exactly|only|one)|exactly one|one of (?:the|our)|codes?\b|labels?\b|enum\w*|JSON|XML|YAML|schema|structured output|tone|voice|style|brand|persona|register|polite\w*|classif\w*|categori[sz]\w*|extract\w*|routing|intent|latency|token cost|cost per|cheaper|faster|vocabulary|jargon|terminology|reasoning|step[- ]by[- ]step|consisten\w*|concise\w*|refus\w*|behaviou?r)\b/i;

export type Purpose = 'knowledge' | 'behavior' | 'mixed';

export function detectPurpose(statements: Statement[]): { value: Purpose; statement: Statement } | undefined {
  if (!anyMayMatch(statements, FINETUNE)) return undefined;
  let knowledge: Statement | undefined;
  let behavior: Statement | undefined;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.section === 'options' || s.section === 'pros-cons') continue;
    const ft = asserted(findMentions(s, FINETUNE)).filter((m) => !m.retrievalComponent);
    if (!ft.length) continue;
    // In a hybrid sentence the facts clause belongs to retrieval: read only the fine-tuning side.
    // The sentences right after a fine-tuning sentence often say what it is for ("The aim is for the model to know …").
    const first = s.text.slice(ft[0]!.index);
    const settled = KNOWLEDGE_CUE.test(first) || BEHAVIOR_CUE.test(first);
    // (A string built in a loop: an empty array of sentences has another element kind than a full one, and
    // meeting it after optimisation threw this function's optimised code away.)
    let own = first;
    if (!settled)
      for (let j = i + 1; j < i + 3 && j < statements.length; j++) {
        const n = statements[j]!;
        if (n.section === s.section && !test(FINETUNE_ANY, n) && !test(RETRIEVAL_ANY, n) && PURPOSE_WORDS.test(n.text)) own += ` ${n.text}`;
      }
    const retrievalAt = asserted(findMentions(own, RETRIEVAL))[0]?.index ?? own.length;
    const clauseEnd = own.search(/;|\b(?:while|whereas|but)\b/i);
    const scope = own.slice(0, Math.min(retrievalAt, clauseEnd === -1 ? own.length : clauseEnd));
    if (KNOWLEDGE_CUE.test(scope)) knowledge ??= s;
    if (BEHAVIOR_CUE.test(scope)) behavior ??= s;
  }
  if (knowledge && behavior) return { value: 'mixed', statement: knowledge };
  if (knowledge) return { value: 'knowledge', statement: knowledge };
  if (behavior) return { value: 'behavior', statement: behavior };
  return undefined;
}

/** "1,200 labelled pairs". */
const EXAMPLE_COUNT = countOf(
  'examples|pairs|samples|conversations|dialogues|transcripts|demonstrations|instances|annotations|rows',
  'k|K|thousand',
);
/** Exported (built at run time, it is no literal) so that the pre-filter's build-time table and its tests see it. */
export const EXAMPLES = EXAMPLE_COUNT.count;
const EVAL_WORDS = /\b(?:eval\w*|test|held[- ]out|hold-?out|validation|benchmark|questions?)\b/i;

/** "fine-tune … on the 420 receipts finance corrected": the number a fine-tune is trained on. */
const TRAINED_ON = gated(
  /\b(?:fine-?tun\w*|train\w*)\b[^.;]{0,60}?\bon (?:the |our |about |around |roughly |some |only )?(\d{1,3}(?:,\d\d\d)+|\d+)(k)?\s+(?!tokens?|GPUs?|nodes?|epochs?|steps?|hours?|days?|minutes?)[a-z]/i,
);

/** "Training set: the 220 clauses the paralegals have labelled". */
const TRAINING_SET = gated(
  /\btraining (?:set|data|examples)\s*[:=—–-]?\s*(?:the |about |around |roughly |~|≈ ?)?(\d{1,3}(?:,\d\d\d)+|\d+)(k)?\s+[a-z]/i,
);

export function detectExamples(statements: Statement[]): { value: number; statement: Statement } | undefined {
  if (!anyMayMatch(statements, TRAINED_ON) && !anyMayMatch(statements, TRAINING_SET) && !anyMayMatch(statements, EXAMPLES))
    return undefined;
  for (const s of statements) {
    const on = (mayMatch(s, TRAINED_ON) ? TRAINED_ON.exec(s.text) : null) ?? (mayMatch(s, TRAINING_SET) ? TRAINING_SET.exec(s.text) : null);
    if (on) {
      const value = Number((on[1] ?? '').replace(/,/g, '')) * (on[2] ? 1000 : 1);
      if (value > 0) return { value, statement: s };
    }
    if (!mayMatch(s, EXAMPLES) || !EXAMPLE_COUNT.unit.test(s.text)) continue;
    EXAMPLES.lastIndex = 0;
    for (let m = EXAMPLES.exec(s.text); m; m = EXAMPLES.exec(s.text)) {
      // "10 examples in the prompt" are few-shot examples, not training data.
      if (/^\s*(?:in|inside|within) (?:the|a|our|its) (?:system |instruction )?prompt/i.test(s.text.slice(m.index + m[0].length))) continue;
      // "a sample of 200 conversations" is an evaluation, not training data.
      if (/\b(?:sample|evaluat\w*|test|held[- ]out|check\w*)\b[^.;]{0,20}$/i.test(s.text.slice(0, m.index + 1))) continue;
      // The words between the number and the noun qualify it ("300 labelled"), they do not start a new clause.
      if (EVAL_WORDS.test(m[3] ?? '') || /\b(?:is|are|was|were|into|from|in|of|per|and|or)\b/i.test(m[3] ?? '')) continue;
      // "45,000 conversations a day" is traffic, not labelled data.
      if (/^\s*(?:a|per|each|every) (?:day|week|month|hour)|^\s*daily/i.test(s.text.slice(m.index + m[0].length))) continue;
      const base = Number((m[1] ?? '').replace(/,/g, ''));
      const value = Math.round(m[2] ? base * 1000 : base);
      if (Number.isFinite(value) && value > 0) return { value, statement: s };
    }
  }
  return undefined;
}

const EVAL_SET = gated(
  /\b(?:held[- ]out|hold-?out|validation (?:set|split|data|file|dataset)|eval(?:uation)? (?:set|suite|harness|split|dataset|pipeline|benchmark)|test (?:set|split)|golden (?:set|dataset)|benchmark (?:set|suite)|offline eval\w*)\b/i,
);
const NOT_YET = /\b(?:later|tbd|to be (?:added|defined|decided)|future|no|not|without|yet to|eventually|none)\b/i;
const RETRIEVER_ONLY_METRIC =
  /\b(?:recall@|recall at|precision@|hit@|hits@|MRR|nDCG|hit rate|context (?:precision|recall)|retrieval quality|retriever)/i;
const RETRIEVAL_METRIC = gated(
  /\b(?:recall@|recall at|precision@|hit@|hits@|answer correctness|answers? (?:are |is )?(?:checked|graded|scored|rated)|MRR|nDCG|hit rate|faithfulness|groundedness|context (?:precision|recall)|retrieval quality|retriever)\b/i,
);

export interface EvalReading {
  training?: Statement;
  rag?: Statement;
}

/** An evaluation defined for the fine-tune, and one for retrieval quality, told apart. */
export function detectEvaluation(statements: Statement[]): EvalReading {
  const out: EvalReading = {};
  if (!anyMayMatch(statements, RETRIEVAL_METRIC) && !anyMayMatch(statements, EVAL_SET)) return out;
  for (const s of statements) {
    const metricAt = search(s, RETRIEVAL_METRIC);
    const aboutRetrieval = metricAt !== -1;
    if (aboutRetrieval && !NOT_YET.test(s.text.slice(Math.max(0, metricAt - 60), metricAt + 40))) out.rag ??= s;
    if (!test(EVAL_SET, s) || NOT_YET.test(s.text.slice(0, s.text.search(EVAL_SET)))) continue;
    if (/\b(?:later|tbd|to be added)\b/i.test(s.text)) continue;
    const aboutModel =
      findMentions(s, FINETUNE).length > 0 ||
      /\b(?:fine-?tuned|model'?s? (?:outputs?|answers)|the model|training runs?|after (?:each )?training|adapter|schema validity)\b/i.test(
        s.text,
      );
    // Recall@k and the like measure the retriever only: no harness for a fine-tune (SPEC §6.3).
    if (RETRIEVER_ONLY_METRIC.test(s.text) && !aboutModel) continue;
    // A held-out set described with the baseline, before any fine-tune, measures the baseline.
    if ((s.section === 'context' || s.section === 'drivers' || s.section === 'options' || s.section === 'pros-cons') && !aboutModel)
      continue;
    out.training ??= s;
  }
  return out;
}
