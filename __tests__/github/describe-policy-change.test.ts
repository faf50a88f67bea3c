import { describe, expect, test } from '@jest/globals';
import { describePolicyChange } from '../../src/github/describe-policy-change.js';
import type { Policy, Rule, RuleSeverity } from '../../src/policy/policy-types.js';

const rule = (id: string, severity: RuleSeverity, options: Record<string, unknown> = {}): Rule => ({
  id,
  severity,
  title: id,
  message: id,
  remedy: '',
  options,
  when: { fact: 'approach', equals: 'fine-tuning' },
  definedIn: 'recommended',
});
const policy = (...rules: Rule[]): Policy => ({ sources: [{ source: 'recommended' }], rules });

describe('describePolicyChange', () => {
  test('no change', () => {
    expect(describePolicyChange(policy(rule('a', 'error')), policy(rule('a', 'error')))).toEqual([]);
  });

  test('added, dropped, turned off and on, lowered, raised, options', () => {
    const base = policy(
      rule('a', 'error'),
      rule('b', 'warning'),
      rule('c', 'notice'),
      rule('d', 'error'),
      rule('e', 'off'),
      rule('f', 'warning', { min: 500 }),
    );
    const head = policy(
      rule('a', 'warning'),
      rule('b', 'error'),
      rule('c', 'off'),
      rule('e', 'notice'),
      rule('f', 'warning', { min: 100 }),
      rule('g', 'warning'),
    );
    expect(describePolicyChange(base, head)).toEqual([
      'lowers `a` from error to warning',
      'raises `b` from warning to error',
      'turns off `c` (was notice)',
      'turns on `e` (notice)',
      'changes the options of `f`',
      'adds `g` (warning)',
      'drops `d` (was error)',
    ]);
  });
});
