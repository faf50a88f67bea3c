/** An ADR (Markdown) → facts with evidence. Declared `llm:` front matter wins over prose. */
import { newFactRecord } from '../../facts/fact-record.js';
import { newDocumentFacts } from '../../facts/new-document-facts.js';
import type { DocumentFacts, DocumentProblem, Evidence, Fact } from '../../facts/types.js';
import { parseMarkdown } from '../../parse/parse-markdown.js';
import { computeRecommendation } from '../compute-recommendation.js';
import { readDeclaredFacts } from '../read-declared-facts.js';
import { readSuppressions } from '../read-suppressions.js';
import { detectApproach } from './detect-approach.js';
import { detectBehavior, detectPromptTokens } from './detect-behavior.js';
import {
  detectCorpusGrowing,
  detectCorpusSize,
  detectErasure,
  detectPerTenant,
  detectRefreshRetrain,
  detectSensitive,
} from './detect-data.js';
import { detectChunking, detectProblemKind } from './detect-retrieval.js';
import { detectBaseline, detectFixesRetrieval } from './detect-sequencing.js';
import { detectAudit, detectCitations, detectVolatility, isFast } from './detect-knowledge.js';
import { detectEvaluation, detectExamples, detectPurpose } from './detect-training.js';
import { DECISION_VERB, mentionsLlm } from './lexicon.js';
import { readAdrStructure, statement, type Statement } from './read-adr-structure.js';
import type { Volatility } from '../../facts/vocabulary.js';
import { test } from './keyword-gate.js';

const MAX_QUOTE = 240;

export interface ExtractAdrOptions {
  /**
   * Only what linking reads (SPEC §2, §6.3): status, whether the record is about an LLM system, the chosen approach
   * and the sentence rejecting fine-tuning, with their evidence. For ADRs outside the scope of a run: they receive no
   * finding and do not appear in the report, but an accepted one may decide fine-tuning for an in-scope config.
   */
  linkOnly?: boolean;
}

