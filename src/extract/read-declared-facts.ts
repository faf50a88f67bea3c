/**
 * The `llm:` front-matter block (and the manifest, SPEC §6.4): declared values that win over prose.
 * Unknown keys and wrongly typed values become `invalid-front-matter` problems, never guesses.
 */
import { newFactRecord } from '../facts/fact-record.js';
import type { DocumentProblem, Evidence, Fact } from '../facts/types.js';
import { APPROACHES, PURPOSES, VOLATILITIES } from '../facts/vocabulary.js';

type Kind = 'boolean' | 'number' | { enum: readonly string[] } | 'behavior';

const KEYS: Record<string, { fact: string; kind: Kind }> = {
  approach: { fact: 'approach', kind: { enum: APPROACHES } },
  'finetune-purpose': { fact: 'finetune.purpose', kind: { enum: PURPOSES.filter((p) => p !== 'unknown') } },
  'knowledge-volatility': { fact: 'knowledge.volatility', kind: { enum: VOLATILITIES } },
  'citations-required': { fact: 'requires.citations', kind: 'boolean' },
  'audit-required': { fact: 'requires.audit', kind: 'boolean' },
  'per-tenant': { fact: 'knowledge.perTenant', kind: 'boolean' },
  'personal-data': { fact: 'data.sensitive', kind: 'boolean' },
  erasure: { fact: 'data.erasure', kind: 'boolean' },
  'corpus-documents': { fact: 'knowledge.corpusDocuments', kind: 'number' },
  'training-examples': { fact: 'training.examples', kind: 'number' },
  'eval-set': { fact: 'training.evalSet', kind: 'boolean' },
  'baseline-evaluated': { fact: 'baseline.evaluated', kind: 'boolean' },
  chunking: { fact: 'rag.chunking', kind: { enum: ['fixed', 'recursive', 'semantic', 'structure', 'unknown'] } },
  'rag-evaluation': { fact: 'rag.evaluation', kind: 'boolean' },
  behavior: { fact: 'behavior', kind: 'behavior' },
};

export const BEHAVIOR_TAGS: Record<string, string> = {
  'strict-format': 'behavior.strictFormat',
  tone: 'behavior.tone',
  'narrow-task': 'behavior.narrowTask',
  reasoning: 'behavior.reasoning',
  vocabulary: 'behavior.vocabulary',
  'high-volume': 'behavior.highVolume',
  latency: 'behavior.latencySensitive',
};

export const DECLARED_KEYS = Object.keys(KEYS);

export interface DeclaredFacts {
  facts: Record<string, Fact>;
  problems: DocumentProblem[];
}

export interface DeclaredFactsOptions {
  /** Other keys the surrounding document allows (the manifest's `name`), named in the unknown-key message. */
  extraKeys?: readonly string[];
}

/** Volatilities that count as changing fast (SPEC §6.1 `knowledge.changesFast`). */
const FAST: ReadonlySet<string> = new Set(['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'frequent']);

/**
 * @param block the parsed `llm:` mapping
 * @param keyLine line of `<prefix>.<key>` in the file (prefix `llm` for front matter, '' for a manifest)
 */
export function readDeclaredFacts(
  block: unknown,
  path: string,
  keyLine: (key: string) => number,
  source: Evidence['source'],
  prefix: string,
  options: DeclaredFactsOptions = {},
): DeclaredFacts {
  const facts: Record<string, Fact> = newFactRecord();
  const problems: DocumentProblem[] = [];
  const where = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const allowed = [...(options.extraKeys ?? []), ...DECLARED_KEYS].join(', ');
  if (block === null || typeof block !== 'object' || Array.isArray(block)) {
    problems.push({
      ruleId: 'invalid-front-matter',
      line: keyLine(''),
      message: `\`${prefix || 'manifest'}\` must be a mapping of declared facts (${DECLARED_KEYS.join(', ')}).`,
    });
    return { facts, problems };
  }
  for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
    const line = keyLine(key);
    const evidence: Evidence = { path, line, text: `${where(key)}: ${JSON.stringify(value)}`, source };
    const spec = KEYS[key];
    if (!spec) {
      problems.push({
        ruleId: 'invalid-front-matter',
        line,
        message: `Unknown key \`${where(key)}\`; expected one of ${allowed}.`,
      });
      continue;
    }
    const error = checkValue(spec.kind, value);
    if (error) {
      problems.push({ ruleId: 'invalid-front-matter', line, message: `\`${where(key)}\` ${error}.` });
      continue;
    }
    if (spec.kind === 'behavior') {
      for (const tag of value as string[]) facts[BEHAVIOR_TAGS[tag]!] = { value: true, evidence };
      continue;
    }
    facts[spec.fact] = { value: value as boolean | number | string, evidence };
    if (spec.fact === 'knowledge.volatility') facts['knowledge.changesFast'] = { value: FAST.has(value as string), evidence };
    if (spec.fact === 'approach') {
      const a = value as string;
      facts['uses.fineTuning'] = { value: a === 'fine-tuning' || a === 'hybrid' || a === 'continued-pretraining', evidence };
      facts['uses.retrieval'] = { value: a === 'rag' || a === 'hybrid', evidence };
    }
  }
  return { facts, problems };
}

function checkValue(kind: Kind, value: unknown): string | undefined {
  if (kind === 'boolean') return typeof value === 'boolean' ? undefined : `must be true or false, got ${JSON.stringify(value)}`;
  if (kind === 'number')
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? undefined
      : `must be a non-negative number, got ${JSON.stringify(value)}`;
  if (kind === 'behavior') {
    const tags = Object.keys(BEHAVIOR_TAGS);
    if (!Array.isArray(value)) return `must be a list of ${tags.join(', ')}`;
    const bad = value.find((v) => typeof v !== 'string' || !(v in BEHAVIOR_TAGS));
    return bad === undefined ? undefined : `has unknown behaviour ${JSON.stringify(bad)}; expected one of ${tags.join(', ')}`;
  }
  return typeof value === 'string' && kind.enum.includes(value)
    ? undefined
    : `must be one of ${kind.enum.join(', ')}, got ${JSON.stringify(value)}`;
}
