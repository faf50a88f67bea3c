/** Operator semantics exactly as SPEC §5, missing facts as vocabulary defaults, raw trees by dotted path. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyOperator, conditionHolds, evaluateCondition } from '../../src/evaluate/evaluate-condition.js';
import type { Condition } from '../../src/policy/policy-types.js';
import { adr, makeDoc } from './make-doc.js';
import { runs } from '../property-runs.js';

const regexes = new Map<string, RegExp>();
const op = (name: Parameters<typeof applyOperator>[0], value: unknown, operand: unknown) => applyOperator(name, value, operand, regexes);

describe('operators', () => {
  it.each([
    ['equals', 'rag', 'rag', true],
    ['equals', 'rag', 'hybrid', false],
    ['equals', null, null, true],
    ['equals', 3, '3', false],
    ['equals', { a: 1 }, { a: 1 }, true],
    ['in', 'weekly', ['daily', 'weekly'], true],
    ['in', 'yearly', ['daily', 'weekly'], false],
    ['in', ['status', 'context'], ['context'], true],
    ['in', null, [null], true],
    ['exists', null, true, false],
    ['exists', 0, true, true],
    ['exists', false, true, true],
    ['exists', null, false, true],
    ['gt', 10, 5, true],
    ['gt', 5, 5, false],
    ['gte', 5, 5, true],
    ['lt', 499, 500, true],
    ['lte', 500, 500, true],
    ['lt', null, 500, false],
    ['gte', null, 0, false],
    ['gt', '10', 5, false],
    ['lt', 'a', 'b', true],
    ['matches', 'Use RAG for support', '^Use (RAG|retrieval)', true],
    ['matches', 'use rag', '^Use', false],
    ['matches', null, '.*', false],
    ['matches', 2400, '^\\d{4}$', true],
    ['matches', ['a', 'bcd'], '^b', true],
    ['contains', ['status', 'decision'], 'decision', true],
    ['contains', ['status'], 'decision', false],
    ['contains', 'fine-tune the model', 'tune', true],
    ['contains', null, 'x', false],
    ['contains', 42, 4, false],
  ] as const)('%s(%j, %j) = %s', (name, value, operand, expected) => {
    expect(op(name, value, operand)).toBe(expected);
  });
});

describe('conditions', () => {
  const ctx = (doc = adr({})) => ({ doc, options: { min: 500, kinds: ['adr'] }, regexes });

  it('reads missing facts as their vocabulary defaults', () => {
    const doc = makeDoc('adr', {});
    const holds = (c: Condition) => evaluateCondition(c, ctx(doc)).holds;
    expect(holds({ fact: 'uses.fineTuning', equals: false })).toBe(true);
    expect(holds({ fact: 'approach', equals: 'none' })).toBe(true);
    expect(holds({ fact: 'knowledge.volatility', equals: 'unknown' })).toBe(true);
    expect(holds({ fact: 'training.examples', exists: false })).toBe(true);
    expect(holds({ fact: 'adr.sections', exists: true })).toBe(true);
    expect(holds({ fact: 'recommendation', exists: false })).toBe(true);
    expect(holds({ fact: 'doc.kind', equals: 'adr' })).toBe(true);
    expect(holds({ fact: 'doc.path', matches: '^docs/adr/' })).toBe(true);
  });

  it('reads adr.frontMatter.* and config.* by dotted path', () => {
    const doc = makeDoc(
      'finetune-config',
      {},
      { config: { training: { epochs: 3 }, 'model.name': 'llama' }, frontMatter: { owner: 'ml-team' } },
    );
    const holds = (c: Condition) => evaluateCondition(c, ctx(doc)).holds;
    expect(holds({ fact: 'config.training.epochs', gt: 2 })).toBe(true);
    expect(holds({ fact: 'config.model.name', equals: 'llama' })).toBe(true);
    expect(holds({ fact: 'config.training.missing', exists: false })).toBe(true);
    expect(holds({ fact: 'adr.frontMatter.owner', equals: 'ml-team' })).toBe(true);
    expect(holds({ fact: 'adr.frontMatter.owner.name', exists: true })).toBe(false);
  });

  it('resolves {option: NAME} from the rule options', () => {
    const doc = adr({ 'training.examples': 120 });
    expect(evaluateCondition({ fact: 'training.examples', lt: { option: 'min' } }, ctx(doc)).holds).toBe(true);
    expect(evaluateCondition({ fact: 'doc.kind', in: { option: 'kinds' } }, ctx(doc)).holds).toBe(true);
  });

  it('combines all, any and not, and requires every operator of a predicate', () => {
    const doc = adr({ approach: 'rag', 'uses.retrieval': true });
    const holds = (c: Condition) => evaluateCondition(c, ctx(doc)).holds;
    expect(holds({ all: [{ fact: 'approach', equals: 'rag' }, { not: { fact: 'uses.fineTuning', equals: true } }] })).toBe(true);
    expect(
      holds({
        any: [
          { fact: 'approach', equals: 'hybrid' },
          { fact: 'uses.retrieval', equals: true },
        ],
      }),
    ).toBe(true);
    expect(
      holds({
        any: [
          { fact: 'approach', equals: 'hybrid' },
          { fact: 'uses.fineTuning', equals: true },
        ],
      }),
    ).toBe(false);
    expect(holds({ fact: 'approach', exists: true, equals: 'hybrid' })).toBe(false);
  });

  it('explains an outcome with the facts that decided it, in evaluation order', () => {
    const doc = adr({
      'uses.fineTuning': [true, 14, 'We will fine-tune.'],
      'knowledge.changesFast': [true, 9, 'Prices change weekly.'],
      'requires.audit': [true, 5, 'Auditors review answers.'],
    });
    const outcome = evaluateCondition(
      {
        all: [
          { fact: 'uses.fineTuning', equals: true },
          {
            any: [
              { fact: 'requires.citations', equals: true },
              { fact: 'knowledge.changesFast', equals: true },
              { fact: 'requires.audit', equals: true },
            ],
          },
        ],
      },
      ctx(doc),
    );
    expect(outcome.holds).toBe(true);
    expect(outcome.reasons.map((r) => r.evidence?.line)).toEqual([14, 9]);
  });
});

describe('conditionHolds', () => {
  // Facts of every kind of value, some unset (their vocabulary default), one raw config path.
  const fact = fc.constantFrom(
    'approach',
    'uses.fineTuning',
    'training.examples',
    'adr.sections',
    'knowledge.volatility',
    'config.model.name',
    'doc.kind',
  );
  const operand = fc.oneof(
    fc.constantFrom('rag', 'fine-tuning', 'weekly', 'decision', 'adr', 'gpt-4o', true, false, null, 0, 500, 1200),
    fc.constant({ option: 'min' }),
    fc.constant(['rag', 'hybrid']),
  );
  const predicate = fc
    .tuple(fact, fc.constantFrom('equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'contains'), operand)
    .map(([f, o, v]) => ({ fact: f, [o]: o === 'matches' ? '^(rag|fine)' : v }) as Condition);
  const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      predicate,
      fc.array(tie('c'), { maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie('c'), { maxLength: 3 }).map((any) => ({ any })),
      tie('c').map((not) => ({ not })),
    ),
  })).c;
  const doc = fc
    .record(
      {
        approach: fc.constantFrom('rag', 'fine-tuning', 'hybrid'),
        'uses.fineTuning': fc.boolean(),
        'training.examples': fc.constantFrom(0, 499, 500, 1200),
        'adr.sections': fc.constant<string[]>(['context', 'decision']),
      },
      { requiredKeys: [] },
    )
    .chain((facts) => fc.constantFrom(makeDoc('adr', facts), makeDoc('finetune-config', facts, { config: { model: { name: 'gpt-4o' } } })));

  it('decides exactly as evaluateCondition does', () => {
    fc.assert(
      fc.property(condition, doc, (c, d) => {
        const context = { doc: d, options: { min: 500 }, regexes };
        expect(conditionHolds(c, context)).toBe(evaluateCondition(c, context).holds);
      }),
      runs(3000, 5),
    );
  });
});
