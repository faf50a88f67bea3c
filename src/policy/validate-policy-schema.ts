/**
 * Schema validation of policy and config files (ajv, allErrors) and the translation of ajv's errors into
 * PolicyErrors that name the file, the line and the JSON path, with a "did you mean" where a name was misspelt.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { didYouMean } from './did-you-mean.js';
import { SCHEMAS } from './embedded-assets.js';
import { toJsonPath, type PathSegment } from './json-path.js';
import type { PositionedYaml } from './parse-policy-yaml.js';
import { PolicyError } from './policy-types.js';

export type PolicyFileKind = 'policy' | 'config';

interface SchemaDefinitions {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
}

const policySchema = SCHEMAS['policy'] as SchemaDefinitions;
const defs = policySchema.definitions;
const OPERATORS = ['equals', 'in', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'contains'];
const CONDITION_KEYS = ['all', 'any', 'not', 'fact'];

let validators: Record<PolicyFileKind, ValidateFunction> | undefined;

function getValidators(): Record<PolicyFileKind, ValidateFunction> {
  if (!validators) {
    // verbose: errors carry parentSchema, which tells which definition (rule, adjustment, predicate) failed.
    const ajv = new Ajv({ allErrors: true, verbose: true, strictRequired: false, allowUnionTypes: true });
    ajvFormats.default(ajv);
    ajv.addSchema(SCHEMAS['policy'] as object);
    validators = {
      policy: ajv.getSchema((SCHEMAS['policy'] as { $id: string }).$id) as ValidateFunction,
      config: ajv.compile(SCHEMAS['config'] as object),
    };
  }
  return validators;
}

/** Every schema violation of the file, in document order (empty when it is valid). */
export function validatePolicySchema(yaml: PositionedYaml, file: string, kind: PolicyFileKind): PolicyError[] {
  const validate = getValidators()[kind];
  if (validate(yaml.data)) return [];
  const seen = new Set<string>();
  const errors: PolicyError[] = [];
  for (const e of validate.errors ?? []) {
    const converted = convert(e, yaml, file);
    if (!converted || seen.has(converted.message)) continue;
    seen.add(converted.message);
    errors.push(converted);
  }
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function convert(e: ErrorObject, yaml: PositionedYaml, file: string): PolicyError | undefined {
  // `if` errors only repeat what the branch that failed says; a propertyNames `pattern` error repeats propertyNames.
  if (e.keyword === 'if' || (e.keyword === 'pattern' && e.schemaPath.startsWith('#/propertyNames'))) return undefined;
  const path = toSegments(e.instancePath, yaml.data);
  const at = (p: PathSegment[], detail: string) => new PolicyError(file, yaml.lineOf(p), toJsonPath(p), detail);
  const params = e.params as Record<string, unknown>;
  const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(params['additionalProperty']);
      return at([...path, prop], unknownProperty(prop, parent));
    }
    case 'propertyNames':
      return at(
        [...path, String(params['propertyName'])],
        `rule id "${String(params['propertyName'])}" may contain only letters, digits and . _ / -`,
      );
    case 'required':
      return at(path, `missing required property "${String(params['missingProperty'])}"`);
    case 'minProperties':
      if (parent === defs['predicate']) return at(path, `a predicate needs an operator: ${OPERATORS.join(', ')}`);
      if (parent === defs['ruleAdjustment']) return at(path, 'an adjustment needs "severity" or "options"');
      return at(path, e.message ?? 'has too few properties');
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : '';
      return at(path, `must be one of ${allowed.join(', ')}, not ${JSON.stringify(e.data)}${hint}`);
    }
    case 'type':
      if (parent === defs['ruleAdjustment'] && e.schemaPath === '#/type') {
        return at(path, 'must be a severity (off, notice, warning, error), {severity, options}, or a rule definition with "when"');
      }
      return at(path, `must be ${String(params['type']).replace(',', ' or ')}`);
    case 'minItems':
      return at(path, 'must not be empty');
    case 'minLength':
      return at(path, 'must not be empty');
    case 'format':
      return at(path, `must be a ${String(params['format']).toUpperCase()}`);
    default:
      return at(path, e.message ?? `fails ${e.keyword}`);
  }
}

/** Why a property is not allowed where it is, in the terms of the policy language. */
function unknownProperty(prop: string, parent: { properties?: Record<string, unknown> } | undefined): string {
  if (parent === defs['ruleAdjustment'] && prop in (defs['ruleDefinition']?.properties ?? {})) {
    return `"${prop}" belongs to a rule definition, which needs "when"; an entry without "when" adjusts an inherited rule and may set only severity and options`;
  }
  const isCondition = [defs['allCondition'], defs['anyCondition'], defs['notCondition'], defs['predicate']].includes(parent as never);
  if (isCondition && (CONDITION_KEYS.includes(prop) || (parent !== defs['predicate'] && OPERATORS.includes(prop)))) {
    return `"${prop}" cannot be combined here: a condition is exactly one of all, any, not, or a predicate (fact with operators)`;
  }
  return `unknown property "${prop}"${didYouMean(prop, Object.keys(parent?.properties ?? {}))}`;
}

/** ajv's JSON pointer → path segments (array indices as numbers, so the JSON path prints `[1]`). */
function toSegments(pointer: string, data: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}
