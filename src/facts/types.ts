/** Where a fact or finding comes from, in the 1-based form annotations, review comments and SARIF use. */
export interface Evidence {
  path: string;
  line: number;
  column?: number;
  /** The quoted text that states the fact (a sentence, a config key and value). */
  text: string;
  /** Front matter and config keys are declarations; prose is read; data is measured. */
  source: 'front-matter' | 'config' | 'prose' | 'data';
}

export type FactValue = string | number | boolean | null | string[];

export interface Fact {
  value: FactValue;
  evidence?: Evidence;
}

export type DocKind = 'adr' | 'finetune-config' | 'rag-config' | 'training-data' | 'manifest' | 'unknown';

/** One counted signal of the framework's recommendation (SPEC §6.1, §7). */
export interface Signal {
  side: 'knowledge' | 'behavior';
  fact: string;
  line: number;
  text: string;
}

/** A suppression comment found in an ADR (SPEC §5). */
export interface Suppression {
  ruleId: string;
  reason?: string;
  until?: string;
  line: number;
  text: string;
}

/** Everything the evaluator needs about one document: its facts plus the raw trees custom rules address. */
export interface DocumentFacts {
  path: string;
  kind: DocKind;
  format: string;
  facts: Record<string, Fact>;
  /** Raw YAML front matter (ADRs) for `adr.frontMatter.*`. */
  frontMatter?: unknown;
  /** Raw parsed config for `config.*`. */
  config?: unknown;
  signals: Signal[];
  suppressions: Suppression[];
  /** Lines that anchor findings raised on an absence (SPEC §6.4). */
  anchors: { decisionLine?: number; titleLine?: number };
  /** Problems found while reading the document (parse errors, invalid front matter). */
  problems: DocumentProblem[];
  /** What linking across the repository needs beyond facts (SPEC §6.3); absent when there is nothing to link. */
  links?: DocumentLinks;
}

/** Fact-free inputs of linking: which files a config names, which decision rejected fine-tuning. */
export interface DocumentLinks {
  /** Training and validation files a config names, resolved against the repository's training data. */
  datasets?: DatasetReference[];
  /**
   * The sentence by which an accepted decision rejects fine-tuning ("we chose retrieval over fine-tuning");
   * set by the ADR extractor when it reads one. Lets `finetune-config-without-adr` name that decision.
   */
  rejectsFineTuning?: Evidence;
}

/** A file a config trains or validates on, as the config names it. */
export interface DatasetReference {
  /** Dotted path of the key (`datasets.0.path`) and its line in the config. */
  key: string;
  line: number;
  role: 'train' | 'validation';
  /**
   * Paths as written (or derived from a dataset name), each tried against the repository's files; empty for a
   * dataset that cannot be in the repository (a hub id, a cloud URI, an uploaded file id).
   */
  candidates: string[];
  /** The quoted `key: value`. */
  text: string;
}

export interface DocumentProblem {
  ruleId: 'parse-error' | 'invalid-front-matter' | 'invalid-suppression';
  line: number;
  column?: number;
  message: string;
  text?: string;
}
