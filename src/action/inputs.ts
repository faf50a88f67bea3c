/** The action's inputs (action.yml, SPEC §3), read and checked: an invalid value is a UsageError naming the input. */
import * as core from '@actions/core';
import type { FailOn } from '../report/report-counts.js';

export const DEFAULT_CONFIG = '.github/llm-arch-lint.yml';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
export const MODES = ['full', 'analyze', 'publish'] as const;
export type Mode = (typeof MODES)[number];

/** An invalid input or an unusable environment: the message says which and what is accepted. */
export class UsageError extends Error {}

export interface Inputs {
  token: string;
  policyToken: string;
  config: string;
  scope: 'changed' | 'all' | '';
  failOn: FailOn;
  comment: boolean;
  review: boolean;
  sarifFile: string;
  reportFile: string;
  mode: Mode;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input \`${name}\` must be true or false, got "${value}"`);
}

function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T | ''): T | '' {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`input \`${name}\` must be one of ${choices.join(', ')}; got "${value}"`);
  return value as T;
}

export function readInputs(): Inputs {
  return {
    token: core.getInput('github-token'),
    policyToken: core.getInput('policy-token'),
    config: core.getInput('config') || DEFAULT_CONFIG,
    scope: choiceInput('scope', ['changed', 'all'] as const, ''),
    failOn: choiceInput('fail-on', FAIL_ON, 'error') || 'error',
    comment: booleanInput('comment', true),
    review: booleanInput('review', true),
    sarifFile: core.getInput('sarif-file'),
    reportFile: core.getInput('report-file'),
    mode: choiceInput('mode', MODES, 'full') || 'full',
  };
}
