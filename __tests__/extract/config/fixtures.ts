/** Reading the config and training-data fixtures written for these tests (never copies of the corpus). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFacts } from '../../../src/facts/types.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** `{fact: [value, line]}` for the facts that have evidence, `{fact: value}` for the others (doc.* left out). */
export function factsOf(doc: DocumentFacts | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, fact] of Object.entries(doc?.facts ?? {})) {
    if (name.startsWith('doc.')) continue;
    out[name] = fact.evidence ? [fact.value, fact.evidence.line] : fact.value;
  }
  return out;
}
