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
}

export interface DocumentProblem {
  ruleId: 'parse-error' | 'invalid-front-matter' | 'invalid-suppression';
  line: number;
  column?: number;
  message: string;
  text?: string;
}
