/**
 * Facts that need the whole repository (SPEC §2, §6.3). Linking always sees every document, whatever the scope:
 *   - `repo.acceptedFinetuneAdr` on each fine-tuning config: an accepted ADR (or the manifest) decides fine-tuning,
 *     linked to the config or not. When none does but an accepted decision rejected fine-tuning, the fact's
 *     evidence is that decision, so a finding can name it;
 *   - a config's training files: each dataset path the config names is resolved against the repository's
 *     training data, and the counts and data facts flow to the config (examples, personal data, volatile facts,
 *     corpus size). Nothing else flows from one document to another.
 */
import type { DatasetReference, DocumentFacts, Evidence, Fact } from '../facts/types.js';

/**
 * Whether linking may give the document facts from other documents: only fine-tuning configs receive any. A run
 * whose documents in scope include none of them gets the same findings without reading the rest of the repository.
 */
export function receivesLinks(doc: DocumentFacts): boolean {
  return doc.kind === 'finetune-config';
}

export function linkDocuments(docs: DocumentFacts[]): void {
  const decision = acceptedFinetuneDecision(docs);
  const against = decision ? undefined : rejectedFinetuneDecision(docs);
  const data = new Map(docs.filter((d) => d.kind === 'training-data').map((d) => [d.path, d]));
  for (const d of docs) {
    if (!receivesLinks(d)) continue;
    const ev = decision?.facts['uses.fineTuning']?.evidence ?? against;
    d.facts['repo.acceptedFinetuneAdr'] = { value: decision !== undefined, ...(ev ? { evidence: ev } : {}) };
    if (d.links?.datasets?.length) linkTrainingData(d, d.links.datasets, data);
  }
}

function acceptedFinetuneDecision(docs: DocumentFacts[]): DocumentFacts | undefined {
  return docs.find(
    (d) =>
      d.facts['uses.fineTuning']?.value === true &&
      (d.kind === 'manifest' ||
        (d.kind === 'adr' && d.facts['adr.status']?.value === 'accepted' && d.facts['adr.llmRelated']?.value !== false)),
  );
}

/**
 * An accepted decision that chose retrieval or prompting and rejects fine-tuning: the sentence the ADR extractor
 * recorded (`links.rejectsFineTuning`), else a decision sentence that names fine-tuning while choosing otherwise
 * ("We chose retrieval over fine-tuning").
 */
function rejectedFinetuneDecision(docs: DocumentFacts[]): Evidence | undefined {
  for (const d of docs) {
    if (d.kind !== 'adr' && d.kind !== 'manifest') continue;
    if (d.kind === 'adr' && d.facts['adr.status']?.value !== 'accepted') continue;
    if (d.facts['uses.fineTuning']?.value === true) continue;
    const approach = d.facts.approach?.value;
    if (approach !== 'rag' && approach !== 'prompting') continue;
    if (d.links?.rejectsFineTuning) return d.links.rejectsFineTuning;
    const ev = d.facts.approach?.evidence;
    if (ev && /fine[-\s]?tun|\blora\b|\btrain(?:ing)? (?:the|a|our) model/i.test(ev.text)) return ev;
  }
  return undefined;
}

interface Resolved {
  ref: DatasetReference;
  doc: DocumentFacts;
}

