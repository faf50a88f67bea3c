/** The structural catastrophic-backtracking check behind `matches` (SPEC §5). */
import { describe, expect, it } from '@jest/globals';
import { backtrackingRisk } from '../../src/policy/regex-safety.js';

describe('backtrackingRisk', () => {
  it.each(['(a+)+', '(a*)*', '^(\\d+)+$', '(?:x+)+', '((ab)+)+', '(\\w+\\s?)*', '(a{2,})+', '(a+){2,5}', '(?<n>a+)+', '(.*,)*'])(
    'rejects nested repeats: %s',
    (p) => {
      expect(backtrackingRisk(p)).toMatch(/contains another repeat/);
    },
  );

  it.each(['(a|a)*', '(a|ab)+', '(|a|)+', '(\\d|\\d\\.)+'])('rejects repeated alternatives that start alike: %s', (p) => {
    expect(backtrackingRisk(p)).toMatch(/start alike/);
  });

  it.each([
    '^Use (RAG|retrieval)',
    'a+b+',
    '(foo|bar)+',
    '[a+]+',
    '(a+)?',
    '(a)+',
    '(a|b|c)*',
    'fine-?tun(e|ing)',
    '(a{1,1})+',
    '\\(a+\\)+',
    '[(]a+[)]+',
  ])('accepts %s', (p) => {
    expect(backtrackingRisk(p)).toBeUndefined();
  });
});
