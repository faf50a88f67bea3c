import type { DocumentFacts, DocumentLinks, DocumentProblem, Fact, Signal, Suppression } from './types.js';

export interface DocumentFactsInit {
  path: string;
  kind: DocumentFacts['kind'];
  format: string;
  facts: Record<string, Fact>;
  frontMatter?: unknown;
  config?: unknown;
  signals?: Signal[];
  suppressions?: Suppression[];
  decisionLine?: number | undefined;
  titleLine?: number | undefined;
  problems: DocumentProblem[];
  links?: DocumentLinks | undefined;
}

/**
 * Every document's facts with the same fields in the same order, absent ones undefined. As literals built per
 * kind (ADR, config, training data, unreadable) with optional fields spread in, they took a dozen hidden classes,
 * and evaluation, compiled for the ADRs it met first, was deoptimised and compiled again on the first config.
 */
export function newDocumentFacts(init: DocumentFactsInit): DocumentFacts {
  return {
    path: init.path,
    kind: init.kind,
    format: init.format,
    facts: init.facts,
    frontMatter: init.frontMatter,
    config: init.config,
    signals: init.signals ?? [],
    suppressions: init.suppressions ?? [],
    anchors: anchors(init.decisionLine, init.titleLine),
    problems: init.problems,
    links: init.links,
  };
}

/** A document's anchors (SPEC §6.4), both fields always present. */
export function anchors(decisionLine: number | undefined, titleLine: number | undefined): DocumentFacts['anchors'] {
  return { decisionLine, titleLine };
}
