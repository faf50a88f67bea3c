/** Suppression comments (SPEC §5): valid, expired (inclusive, UTC), pending until merge, and invalid ones. */
import { describe, expect, it } from '@jest/globals';
import type { Suppression } from '../../src/facts/types.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { loadBuiltinPolicy } from '../../src/policy/load-policy.js';
import { adr } from './make-doc.js';

const policy = loadBuiltinPolicy();
const FT: [boolean, number, string] = [true, 14, 'We will fine-tune Llama 3.'];
const suppression = (s: Partial<Suppression>): Suppression => ({
  ruleId: 'finetune-before-baseline',
  reason: 'baseline in ADR-0012',
  line: 30,
  text: '<!-- llm-arch-lint-disable finetune-before-baseline reason="baseline in ADR-0012" -->',
  ...s,
});
const run = (suppressions: Suppression[], now = '2027-06-30T23:59:00Z', isPendingSuppression?: (p: string, s: Suppression) => boolean) =>
  evaluate([adr({ 'uses.fineTuning': FT, 'training.evalSet': true }, { suppressions })], policy, {
    now: new Date(now),
    ...(isPendingSuppression ? { isPendingSuppression } : {}),
  });

describe('suppressions', () => {
  it('suppresses the rule on the whole document, keeping the finding with its reason', () => {
    const [finding] = run([suppression({})]);
    expect(finding).toMatchObject({ ruleId: 'finetune-before-baseline', suppressed: { reason: 'baseline in ADR-0012' } });
    expect(finding?.suppressed).not.toHaveProperty('until');
  });

  it('counts `until` inclusively, on the UTC date of the run', () => {
    const s = suppression({ until: '2027-06-30' });
    expect(run([s], '2027-06-30T23:59:00Z')[0]?.suppressed).toEqual({ reason: 'baseline in ADR-0012', until: '2027-06-30' });
    // 01:00 on 1 July in UTC+2 is still 30 June in UTC: suppressed.
    expect(run([s], '2027-07-01T01:00:00+02:00')[0]?.suppressed).toBeDefined();
    const [expired] = run([s], '2027-07-01T00:00:00Z');
    expect(expired?.suppressed).toBeUndefined();
    expect(expired?.message).toMatch(/Its suppression expired on 2027-06-30\.$/);
  });

  it('leaves a suppression the pull request adds without effect until merge', () => {
    const [finding] = run([suppression({})], undefined, () => true);
    expect(finding?.suppressed).toBeUndefined();
    expect(finding?.message).toMatch(/The suppression this pull request adds takes effect after merge\.$/);
  });

  it('reports a suppression without a reason, and suppresses nothing', () => {
    const findings = run([suppression({ reason: undefined, line: 31 })]);
    expect(findings.map((f) => [f.ruleId, f.line, f.suppressed])).toEqual([
      ['invalid-suppression', 31, undefined],
      ['finetune-before-baseline', 14, undefined],
    ]);
    expect(findings[0]?.message).toBe('The suppression of finetune-before-baseline gives no reason="…"; it suppresses nothing.');
    expect(findings[0]?.evidence[0]?.text).toContain('llm-arch-lint-disable');
  });

  it('reports a suppression of an unknown rule with a suggestion', () => {
    const [invalid] = run([suppression({ ruleId: 'finetune-befor-baseline' })]);
    expect(invalid?.message).toBe(
      'The suppression names an unknown rule "finetune-befor-baseline" (did you mean "finetune-before-baseline"?); it suppresses nothing.',
    );
  });

  it('reports an until that is not a date', () => {
    const [invalid] = run([suppression({ until: '2027-02-30' })]);
    expect(invalid?.ruleId).toBe('invalid-suppression');
    expect(invalid?.message).toMatch(/until=2027-02-30, which is not a date/);
  });

  it('may suppress engine findings', () => {
    const doc = adr(
      {},
      {
        problems: [{ ruleId: 'invalid-front-matter', line: 3, message: 'unknown key llm.owner' }],
        suppressions: [suppression({ ruleId: 'invalid-front-matter', reason: 'read by our portal' })],
      },
    );
    expect(evaluate([doc], policy, { now: new Date() })[0]?.suppressed).toEqual({ reason: 'read by our portal' });
  });
});
