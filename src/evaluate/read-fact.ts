/**
 * A fact's value on one document, as conditions see it (SPEC §5, §6.1): a fact nothing stated has its
 * vocabulary default (false, null, unknown, none: never a guess); `adr.frontMatter.*` and `config.*` read the
 * raw parsed trees by dotted path; `doc.*` come from the document itself when extraction did not record them.
 */
import type { DocumentFacts, Evidence } from '../facts/types.js';
import { readDottedPath } from '../facts/read-dotted-path.js';
import { defaultValue, FACT_BY_NAME } from '../facts/vocabulary.js';

export interface FactReading {
  value: unknown;
  evidence?: Evidence;
}

const RAW_TREES: [prefix: string, tree: (doc: DocumentFacts) => unknown][] = [
  ['adr.frontMatter.', (doc) => doc.frontMatter],
  ['config.', (doc) => doc.config],
];

export function readFact(doc: DocumentFacts, name: string): FactReading {
  const fact = doc.facts[name];
  if (fact) return fact.evidence ? { value: fact.value, evidence: fact.evidence } : { value: fact.value };
  return { value: unstatedValue(doc, name) };
}

/** readFact's value alone, without building a reading: what deciding whether a condition holds needs. */
export function readFactValue(doc: DocumentFacts, name: string): unknown {
  const fact = doc.facts[name];
  return fact ? fact.value : unstatedValue(doc, name);
}

/** The value of a fact extraction did not record. */
function unstatedValue(doc: DocumentFacts, name: string): unknown {
  for (const [prefix, tree] of RAW_TREES) {
    if (name.startsWith(prefix)) return readDottedPath(tree(doc), name.slice(prefix.length)) ?? null;
  }
  if (name === 'doc.path') return doc.path;
  if (name === 'doc.kind') return doc.kind;
  if (name === 'doc.format') return doc.format;
  const spec = FACT_BY_NAME.get(name);
  return spec ? defaultValue(spec) : null;
}
