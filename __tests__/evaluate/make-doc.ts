/** Builds DocumentFacts directly (facts plus evidence), so rule and evaluator tests need no extractor. */
import type { DocKind, DocumentFacts, FactValue, Suppression } from '../../src/facts/types.js';

/** A fact value, or [value, line, quoted text] for a fact with evidence. */
export type FactInput = FactValue | [FactValue, number, string];

const DEFAULT_PATHS: Record<DocKind, string> = {
  adr: 'docs/adr/0007-assistant.md',
  manifest: 'llm-architecture.yml',
  'finetune-config': 'ml/finetune/axolotl.yml',
  'rag-config': 'ml/rag/pipeline.yml',
  'training-data': 'ml/data/train.jsonl',
  unknown: 'broken.yml',
};

export interface DocOptions {
  path?: string;
  format?: string;
  anchors?: DocumentFacts['anchors'];
  suppressions?: Suppression[];
  problems?: DocumentFacts['problems'];
  frontMatter?: unknown;
  config?: unknown;
}

export function makeDoc(kind: DocKind, facts: Record<string, FactInput>, opts: DocOptions = {}): DocumentFacts {
  const path = opts.path ?? DEFAULT_PATHS[kind];
  const source = kind === 'adr' ? 'prose' : kind === 'training-data' ? 'data' : 'config';
  return {
    path,
    kind,
    format: opts.format ?? (kind === 'adr' ? 'madr' : 'unknown'),
    facts: Object.fromEntries(
      Object.entries(facts).map(([name, input]) =>
        Array.isArray(input) && typeof input[1] === 'number'
          ? [name, { value: input[0] as FactValue, evidence: { path, line: input[1], text: input[2], source } }]
          : [name, { value: input as FactValue }],
      ),
    ),
    ...(opts.frontMatter !== undefined ? { frontMatter: opts.frontMatter } : {}),
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    signals: [],
    suppressions: opts.suppressions ?? [],
    anchors: opts.anchors ?? (kind === 'adr' ? { decisionLine: 12, titleLine: 1 } : {}),
    problems: opts.problems ?? [],
  };
}

/** An accepted, LLM-related ADR with the four core sections: the base most rule cases start from. */
export const LLM_ADR: Record<string, FactInput> = {
  'adr.llmRelated': true,
  'adr.status': 'accepted',
  'adr.sections': ['status', 'context', 'decision', 'consequences'],
};

export function adr(facts: Record<string, FactInput>, opts?: DocOptions): DocumentFacts {
  return makeDoc('adr', { ...LLM_ADR, ...facts }, opts);
}
