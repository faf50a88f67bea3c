/**
 * One policy or config file: YAML with positions → schema-valid data whose rule definitions passed the
 * semantic checks. What depends on inherited rules (adjustments) is checked when the file is applied.
 */
import { checkRuleDefinition } from './check-rule-definition.js';
import { toJsonPath } from './json-path.js';
import { parseYamlWithPositions, type PositionedYaml } from './parse-policy-yaml.js';
import { PolicyError, type RuleSeverity } from './policy-types.js';
import { validatePolicySchema, type PolicyFileKind } from './validate-policy-schema.js';

export type RuleEntry = RuleSeverity | Record<string, unknown>;

export interface PolicyFileData {
  id?: string;
  description?: string;
  extends?: string[];
  rules?: Record<string, RuleEntry>;
  include?: { adr?: string[]; config?: string[]; data?: string[] };
  exclude?: string[];
  limits?: { maxFileBytes?: number; maxDataBytes?: number };
}

export interface ParsedPolicyFile {
  file: string;
  data: PolicyFileData;
  lineOf: PositionedYaml['lineOf'];
}

/** Throws the first PolicyError (in document order) when the file is not a valid policy or config. */
export function parsePolicyFile(text: string, file: string, kind: PolicyFileKind): ParsedPolicyFile {
  const yaml = parseYamlWithPositions(text, file);
  const [schemaError] = validatePolicySchema(yaml, file, kind);
  if (schemaError) throw schemaError;
  const data = yaml.data as PolicyFileData;
  const problems = Object.entries(data.rules ?? {}).flatMap(([id, entry]) =>
    typeof entry === 'object' && entry['when'] !== undefined ? checkRuleDefinition(id, entry) : [],
  );
  const errors = problems
    .map((p) => new PolicyError(file, yaml.lineOf(p.path), toJsonPath(p.path), p.detail))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (errors[0]) throw errors[0];
  return { file, data, lineOf: yaml.lineOf };
}