function linkTrainingData(config: DocumentFacts, refs: DatasetReference[], data: Map<string, DocumentFacts>): void {
  const resolved: Resolved[] = [];
  let unresolvedTraining = false;
  for (const ref of refs) {
    const doc = resolveDataset(config.path, ref, data);
    if (doc) resolved.push({ ref, doc });
    else if (ref.role === 'train') unresolvedTraining = true;
  }
  if (resolved.length === 0) return;
  const at = (ref: DatasetReference, text: string): Evidence => ({ path: config.path, line: ref.line, text, source: 'data' });
  const train = resolved.filter((r) => r.ref.role === 'train');

  // Counts only when every training file is in the repository: a partial count would be a guess.
  const examples = sum(train, 'training.examples');
  if (!unresolvedTraining && examples !== undefined) {
    const first = train[0] as Resolved;
    const where = train.length === 1 ? first.doc.path : `${train.length} files`;
    config.facts['training.examples'] = {
      value: examples,
      evidence: at(first.ref, `${first.ref.text} (${examples.toLocaleString('en-US')} examples in ${where})`),
    };
  }
  const documents = sum(train, 'knowledge.corpusDocuments');
  if (!unresolvedTraining && documents !== undefined) {
    const first = train.find((r) => r.doc.facts['knowledge.corpusDocuments']) as Resolved;
    config.facts['knowledge.corpusDocuments'] = {
      value: documents,
      evidence: at(first.ref, `${first.ref.text} (${documents.toLocaleString('en-US')} corpus documents in ${first.doc.path})`),
    };
  }

  // Data facts flow from every linked file, training and validation alike (both are read by the fine-tune).
  const sensitive = resolved.find((r) => r.doc.facts['training.sensitiveData']?.value === true);
  if (sensitive) config.facts['training.sensitiveData'] = copy(sensitive.doc.facts['training.sensitiveData'] as Fact);
  else if (resolved.some((r) => r.doc.facts['training.sensitiveData'])) config.facts['training.sensitiveData'] = { value: false };
  const ratio = weightedRatio(train);
  if (ratio) config.facts['training.volatileFactRatio'] = ratio;
  if (!config.facts['training.evalSet']?.value) {
    const validation = resolved.find((r) => r.ref.role === 'validation');
    if (validation)
      config.facts['training.evalSet'] = { value: true, evidence: at(validation.ref, `${validation.ref.text} (${validation.doc.path})`) };
  }
}

/**
 * The training file a reference names: each candidate path relative to the config's folder, then to the
 * repository root, then as the tail of a repository path (a config run from a sub-project's own root).
 */
export function resolveDataset(configPath: string, ref: DatasetReference, data: Map<string, DocumentFacts>): DocumentFacts | undefined {
  const dir = configPath.includes('/') ? configPath.slice(0, configPath.lastIndexOf('/')) : '';
  for (const candidate of ref.candidates) {
    const clean = candidate.replace(/\\/g, '/');
    const tries = clean.startsWith('/') ? [clean.slice(1)] : [join(dir, clean), normalise(clean)];
    for (const t of tries) {
      const hit = t !== undefined ? data.get(t) : undefined;
      if (hit) return hit;
    }
  }
  for (const candidate of ref.candidates) {
    const tail = normalise(candidate.replace(/\\/g, '/').replace(/^\/+/, ''));
    if (!tail) continue;
    const matches = [...data.keys()].filter((p) => p.endsWith(`/${tail}`));
    if (matches.length === 0) continue;
    // The closest to the config wins when several sub-projects hold the same relative path.
    matches.sort((a, b) => commonPrefix(b, configPath) - commonPrefix(a, configPath) || a.length - b.length);
    return data.get(matches[0] as string);
  }
  return undefined;
}

function join(dir: string, rel: string): string | undefined {
  return normalise(dir ? `${dir}/${rel}` : rel);
}

/** Resolves `.` and `..` segments; undefined when the path climbs out of the repository. */
function normalise(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sum(list: Resolved[], fact: string): number | undefined {
  let total: number | undefined;
  for (const r of list) {
    const v = r.doc.facts[fact]?.value;
    if (typeof v === 'number') total = (total ?? 0) + v;
  }
  return total;
}

/** The volatile-fact ratio over all linked training files, weighted by their examples. */
function weightedRatio(train: Resolved[]): Fact | undefined {
  let volatile = 0;
  let examples = 0;
  let evidence: Evidence | undefined;
  for (const r of train) {
    const fact = r.doc.facts['training.volatileFactRatio'];
    const n = r.doc.facts['training.examples']?.value;
    if (!fact || typeof fact.value !== 'number' || typeof n !== 'number') continue;
    volatile += fact.value * n;
    examples += n;
    evidence ??= fact.evidence;
  }
  if (examples === 0) return undefined;
  return { value: volatile / examples, ...(evidence ? { evidence } : {}) };
}

function copy(fact: Fact): Fact {
  return fact.evidence ? { value: fact.value, evidence: { ...fact.evidence } } : { value: fact.value };
}
