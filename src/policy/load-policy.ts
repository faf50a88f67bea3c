/**
 * Loads the effective policy (SPEC §5): the config (or the built-in `recommended` pack when there is none),
 * its `extends` chain resolved depth-first (later entries override earlier ones, the file's own rules override
 * all; a source reached twice is applied once), cycles refused. Built-in packs are embedded; every other source is read through the PolicyReader the
 * edges provide, so this module does no I/O.
 */
import { didYouMean } from './did-you-mean.js';
import { applyPolicyRules } from './apply-policy-rules.js';
import { BUILTIN_PACKS } from './embedded-assets.js';
import type { ParsedPolicyFile, PolicyFileData } from './parse-policy-file.js';
import { PolicyError, type Policy, type PolicySource, type Rule } from './policy-types.js';

export interface PolicyReader {
  /**
   * Reads `source` (a relative path or `github:OWNER/REPO/PATH@REF`) as seen from `fromFile`. `file` is the
   * source's canonical name: used in messages, in `policy.sources` and to detect cycles.
   */
  read(source: string, fromFile: string): Promise<{ file: string; text: string; sha?: string }>;
}

export interface ResolvedConfig {
  policy: Policy;
  include: { adr?: string[]; config?: string[]; data?: string[] };
  exclude: string[];
  limits: { maxFileBytes: number; maxDataBytes: number };
}

export const DEFAULT_LIMITS = { maxFileBytes: 2_097_152, maxDataBytes: 268_435_456 } as const;
export const DEFAULT_PACK = 'recommended';

/** A file and the files it extends, already read and parsed. */
interface Layer {
  parsed: ParsedPolicyFile;
  source: PolicySource;
  children: Layer[];
}

/** A bare name (no dot, no slash) in `extends` names a built-in pack. */
const isPackName = (entry: string) => /^[a-z0-9][a-z0-9-]*$/i.test(entry);

/**
 * The YAML parser and the schema validator (yaml, ajv) load only when a policy or config file is read: a run
 * on the built-in policy alone (most runs without a config) starts without them.
 */
async function policyFileParser(): Promise<typeof import('./parse-policy-file.js').parsePolicyFile> {
  return (await import('./parse-policy-file.js')).parsePolicyFile;
}

export async function resolvePolicy(text: string | undefined, file: string, reader: PolicyReader): Promise<ResolvedConfig> {
  if (text === undefined) {
    return { policy: loadBuiltinPolicy(DEFAULT_PACK), include: {}, exclude: [], limits: { ...DEFAULT_LIMITS } };
  }
  let parsed = (await policyFileParser())(text, file, 'config');
  // A config that only sets include/exclude must not silently turn every rule off: no `extends` means
  // `recommended`; `extends: []` starts from nothing.
  if (parsed.data.extends === undefined) parsed = { ...parsed, data: { ...parsed.data, extends: [DEFAULT_PACK] } };
  const root = await readLayer(parsed, { source: file }, [file], reader);
  const { data } = parsed;
  return {
    policy: flatten(root),
    include: { ...data.include },
    exclude: [...(data.exclude ?? [])],
    limits: { ...DEFAULT_LIMITS, ...data.limits },
  };
}

/** A built-in pack, resolved synchronously (built-in packs extend only built-in packs). */
export function loadBuiltinPolicy(name = DEFAULT_PACK): Policy {
  const pack = BUILTIN_PACKS[name];
  if (!pack) throw new PolicyError(name, undefined, '', `unknown built-in pack "${name}"${didYouMean(name, Object.keys(BUILTIN_PACKS))}`);
  return flatten(builtinLayer(name, []));
}

