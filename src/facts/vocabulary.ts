/**
 * The fact vocabulary (SPEC §6.1): the one place that names every fact, its type and its default.
 * Extraction, policy validation and the docs generator all read it.
 */
export type FactType = 'string' | 'number' | 'boolean' | 'string[]' | 'enum';

export interface FactSpec {
  name: string;
  type: FactType;
  values?: readonly string[];
  description: string;
}

const DOC_KINDS = ['adr', 'finetune-config', 'rag-config', 'training-data', 'manifest', 'unknown'] as const;
export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded', 'unknown'] as const;
export const ADR_SECTIONS = [
  'status',
  'context',
  'drivers',
  'options',
  'decision',
  'consequences',
  'confirmation',
  'pros-cons',
  'links',
] as const;
export const APPROACHES = ['rag', 'fine-tuning', 'hybrid', 'prompting', 'continued-pretraining', 'none'] as const;
export const VOLATILITIES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'static', 'frequent', 'unknown'] as const;
export const PURPOSES = ['knowledge', 'behavior', 'mixed', 'unknown'] as const;
export const RECOMMENDATIONS = ['rag', 'fine-tuning', 'hybrid', 'prompting'] as const;

export type Volatility = (typeof VOLATILITIES)[number];
export type Approach = (typeof APPROACHES)[number];

const f = (name: string, type: FactType, description: string, values?: readonly string[]): FactSpec => ({
  name,
  type,
  description,
  ...(values ? { values } : {}),
});

export const FACTS: readonly FactSpec[] = [
  f('doc.path', 'string', 'path relative to the repository root'),
  f('doc.kind', 'enum', 'what the document is', DOC_KINDS),
  f('doc.format', 'string', 'the document format (madr, nygard, axolotl, generic-rag, …)'),
  f('adr.status', 'enum', 'the status of the decision record', ADR_STATUSES),
  f('adr.title', 'string', 'the title of the decision record'),
  f('adr.sections', 'string[]', 'the normalised sections the record has'),
  f('adr.llmRelated', 'boolean', 'the ADR decides something about an LLM system'),
  f('approach', 'enum', 'what was chosen (not merely considered or rejected)', APPROACHES),
  f('uses.retrieval', 'boolean', 'the chosen design retrieves knowledge at query time'),
  f('uses.fineTuning', 'boolean', 'the chosen design trains weights (fine-tuning, LoRA, continued pre-training)'),
  f('problem.kind', 'enum', 'what the decision is trying to fix', ['knowledge', 'behavior', 'both', 'unknown']),
  f('finetune.purpose', 'enum', 'what the fine-tuned weights are expected to carry', PURPOSES),
  f('finetune.fixesRetrieval', 'boolean', 'fine-tuning is motivated by poor retrieval/RAG results'),
  f('baseline.evaluated', 'boolean', 'a RAG or prompting baseline was tried and measured first'),
  f('knowledge.volatility', 'enum', 'how often the knowledge the system needs changes', VOLATILITIES),
  f('knowledge.changesFast', 'boolean', 'volatility is quarterly or faster, or frequent'),
  f('knowledge.perTenant', 'boolean', 'knowledge differs per customer/region/user permission'),
  f('knowledge.corpusDocuments', 'number', 'size of the knowledge corpus, when stated'),
  f('knowledge.corpusGrowing', 'boolean', 'the corpus is described as large and growing'),
  f('requires.citations', 'boolean', 'answers must cite or trace to sources'),
  f('requires.audit', 'boolean', 'auditors/compliance/regulated domain must trace claims'),
  f('data.sensitive', 'boolean', 'the data the approach consumes includes personal or regulated data'),
  f('data.erasure', 'boolean', 'a right-to-erasure / ability-to-forget requirement is stated'),
  f('training.examples', 'number', 'labelled examples available (stated, or counted in training data)'),
  f('training.evalSet', 'boolean', 'a held-out evaluation set / harness is defined'),
  f('training.refreshRetrain', 'boolean', 'retraining is scheduled to keep facts current'),
  f('training.sensitiveData', 'boolean', 'the training data contains personal/sensitive data'),
  f('training.volatileFactRatio', 'number', 'share of training examples whose answers state time-sensitive facts'),
  f('behavior.strictFormat', 'boolean', 'output must follow a strict schema/format'),
  f('behavior.tone', 'boolean', 'a house style/voice must hold'),
  f('behavior.narrowTask', 'boolean', 'narrow classification/extraction task'),
  f('behavior.highVolume', 'boolean', 'high request volume'),
  f('behavior.latencySensitive', 'boolean', 'latency/token-cost pressure on the path'),
  f('behavior.reasoning', 'boolean', 'a domain-specific reasoning pattern the model must follow'),
  f('behavior.vocabulary', 'boolean', 'the model must use internal jargon/codes correctly in what it writes'),
  f('prompt.instructionTokens', 'number', 'size of the static instruction prompt, when stated or measured'),
  f('rag.chunking', 'enum', 'chunking strategy', ['fixed', 'recursive', 'semantic', 'structure', 'unknown']),
  f('rag.chunkOverlap', 'number', 'chunk overlap'),
  f('rag.evaluation', 'boolean', 'retrieval/answer quality is evaluated (recall@k, faithfulness, groundedness, …)'),
  f('repo.acceptedFinetuneAdr', 'boolean', 'an accepted ADR in the repository decides fine-tuning'),
  f('recommendation', 'enum', 'what the framework recommends from the signals', RECOMMENDATIONS),
];

/** Prefixes that address the raw parsed document rather than a named fact. */
export const RAW_PREFIXES = ['adr.frontMatter.', 'config.'] as const;

export const FACT_BY_NAME: ReadonlyMap<string, FactSpec> = new Map(FACTS.map((s) => [s.name, s]));

/** The value a fact has when nothing states it: never a guess (SPEC §6.1). */
export function defaultValue(spec: FactSpec): boolean | number | string | string[] | null {
  switch (spec.type) {
    case 'boolean':
      return false;
    case 'string[]':
      return [];
    case 'enum':
      if (spec.name === 'approach') return 'none';
      if (spec.name === 'recommendation') return null;
      return spec.values?.includes('unknown') ? 'unknown' : null;
    default:
      return null;
  }
}

export function isKnownFactName(name: string): boolean {
  return FACT_BY_NAME.has(name) || RAW_PREFIXES.some((p) => name.startsWith(p) && name.length > p.length);
}
