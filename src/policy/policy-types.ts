/** Policies as loaded and validated (SPEC §5). Rules are data: code computes facts, policy decides. */
import type { DocKind } from '../facts/types.js';

export type RuleSeverity = 'error' | 'warning' | 'notice' | 'off';

export type Comparable = string | number | boolean | null | { option: string };

export interface Predicate {
  fact: string;
  equals?: Comparable;
  in?: Comparable[] | { option: string };
  exists?: boolean;
  gt?: Comparable;
  gte?: Comparable;
  lt?: Comparable;
  lte?: Comparable;
  matches?: string;
  contains?: Comparable;
}

export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Predicate;

export interface Rule {
  id: string;
  severity: RuleSeverity;
  title: string;
  message: string;
  remedy: string;
  description?: string;
  rationale?: string;
  examples?: { fail?: string; pass?: string };
  options: Record<string, unknown>;
  appliesTo?: DocKind[];
  /** A page documenting the rule; built-in rules default to docs/rules/<id>.md. */
  helpUri?: string;
  when: Condition;
  /** The policy source that defined the rule (for error messages and docs). */
  definedIn: string;
}

export interface PolicySource {
  source: string;
  sha?: string;
}

export interface Policy {
  sources: PolicySource[];
  rules: Rule[];
}

/** A load error that names the file, the line of the offending node and its JSON path (SPEC §5). */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly jsonPath: string,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''} ${jsonPath ? `${jsonPath}: ` : ''}${detail}`);
    this.name = 'PolicyError';
  }
}
