/**
 * What the decision chose. Only the decision part states the choice (SPEC §6.3): the Decision
 * section, "Chosen option", "we decided for", or a first-person decision sentence outside the
 * sections that merely describe options, context or consequences.
 */
import type { Approach } from '../../facts/vocabulary.js';
import { CONTINUED_PRETRAINING, DECISION_VERB, FINETUNE, PROMPTING, RETRIEVAL } from './lexicon.js';
import type { AdrStructure, Statement } from './read-adr-structure.js';
import { asserted, findMentions } from './read-mentions.js';

export interface ApproachReading {
  approach: Approach;
  fineTuning?: Statement;
  retrieval?: Statement;
  prompting?: Statement;
  continuedPretraining: boolean;
  /** Statements that state the decision, for other detectors that care about the chosen design. */
  decisionStatements: Statement[];
}

const NOT_DECISION = new Set(['options', 'pros-cons', 'context', 'drivers', 'consequences', 'confirmation', 'links', 'status']);

export function isDecisionStatement(s: Statement): boolean {
  if (s.section === 'decision') return !/^\s*(?:considered|alternatives?|rejected|options?)\b/i.test(s.text);
  if (/\bchosen option\b|\bwe decided for\b/i.test(s.text)) return true;
  if (NOT_DECISION.has(s.section)) return false;
  return DECISION_VERB.test(s.text);
}

export function detectApproach(structure: AdrStructure): ApproachReading {
  const decisionStatements = structure.statements.filter(isDecisionStatement);
  const reading: ApproachReading = { approach: 'none', continuedPretraining: false, decisionStatements };
  for (const s of decisionStatements) readChoice(s, reading);
  if (!reading.fineTuning && !reading.retrieval && !reading.prompting && structure.title) {
    // A MADR title names the solution ("Use retrieval for the handbook assistant").
    const t = structure.title;
    if (
      /^\s*(?:use|adopt|choose|implement|introduce|build|fine-tune|apply)\b/i.test(t.text) &&
      !/\bvs\.?\b|\bversus\b|\bor\b|\?/i.test(t.text)
    )
      readChoice({ text: t.text, line: t.line, section: 'title', block: 'heading' }, reading);
  }
  const ft = reading.fineTuning !== undefined;
  const rag = reading.retrieval !== undefined;
  if (ft && rag) reading.approach = 'hybrid';
  else if (ft) reading.approach = reading.continuedPretraining ? 'continued-pretraining' : 'fine-tuning';
  else if (rag) reading.approach = 'rag';
  else if (reading.prompting) reading.approach = 'prompting';
  return reading;
}

function readChoice(s: Statement, reading: ApproachReading): void {
  const ftMentions = asserted(findMentions(s.text, FINETUNE));
  for (const m of ftMentions) {
    if (m.retrievalComponent) {
      // Tuning an embedding model or reranker is tuning of retrieval.
      reading.retrieval ??= s;
      continue;
    }
    reading.fineTuning ??= s;
    if (CONTINUED_PRETRAINING.test(m.match)) reading.continuedPretraining = true;
  }
  if (asserted(findMentions(s.text, RETRIEVAL)).length) reading.retrieval ??= s;
  if (asserted(findMentions(s.text, PROMPTING)).length) reading.prompting ??= s;
}
