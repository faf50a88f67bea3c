/**
 * What the decision chose. Only the decision part states the choice (SPEC §6.3): the Decision
 * section, "Chosen option" (and the option it names), "we decided for", a first-person decision
 * sentence outside the sections that merely describe options, context or consequences, and the
 * implementation sections that elaborate a decision.
 */
import type { Approach } from '../../facts/vocabulary.js';
import { CONTINUED_PRETRAINING, DECISION_VERB, FINETUNE, LLM_MODEL, PROMPTING, RETRIEVAL } from './lexicon.js';
import { statement, type AdrStructure, type Statement } from './read-adr-structure.js';
import { asserted, findMentions } from './read-mentions.js';
import { gated, test } from './keyword-gate.js';

export interface ApproachReading {
  approach: Approach;
  fineTuning?: Statement;
  retrieval?: Statement;
  prompting?: Statement;
  /** A decision sentence that rejects fine-tuning ("We will not fine-tune …"). */
  rejectsFineTuning?: Statement;
  continuedPretraining: boolean;
  /** Statements that state the decision, for other detectors that care about the chosen design. */
  decisionStatements: Statement[];
}

const CHOSEN_OR_DECIDED = gated(/\bchosen option\b|\bwe decided for\b/i);
const NOT_DECISION = new Set(['options', 'pros-cons', 'context', 'drivers', 'consequences', 'confirmation', 'links', 'status']);

export function isDecisionStatement(s: Statement): boolean {
  if (s.section === 'decision') return !/^\s*(?:considered|alternatives?|rejected|options?)\b/i.test(s.text);
  if (test(CHOSEN_OR_DECIDED, s)) return true;
  if (NOT_DECISION.has(s.section)) return false;
  return test(DECISION_VERB, s);
}

export function detectApproach(structure: AdrStructure): ApproachReading {
  const decisionStatements = collectDecisionStatements(structure.statements);
  const reading: ApproachReading = { approach: 'none', continuedPretraining: false, decisionStatements };
  for (const s of decisionStatements) readChoice(s, reading);
  if (!reading.fineTuning && !reading.retrieval && !reading.prompting && structure.title) {
    // A MADR title names the solution ("Use retrieval for the handbook assistant").
    const t = structure.title;
    if (
      /^\s*(?:use|adopt|choose|implement|introduce|build|fine-tune|apply|add)\b/i.test(t.text) &&
      !/\bvs\.?\b|\bversus\b|\bor\b|\?/i.test(t.text)
    )
      readChoice(statement(t.text, t.line, 'title', 'heading'), reading);
  }
  if (!reading.fineTuning && !reading.retrieval && !reading.prompting) {
    // Calling a model as it is, with nothing trained or retrieved, is prompting.
    const use = decisionStatements.find(
      (s) =>
        test(LLM_MODEL, s) &&
        /\b(?:use|uses|using|adopt|leverag\w*|integrat\w*|call|deploy|host|run|select(?:ed)?|chose|choose)\b/i.test(s.text),
    );
    if (use) reading.prompting = use;
  }
  const ft = reading.fineTuning !== undefined;
  const rag = reading.retrieval !== undefined;
  if (ft && rag) reading.approach = 'hybrid';
  else if (ft) reading.approach = reading.continuedPretraining ? 'continued-pretraining' : 'fine-tuning';
  else if (rag) reading.approach = 'rag';
  else if (reading.prompting) reading.approach = 'prompting';
  return reading;
}

const PROCEED_WITH_OPTION =
  /\b(?:proceed|go|goes|opt\w*|chosen option|choose|chose|select\w*|adopt\w*)\b[^.]{0,30}?\boption\s*#?\s*(\d+|[a-z])\b/i;