export function extractAdr(path: string, text: string, opts: ExtractAdrOptions = {}): DocumentFacts {
  const parsed = parseMarkdown(text);
  const structure = readAdrStructure(parsed);
  const problems: DocumentProblem[] = [];
  const fm = parsed.frontMatter;
  if (fm?.error)
    problems.push({
      ruleId: 'parse-error',
      line: fm.error.line,
      column: fm.error.column,
      message: `Front matter is not valid YAML (line ${fm.error.line}, column ${fm.error.column}): ${fm.error.message}`,
    });

  const ev = (s: Statement): Evidence => ({ path, line: s.line, text: quote(s.text), source: 'prose' });
  const facts: Record<string, Fact> = newFactRecord();
  const set = (name: string, value: Fact['value'], s?: Statement) => {
    facts[name] = s ? { value, evidence: ev(s) } : { value };
  };

  set('doc.path', path);
  set('doc.kind', 'adr');
  set('doc.format', structure.format);
  const statusEvidence = structure.status.line ? { line: structure.status.line, text: structure.status.text ?? '' } : undefined;
  facts['adr.status'] = {
    value: structure.status.value,
    ...(statusEvidence
      ? { evidence: { path, line: statusEvidence.line, text: quote(statusEvidence.text), source: 'prose' as const } }
      : {}),
  };
  if (structure.title) set('adr.title', structure.title.text, statement(structure.title.text, structure.title.line, 'title', 'heading'));
  set('adr.sections', structure.sections);

  const llmBlock = (fm?.data as Record<string, unknown> | undefined)?.llm;
  const prose = [structure.title?.text ?? '', ...structure.statements];
  const llmRelated = llmBlock !== undefined || mentionsLlm(prose);
  set('adr.llmRelated', llmRelated);
  const reading = llmRelated ? detectApproach(structure) : undefined;
  const rejectsFineTuning = reading?.rejectsFineTuning;

  if (reading) {
    // A decision stated outside a "Decision" heading ("4 Assessment: … we will proceed with Option B") is still one.
    const sections = facts['adr.sections']?.value as string[];
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
    const statements: Statement[] = structure.title
      ? [statement(structure.title.text, structure.title.line, 'title', 'heading'), ...structure.statements]
      : structure.statements;
    const volatility = detectVolatility(statements, reading.fineTuning !== undefined && reading.retrieval !== undefined);
    if (volatility) {
      set('knowledge.volatility', volatility.value, volatility.statement);
      set('knowledge.changesFast', isFast(volatility.value), volatility.statement);
    }
    const citations = detectCitations(statements);
    if (citations) set('requires.citations', true, citations.statement);
    const audit = detectAudit(statements);
    if (audit) set('requires.audit', true, audit.statement);
    if (reading.fineTuning) {
      const purpose = detectPurpose(statements);
      if (purpose) set('finetune.purpose', purpose.value, purpose.statement);
    }
    const examples = detectExamples(statements);
    if (examples) set('training.examples', examples.value, examples.statement);
    const evaluation = detectEvaluation(statements);
    if (evaluation.training) set('training.evalSet', true, evaluation.training);
    if (evaluation.rag) set('rag.evaluation', true, evaluation.rag);
    for (const [fact, s] of detectBehavior(statements)) set(fact, true, s);
    const baseline = detectBaseline(statements);
    if (baseline) set('baseline.evaluated', true, baseline);
    if (reading.fineTuning) {
      const fixes = detectFixesRetrieval(statements);
      if (fixes) set('finetune.fixesRetrieval', true, fixes);
    }
    const sensitive = detectSensitive(statements);
    if (sensitive.data) set('data.sensitive', true, sensitive.data);
    if (sensitive.training && reading.fineTuning) set('training.sensitiveData', true, sensitive.training);
    const erasure = detectErasure(statements);
    if (erasure) set('data.erasure', true, erasure);
    const tenant = detectPerTenant(statements, reading.decisionStatements);
    if (tenant) set('knowledge.perTenant', true, tenant);
    const corpus = detectCorpusSize(statements);
    if (corpus) set('knowledge.corpusDocuments', corpus.value, corpus.statement);
    const growing = detectCorpusGrowing(statements);
    if (growing) set('knowledge.corpusGrowing', true, growing);
    if (reading.fineTuning) {
      const retrain = detectRefreshRetrain(statements);
      if (retrain) set('training.refreshRetrain', true, retrain);
    }
    const chunking = detectChunking(statements, reading.decisionStatements);
    if (chunking.strategy) set('rag.chunking', chunking.strategy.value, chunking.strategy.statement);
    if (chunking.overlap) set('rag.chunkOverlap', chunking.overlap.value, chunking.overlap.statement);
    const problem = detectProblemKind(statements);
    if (problem) set('problem.kind', problem.value, problem.statement);
    const tokens = detectPromptTokens(statements);
    if (tokens) set('prompt.instructionTokens', tokens.value, tokens.statement);
  }

  if (llmBlock !== undefined) {
    const declared = readDeclaredFacts(llmBlock, path, (key) => fm?.keyLines.get(key ? `llm.${key}` : 'llm') ?? 1, 'front-matter', 'llm');
    Object.assign(facts, declared.facts);
    problems.push(...declared.problems);
    const v = declared.facts['knowledge.volatility'];
    if (v) facts['knowledge.changesFast'] = { value: isFast(v.value as Volatility), ...(v.evidence ? { evidence: v.evidence } : {}) };
  }

  // A design that only trains consumes its data through training: personal data in it is training data.
  if (
    facts['uses.fineTuning']?.value === true &&
    facts['uses.retrieval']?.value !== true &&
    facts['data.sensitive']?.value === true &&
    !facts['training.sensitiveData']
  ) {
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
  const supp = readSuppressions(parsed.comments);
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

function quote(text: string): string {
  const t = text.trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}
