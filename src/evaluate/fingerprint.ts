/**
 * A finding's identity across runs (SPEC §7): rule id, path and the normalised evidence text, never the line,
 * so a finding keeps its fingerprint when lines move and inline comments are not repeated.
 */
import { hash } from 'node:crypto';

export function normaliseEvidence(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function fingerprint(ruleId: string, path: string, evidenceText: string): string {
  // One-shot hash: no Hash object per finding (a 10,000-record run makes ~12,000 of them).
  return hash('sha256', `${ruleId}\u0000${path}\u0000${normaliseEvidence(evidenceText)}`, 'hex').slice(0, 20);
}
