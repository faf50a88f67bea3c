/** What a format reader records about a config: facts with the key's line, dataset references, the anchor. */
import { newFactRecord } from '../../facts/fact-record.js';
import type { DatasetReference, Evidence, Fact } from '../../facts/types.js';
import { FACT_BY_NAME } from '../../facts/vocabulary.js';
import type { ConfigView } from './config-view.js';

export class ConfigFacts {
  readonly facts: Record<string, Fact> = newFactRecord();
  readonly datasets: DatasetReference[] = [];
  /** The key that names the model being trained or the pipeline's core (where absence findings point). */
  anchorKey?: string;

  constructor(readonly view: ConfigView) {}

  /** Records a fact with the key's line (and `key: value` quoted) as its evidence. */
  set(name: string, value: Fact['value'], key?: string, text?: string): void {
    // Facts the vocabulary does not (yet) define are not recorded: policies could not address them.
    if (!FACT_BY_NAME.has(name)) return;
    const evidence: Evidence | undefined = key !== undefined ? this.view.evidence(key, text) : undefined;
    this.facts[name] = evidence ? { value, evidence } : { value };
  }

  /** A training or validation file the config names, to be resolved against the repository's files. */
  dataset(key: string, role: DatasetReference['role'], candidates: string[], label?: string): void {
    const written = candidates.map((c) => c.trim()).filter(Boolean);
    if (written.length === 0) return;
    // A hub dataset, a cloud URI or an uploaded file id is kept with no candidate: it is not in the repository,
    // so a count over the other files would be partial.
    const paths = [...new Set(written.filter(isLocalPath))];
    this.datasets.push({ key, line: this.view.line(key), role, candidates: paths, text: label ?? `${key}: ${written[0]}` });
  }
}

/** A path in the repository, not a hub dataset id, a cloud URI or an uploaded file id. */
function isLocalPath(p: string): boolean {
  if (!p || /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('file-')) return false;
  if (/^(?:\.{1,2}\/|\/)/.test(p)) return true;
  // A bare `owner/name` is a hub dataset; a file name has an extension, a folder several segments.
  return /\.(?:jsonl|json|csv|tsv|parquet|txt|arrow)$/i.test(p) || p.split('/').length > 2;
}
