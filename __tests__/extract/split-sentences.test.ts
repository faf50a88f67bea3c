/** Sentences joined across line breaks: the hand-written join must be the regex replacement it stands for. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { joinLines, splitSentences } from '../../src/extract/adr/split-sentences.js';
import { runs } from '../property-runs.js';

describe('joinLines', () => {
  it('replaces each whitespace run holding a line break by one space, as /\\s*\\n\\s*/g does', () => {
    // Every kind of character \s matches, and some it does not (U+180E, U+200B, U+0085).
    const ch = fc.constantFrom(
      'a',
      'B',
      '.',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u180e',
      '\u200b',
      '\u0085',
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(joinLines(s)).toBe(s.replace(/\s*\n\s*/g, ' '));
      }),
      runs(5000, 3),
    );
  });

  it('joins a sentence that spans lines and keeps the line it starts on', () => {
    expect(splitSentences('We chose retrieval  \n   over fine-tuning. It cites\nsources.', 4)).toEqual([
      { text: 'We chose retrieval over fine-tuning.', line: 4 },
      { text: 'It cites sources.', line: 5 },
    ]);
  });
});
