/**
 * Load-time checks of a rule definition that a JSON schema cannot express (SPEC §5): fact names exist in the
 * vocabulary (typos fail loudly, with a suggestion), compared values fit the fact's type, `matches` compiles and
 * cannot backtrack catastrophically, `{option: X}` and `{{options.X}}` name declared options, and message
 * placeholders name known facts.
 */
import { ADR_SECTIONS, FACT_BY_NAME, FACTS, isKnownFactName, type FactSpec } from '../facts/vocabulary.js';
import { didYouMean } from './did-you-mean.js';
import { EVIDENCE_FILTERS, FILTERS, parseTemplate } from './message-template.js';
import type { PathSegment } from './json-path.js';
import { backtrackingRisk } from './regex-safety.js';

export interface Problem {
  path: PathSegment[];
  detail: string;
}

type Obj = Record<string, unknown>;

const FACT_NAMES = FACTS.map((f) => f.name);
const COMPARISONS = ['gt', 'gte', 'lt', 'lte'] as const;
/** Members a list fact can have, where the vocabulary fixes them. */
const LIST_MEMBERS: Record<string, readonly string[]> = { 'adr.sections': ADR_SECTIONS };

/** Problems of one rule definition (already valid against the schema), with paths relative to the policy root. */
export function checkRuleDefinition(id: string, rule: Obj): Problem[] {
  const base: PathSegment[] = ['rules', id];
  const options = (rule['options'] as Obj | undefined) ?? {};
  const problems: Problem[] = [];
  checkCondition(rule['when'] as Obj, [...base, 'when'], options, problems);
  checkMessage(String(rule['message']), [...base, 'message'], options, problems);
  return problems;
}

function unknownFact(name: string): string {
  return `unknown fact "${name}"${didYouMean(name, FACT_NAMES)}`;
}

function checkCondition(cond: Obj, path: PathSegment[], options: Obj, problems: Problem[]): void {
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (Array.isArray(list)) list.forEach((c, i) => checkCondition(c as Obj, [...path, key, i], options, problems));
  }
  if (cond['not'] !== undefined) checkCondition(cond['not'] as Obj, [...path, 'not'], options, problems);
  if (typeof cond['fact'] !== 'string') return;

  const name = cond['fact'];
  if (!isKnownFactName(name)) {
    problems.push({ path: [...path, 'fact'], detail: unknownFact(name) });
    return;
  }
  const spec = FACT_BY_NAME.get(name); // undefined for raw adr.frontMatter.* / config.* paths
  for (const [op, value] of Object.entries(cond)) {
    if (op === 'fact') continue;
    const at = [...path, op];
    if (isOptionRef(value)) {
      if (!(value.option in options)) {
        problems.push({
          path: [...at, 'option'],
          detail: `unknown option "${value.option}": the rule declares ${declared(options)}${didYouMean(value.option, Object.keys(options))}`,
        });
      }
      continue;
    }
    if (op === 'matches') {
      const pattern = String(value);
      try {
        new RegExp(pattern);
      } catch (e) {
        problems.push({ path: at, detail: `invalid regular expression: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
      const risk = backtrackingRisk(pattern);
      if (risk) problems.push({ path: at, detail: `unsafe regular expression /${pattern}/: ${risk}` });
      continue;
    }
    if (spec) {
      const values = op === 'in' && Array.isArray(value) ? value : [value];
      values.forEach((v, i) => {
        const detail = misfit(spec, op, v);
        if (detail) problems.push({ path: op === 'in' ? [...at, i] : at, detail });
      });
    }
  }
}

/** Why a compared value can never match the fact, or undefined. */
function misfit(spec: FactSpec, op: string, value: unknown): string | undefined {
  if (op === 'exists') return undefined;
  const { name, type } = spec;
  if ((COMPARISONS as readonly string[]).includes(op)) {
    if (type === 'number') return typeof value === 'number' ? undefined : `${name} is a number: compare it with a number`;
    if (type === 'string') return typeof value === 'string' ? undefined : `${name} is text: compare it with text`;
    return `${op} compares numbers or text; ${name} is ${type === 'string[]' ? 'a list' : `of type ${type}`}`;
  }
  if (type === 'string[]') {
    if (op !== 'contains') return `${name} is a list: use contains to test for a member`;
    const members = LIST_MEMBERS[name];
    if (members && !members.includes(String(value))) {
      return `"${String(value)}" is not a value of ${name} (${members.join(', ')})${didYouMean(String(value), members)}`;
    }
    return undefined;
  }
  if (value === null) return undefined;
  if (op === 'contains') return type === 'string' ? undefined : `contains tests lists and text; ${name} is of type ${type}`;
  if (type === 'boolean' && typeof value !== 'boolean') return `${name} is true or false, not ${JSON.stringify(value)}`;
  if (type === 'number' && typeof value !== 'number') return `${name} is a number, not ${JSON.stringify(value)}`;
  if (type === 'enum' && !spec.values?.includes(String(value))) {
    const values = spec.values ?? [];
    return `"${String(value)}" is not a value of ${name} (${values.join(', ')})${didYouMean(String(value), values)}`;
  }
  return undefined;
}

function checkMessage(message: string, path: PathSegment[], options: Obj, problems: Problem[]): void {
  for (const part of parseTemplate(message)) {
    if (typeof part === 'string') continue;
    const problem = (detail: string) => problems.push({ path, detail: `${part.raw}: ${detail}` });
    const allowed: readonly string[] = part.kind === 'evidence' ? (part.name !== undefined ? EVIDENCE_FILTERS : []) : FILTERS;
    if (part.filter !== undefined && !allowed.includes(part.filter)) {
      problem(`unknown filter "${part.filter}"${allowed.length ? ` (filters: ${allowed.join(', ')})` : ''}`);
    }
    if (part.kind === 'option' && part.name !== undefined && !(part.name in options)) {
      problem(`unknown option "${part.name}": the rule declares ${declared(options)}${didYouMean(part.name, Object.keys(options))}`);
    }
    if (part.kind !== 'option' && part.name !== undefined && !isKnownFactName(part.name)) {
      problem(unknownFact(part.name));
    }
  }
}

function declared(options: Obj): string {
  const names = Object.keys(options);
  return names.length ? names.join(', ') : 'no options';
}

export function isOptionRef(value: unknown): value is { option: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Obj)['option'] === 'string';
}
