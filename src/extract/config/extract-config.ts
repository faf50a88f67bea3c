/** A model config (YAML/JSON) → facts, each with the config key's line as evidence. */
import type { DocumentFacts, DocumentProblem, Evidence, Fact } from '../../facts/types.js';
import { parseStructured } from '../../parse/parse-structured.js';
import { computeRecommendation } from '../compute-recommendation.js';
import { readDeclaredFacts } from '../read-declared-facts.js';
import { detectConfigFormat } from './detect-config-format.js';

/** Where LLM material lives: an unparsable file here is worth a parse-error (SPEC §6.3). */
const LLM_PATH =
  /fine[-_]?tun|train|dataset|lora|rag\b|retriev|prompt|llm|axolotl|llama[-_]?factory|torchtune|trl|autotrain|peft|haystack|r2r|ragflow|dify|flowise|privategpt|embedding/i;

export function extractConfig(path: string, text: string, explicit: boolean): DocumentFacts | undefined {
  const parsed = parseStructured(text);
  if (parsed.error) {
    if (!explicit && !LLM_PATH.test(path)) return undefined;
    const problem: DocumentProblem = {
      ruleId: 'parse-error',
      line: parsed.error.line,
      column: parsed.error.column,
      message: `Cannot parse ${path}: ${parsed.error.message}`,
    };
    return blank(path, 'unknown', 'unknown', [problem]);
  }
  const format = detectConfigFormat(parsed.data, path);
  if (!format) return undefined;
  const data = parsed.data as Record<string, unknown>;
  const facts: Record<string, Fact> = {};
  const keyEvidence = (key: string): Evidence => ({
    path,
    line: parsed.keyLines.get(key) ?? 1,
    text: `${key}: ${short(lookup(data, key))}`,
    source: 'config',
  });
  const set = (name: string, value: Fact['value'], key?: string) => {
    facts[name] = key ? { value, evidence: keyEvidence(key) } : { value };
  };
  const doc = blank(path, format.kind, format.format, []);
  doc.config = data;
  if (format.kind === 'manifest') {
    const { name: _name, kind: _kind, ...rest } = data;
    const declared = readDeclaredFacts(rest, path, (k) => parsed.keyLines.get(k) ?? 1, 'config', '');
    Object.assign(doc.facts, declared.facts);
    doc.problems.push(...declared.problems);
    const rec = computeRecommendation(doc.facts);
    doc.facts.recommendation = { value: rec.value };
    doc.signals = rec.signals;
    return doc;
  }
  if (format.kind === 'finetune-config') {
    const anchor = firstKey(data, [
      'base_model',
      'model_name_or_path',
      'model',
      'baseModelIdentifier',
      'baseModel',
      'base_model_name_or_path',
    ]);
    const cpt = 'pretraining_dataset' in data || data.stage === 'pt' || data.customizationType === 'CONTINUED_PRE_TRAINING';
    set('uses.fineTuning', true, anchor);
    set('approach', cpt ? 'continued-pretraining' : 'fine-tuning', anchor);
    const evalKey = firstKey(data, [
      'val_set_size',
      'validation_file',
      'val_size',
      'eval_dataset',
      'dataset_val',
      'validationDataConfig',
      'test_datasets',
      'dataset_test_split',
    ]);
    if (evalKey) {
      const v = data[evalKey];
      const defined =
        typeof v === 'number'
          ? v > 0
          : typeof v === 'string'
            ? v.trim() !== '' && Number(v) !== 0
            : v !== null && v !== undefined && v !== false;
      set('training.evalSet', defined, evalKey);
    }
  } else {
    const anchor = firstKey(data, ['retriever', 'vector_store', 'vectorstore', 'embedding_model', 'top_k', 'chunk_size', 'components']);
    set('uses.retrieval', true, anchor);
    set('approach', 'rag', anchor);
    if ('chunk_size' in data)
      set(
        'rag.chunking',
        typeof data.splitter === 'string' && /recursive|semantic|markdown|heading|sentence/i.test(data.splitter) ? 'structure' : 'fixed',
        'chunk_size',
      );
    if (typeof data.chunk_overlap === 'number') set('rag.chunkOverlap', data.chunk_overlap, 'chunk_overlap');
  }
  Object.assign(doc.facts, facts);
  return doc;
}

function blank(path: string, kind: DocumentFacts['kind'], format: string, problems: DocumentProblem[]): DocumentFacts {
  return {
    path,
    kind,
    format,
    facts: { 'doc.path': { value: path }, 'doc.kind': { value: kind }, 'doc.format': { value: format } },
    signals: [],
    suppressions: [],
    anchors: {},
    problems,
  };
}

function firstKey(o: Record<string, unknown>, keys: string[]): string | undefined {
  return keys.find((k) => k in o);
}

function lookup(o: Record<string, unknown>, key: string): unknown {
  return o[key];
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
