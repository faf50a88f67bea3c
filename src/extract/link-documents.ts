/** Facts that need the whole repository: whether an accepted ADR decides fine-tuning (for configs). */
import type { DocumentFacts } from '../facts/types.js';

export function linkDocuments(docs: DocumentFacts[]): void {
  const adr = docs.find(
    (d) =>
      (d.kind === 'adr' || d.kind === 'manifest') &&
      d.facts['uses.fineTuning']?.value === true &&
      (d.kind === 'manifest' || d.facts['adr.status']?.value === 'accepted'),
  );
  for (const d of docs) {
    if (d.kind !== 'finetune-config') continue;
    const ev = adr?.facts['uses.fineTuning']?.evidence;
    d.facts['repo.acceptedFinetuneAdr'] = { value: adr !== undefined, ...(ev ? { evidence: ev } : {}) };
  }
}
