/** Fingerprints are identities that published comments are keyed by (SPEC §7): their value must never drift. */
import { describe, expect, it } from '@jest/globals';
import { fingerprint, normaliseEvidence } from '../../src/evaluate/fingerprint.js';

describe('fingerprint', () => {
  it('is the first 20 hex digits of SHA-256 over rule, path and normalised quote, as published reviews keep them', () => {
    // Value computed with createHash('sha256').update(…).digest('hex'), the form earlier releases used.
    expect(fingerprint('finetune-for-knowledge', 'docs/adr/0001-x.md', 'We will  fine-tune\non the catalogue ')).toBe(
      'bf05f3ad0ca5b5d84982',
    );
  });

  it('separates its parts, so moving text between path and quote changes it', () => {
    expect(fingerprint('r', 'a', 'b c')).not.toBe(fingerprint('r', 'a b', 'c'));
  });

  it('normalises case and whitespace only', () => {
    expect(normaliseEvidence('  We   Will\tFine-tune\n')).toBe('we will fine-tune');
  });
});
