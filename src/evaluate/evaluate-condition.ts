/**
 * Evaluates a rule's condition over one document (SPEC §5). Besides true/false it returns the facts that
 * explain the outcome, in evaluation order: for `all` that held, every child; for `any` that held, the first
 * child that held; under `not` the reasons of the inner outcome. The evaluator takes the finding's location and
 * quoted evidence from them (SPEC §6.4).
 */
import type { DocumentFacts, Evidence } from '../facts/types.js';
import type { Comparable, Condition, Predicate } from '../policy/policy-types.js';
import { readFact, readFactValue } from './read-fact.js';

export interface Reason {
  fact: string;
  evidence?: Evidence;
}

export interface Outcome {
  holds: boolean;
  reasons: Reason[];
}

export interface ConditionContext {
  doc: DocumentFacts;
  options: Record<string, unknown>;
  /** Compiled `matches` patterns, shared across documents. */
  regexes: Map<string, RegExp>;
}

export function evaluateCondition(condition: Condition, ctx: ConditionContext): Outcome {
  if ('all' in condition) {
    const reasons: Reason[] = [];
    for (const child of condition.all) {
      const outcome = evaluateCondition(child, ctx);
      if (!outcome.holds) return outcome;
      reasons.push(...outcome.reasons);
    }
    return { holds: true, reasons };
  }
  if ('any' in condition) {
    const reasons: Reason[] = [];
    for (const child of condition.any) {
      const outcome = evaluateCondition(child, ctx);
      if (outcome.holds) return outcome;
      reasons.push(...outcome.reasons);
    }
    return { holds: false, reasons };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, ctx);
    return { holds: !inner.holds, reasons: inner.reasons };
  }
  return evaluatePredicate(condition, ctx);
}

/**
 * Whether the condition holds, exactly as evaluateCondition decides it, without collecting reasons: most rules hold
 * on few documents, and the reasons (an array and an outcome per predicate) are needed only for the ones that do.
 * Each condition is compiled once into nested closures (its operators picked in advance), which spares the tree
 * walk's per-node shape checks on every document.
 */
export function conditionHolds(condition: Condition, ctx: ConditionContext): boolean {
  let test = compiled.get(condition);
  if (!test) {
    test = compile(condition);
    compiled.set(condition, test);
  }
  return test(ctx);
}

type CompiledCondition = (ctx: ConditionContext) => boolean;
const compiled = new WeakMap<Condition, CompiledCondition>();

function compile(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compile);
    return (ctx) => {
      for (const part of parts) if (!part(ctx)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    return (ctx) => {
      for (const part of parts) if (part(ctx)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (ctx) => !inner(ctx);
  }
  const fact = condition.fact;
  const ops: (typeof OPERATORS)[number][] = [];
  const operands: (Comparable | Comparable[] | { option: string })[] = [];
  for (const op of OPERATORS) {
    const operand = condition[op];
    if (operand === undefined) continue;
    ops.push(op);
    operands.push(operand);
  }
  return (ctx) => {
    const value = readFactValue(ctx.doc, fact);
    // Indexed, not destructured pairs: this runs for every rule on every document.
    for (let i = 0; i < ops.length; i++) if (!applyOperator(ops[i]!, value, resolve(operands[i]!, ctx.options), ctx.regexes)) return false;
    return true;
  };
}

const OPERATORS = ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'contains'] as const;

function evaluatePredicate(predicate: Predicate, ctx: ConditionContext): Outcome {
  const { value, evidence } = readFact(ctx.doc, predicate.fact);
  const reasons: Reason[] = [evidence ? { fact: predicate.fact, evidence } : { fact: predicate.fact }];
  for (const op of OPERATORS) {
    const operand = predicate[op];
    if (operand === undefined) continue;
    if (!applyOperator(op, value, resolve(operand, ctx.options), ctx.regexes)) return { holds: false, reasons };
  }
  return { holds: true, reasons };
}

/** `{option: NAME}` → the rule's option value. */
function resolve(operand: Comparable | Comparable[] | { option: string }, options: Record<string, unknown>): unknown {
  if (operand !== null && typeof operand === 'object' && !Array.isArray(operand)) return options[operand.option] ?? null;
  return operand;
}

export function applyOperator(op: (typeof OPERATORS)[number], value: unknown, operand: unknown, regexes: Map<string, RegExp>): boolean {
  const fact = value === undefined ? null : value;
  switch (op) {
    case 'equals':
      return sameValue(fact, operand);
    case 'in': {
      const list = Array.isArray(operand) ? operand : [];
      return Array.isArray(fact) ? fact.some((m) => list.some((v) => sameValue(m, v))) : list.some((v) => sameValue(fact, v));
    }
    case 'exists':
      return (fact !== null) === (operand !== false);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compare(op, fact, operand);
    case 'matches': {
      const pattern = String(operand);
      let regex = regexes.get(pattern);
      if (!regex) {
        regex = new RegExp(pattern);
        regexes.set(pattern, regex);
      }
      const test = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && regex.test(String(v));
      return Array.isArray(fact) ? fact.some(test) : test(fact);
    }
    case 'contains':
      if (Array.isArray(fact)) return fact.some((m) => sameValue(m, operand));
      return typeof fact === 'string' && operand !== null && operand !== undefined && fact.includes(String(operand));
  }
}

/** gt/gte/lt/lte: numbers with numbers, text with text; false when the fact is null (SPEC §5). */
function compare(op: 'gt' | 'gte' | 'lt' | 'lte', a: unknown, b: unknown): boolean {
  const comparable = (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
  if (!comparable || (typeof a === 'number' && Number.isNaN(a))) return false;
  const [x, y] = [a as number | string, b as number | string];
  if (op === 'gt') return x > y;
  if (op === 'gte') return x >= y;
  if (op === 'lt') return x < y;
  return x <= y;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b); // raw config subtrees; key order as parsed
}