async function readLayer(parsed: ParsedPolicyFile, source: PolicySource, stack: string[], reader: PolicyReader): Promise<Layer> {
  const children: Layer[] = [];
  for (const [i, entry] of (parsed.data.extends ?? []).entries()) {
    if (isPackName(entry)) {
      children.push(builtinChild(parsed, i, entry, stack));
      continue;
    }
    const loaded = await readSource(reader, parsed, i, entry);
    checkCycle(parsed, i, loaded.file, stack);
    const child = (await policyFileParser())(loaded.text, loaded.file, 'policy');
    const childSource = { source: loaded.file, ...(loaded.sha ? { sha: loaded.sha } : {}) };
    children.push(await readLayer(child, childSource, [...stack, loaded.file], reader));
  }
  return { parsed, source, children };
}

const builtinCache = new Map<string, ParsedPolicyFile>();

function builtinLayer(name: string, stack: string[]): Layer {
  const pack = BUILTIN_PACKS[name] as { file: string; text: string; data: unknown };
  let parsed = builtinCache.get(name);
  if (!parsed) {
    // Embedded pre-parsed and validated by the test suite (schemas.test.ts): no YAML parse or ajv at startup.
    parsed = { file: pack.file, data: pack.data as PolicyFileData, lineOf: () => 1 };
    builtinCache.set(name, parsed);
  }
  const here = [...stack, name];
  const children = (parsed.data.extends ?? []).map((entry, i) => {
    if (!isPackName(entry))
      throw new PolicyError(pack.file, parsed.lineOf(['extends', i]), `extends[${i}]`, 'a built-in pack may extend only built-in packs');
    return builtinChild(parsed, i, entry, here);
  });
  return { parsed, source: { source: name }, children };
}

function builtinChild(parsed: ParsedPolicyFile, i: number, name: string, stack: string[]): Layer {
  if (!BUILTIN_PACKS[name]) {
    const hint = didYouMean(name, Object.keys(BUILTIN_PACKS));
    throw new PolicyError(
      parsed.file,
      parsed.lineOf(['extends', i]),
      `extends[${i}]`,
      `unknown built-in pack "${name}"${hint}; a policy file is named by a path such as ./${name}.yml`,
    );
  }
  checkCycle(parsed, i, name, stack);
  return builtinLayer(name, stack);
}

async function readSource(reader: PolicyReader, parsed: ParsedPolicyFile, i: number, entry: string) {
  const line = parsed.lineOf(['extends', i]);
  try {
    return await reader.read(entry, parsed.file);
  } catch (error) {
    // The reader knows why a read failed; this knows where the entry is.
    if (error instanceof PolicyError && error.file !== parsed.file) throw error;
    const detail =
      error instanceof PolicyError ? error.detail : `cannot read "${entry}": ${error instanceof Error ? error.message : String(error)}`;
    throw new PolicyError(parsed.file, line, `extends[${i}]`, detail);
  }
}

function checkCycle(parsed: ParsedPolicyFile, i: number, next: string, stack: string[]): void {
  const start = stack.indexOf(next);
  if (start < 0) return;
  const cycle = [...stack.slice(start), next].join(' → ');
  throw new PolicyError(parsed.file, parsed.lineOf(['extends', i]), `extends[${i}]`, `extends cycle: ${cycle}`);
}

/**
 * Linearises the extends graph depth-first (a file's extends in order, then the file) with each source applied
 * once, at its first place, then applies the files' rules in that order. So in
 * `extends: [strict, ./team.yml]` where team.yml also extends `recommended`, team.yml overrides strict only in
 * the rules it sets itself: `recommended` is not applied a second time to undo strict.
 */
function flatten(root: Layer): Policy {
  const order: Layer[] = [];
  const seen = new Set<string>();
  const visit = (layer: Layer): void => {
    if (seen.has(layer.source.source)) return;
    seen.add(layer.source.source);
    layer.children.forEach(visit);
    order.push(layer);
  };
  visit(root);
  const rules = new Map<string, Rule>();
  for (const layer of order) applyPolicyRules(rules, layer.parsed);
  return { sources: order.map((l) => l.source), rules: [...rules.values()] };
}