const CHOSEN_OPTION_NAME = /\bchosen option\s*:?\s*\**\s*["“']?([^"”',.(]{3,80})/i;
const CHOSEN_MARK = /\((?:chosen|selected|accepted|recommended|decision)\)|✅|\bchosen\b/i;

/**
 * The decision statements, plus the statements of the option a "Chosen option" names (MADR lists
 * the details under the option's own heading), plus implementation sections that follow a decision.
 */
function collectDecisionStatements(statements: Statement[]): Statement[] {
  const picked = new Set<Statement>();
  let afterDecision = false;
  for (const s of statements) {
    if (s.section === 'decision') afterDecision = true;
    else if (s.section === 'options' || s.section === 'pros-cons' || s.section === 'context' || s.section === 'drivers')
      afterDecision = false;
    if (isDecisionStatement(s) || (afterDecision && s.section === 'other')) picked.add(s);
  }
  // The rest of a paragraph that states the decision elaborates it ("… proceed with Option B. The model is …").
  // (Plain loops rather than map/filter chains: the arrays those build change element kinds between records, and
  // each change threw away the optimised code of this function, whose recompiling costs more than its running.)
  const blocks = new Set<number>();
  for (const s of picked) if (s.blockIndex !== undefined) blocks.add(s.blockIndex);
  for (const s of statements)
    if (s.blockIndex !== undefined && blocks.has(s.blockIndex) && s.section !== 'options' && s.section !== 'pros-cons') picked.add(s);
  const labels: string[] = [];
  for (const s of picked) {
    const label = PROCEED_WITH_OPTION.exec(s.text)?.[1];
    if (label) labels.push(label.toLowerCase());
  }
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.block === 'heading' || (s.section !== 'options' && s.section !== 'pros-cons')) continue;
    // An option named by its label in a table row or list item: "B | Continued pre-training | …".
    const first = /^\s*(?:option\s*)?#?\s*(\d+|[a-z])\s*(?:[|.:)]|—|-)/i.exec(s.text)?.[1]?.toLowerCase();
    if (first && labels.includes(first)) picked.add(s);
  }
  const names: string[] = [];
  for (const s of picked) {
    const name = CHOSEN_OPTION_NAME.exec(s.text)?.[1]?.trim().toLowerCase();
    if (name) names.push(name);
  }
  const created: Statement[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.block !== 'heading' || (s.section !== 'options' && s.section !== 'pros-cons')) continue;
    const heading = s.text.toLowerCase();
    const label = optionLabel(heading);
    const named =
      names.some((n) => heading.includes(n) || (label !== undefined && optionLabel(n) === label)) ||
      (label !== undefined && labels.includes(label));
    if (!named && !CHOSEN_MARK.test(s.text)) continue;
    const mark = statement(s.text.replace(/\((?:chosen|selected|accepted|recommended)\)/i, ''), s.line, s.section, s.block, s.blockIndex);
    picked.add(mark);
    created.push(mark);
    for (let j = i + 1; j < statements.length && statements[j]!.block !== 'heading'; j++) picked.add(statements[j]!);
  }
  // The record's statements in their order, then the headings made above (the only picked ones not among them).
  const out: Statement[] = [];
  for (const s of statements) if (picked.has(s)) out.push(s);
  for (const s of created) out.push(s);
  return out;
}

function optionLabel(text: string): string | undefined {
  const m = /\boption\s*#?\s*(\d+)\b|\boption\s+([a-z])\b/i.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
}

function readChoice(s: Statement, reading: ApproachReading): void {
  const all = findMentions(s, FINETUNE);
  if (all.some((m) => m.polarity === 'negated' && !m.retrievalComponent)) reading.rejectsFineTuning ??= s;
  const ftMentions = asserted(all);
  for (const m of ftMentions) {
    if (m.retrievalComponent) {
      // Tuning an embedding model or reranker is tuning of retrieval.
      reading.retrieval ??= s;
      continue;
    }
    reading.fineTuning ??= s;
    if (CONTINUED_PRETRAINING.test(m.match)) reading.continuedPretraining = true;
  }
  if (asserted(findMentions(s, RETRIEVAL)).length) reading.retrieval ??= s;
  if (asserted(findMentions(s, PROMPTING)).length) reading.prompting ??= s;
}
