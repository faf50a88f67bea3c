import type { Fact } from './types.js';

/**
 * A new, empty record of facts: a dictionary without a prototype. Each document sets a different subset of the
 * vocabulary in a different order, so as plain object literals the records take hundreds of hidden classes and
 * every read by name (evaluation reads each rule's facts on every document) misses V8's inline caches; a
 * dictionary is one hash lookup. Measured on 10,000 such records: reads about 3× faster. Keys keep their
 * insertion order, so reports are unchanged.
 */
export function newFactRecord(): Record<string, Fact> {
  return Object.create(null) as Record<string, Fact>;
}

/** A new record holding the facts every document has: `doc.path`, `doc.kind`, `doc.format` (SPEC §6.1), in that order. */
export function newDocFactRecord(path: string, kind: string, format: string): Record<string, Fact> {
  const facts = newFactRecord();
  facts['doc.path'] = { value: path };
  facts['doc.kind'] = { value: kind };
  facts['doc.format'] = { value: format };
  return facts;
}
