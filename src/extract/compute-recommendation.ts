/**
 * The framework's verdict (SPEC §6.1): knowledge-side signals point to retrieval, behaviour-side
 * signals to fine-tuning; both → hybrid, neither → prompting.
 */
import type { Fact, Signal } from '../facts/types.js';

const KNOWLEDGE_BOOLEANS = [
  'knowledge.changesFast',
  'requires.citations',
  'requires.audit',
  'knowledge.perTenant',
  'data.sensitive',
  'data.erasure',
  'knowledge.corpusGrowing',
];
const BEHAVIOR_BOOLEANS = [
  'behavior.strictFormat',
  'behavior.tone',
  'behavior.narrowTask',
  'behavior.highVolume',
  'behavior.latencySensitive',
  'behavior.reasoning',
  'behavior.vocabulary',
];
export const LARGE_CORPUS = 10_000;
export const PROMPT_BLOAT_TOKENS = 1_500;

export function computeRecommendation(facts: Record<string, Fact>): { value: string; signals: Signal[] } {
  const signals: Signal[] = [];
  const add = (side: Signal['side'], fact: string) => {
    const ev = facts[fact]?.evidence;
    signals.push({ side, fact, line: ev?.line ?? 1, text: ev?.text ?? '' });
  };
  for (const name of KNOWLEDGE_BOOLEANS) if (facts[name]?.value === true) add('knowledge', name);
  const corpus = facts['knowledge.corpusDocuments']?.value;
  if (typeof corpus === 'number' && corpus >= LARGE_CORPUS) add('knowledge', 'knowledge.corpusDocuments');
  const purpose = facts['finetune.purpose']?.value;
  if (purpose === 'knowledge' || purpose === 'mixed') add('knowledge', 'finetune.purpose');
  for (const name of BEHAVIOR_BOOLEANS) if (facts[name]?.value === true) add('behavior', name);
  const tokens = facts['prompt.instructionTokens']?.value;
  if (typeof tokens === 'number' && tokens >= PROMPT_BLOAT_TOKENS) add('behavior', 'prompt.instructionTokens');
  const k = signals.filter((s) => s.side === 'knowledge').length;
  const b = signals.length - k;
  const value = k && b ? 'hybrid' : k ? 'rag' : b ? 'fine-tuning' : 'prompting';
  return { value, signals };
}
