/**
 * The framework's verdict on each LLM decision (SPEC §6.1 `recommendation`, issue #3 item 4), read
 * from the report alone: the counted signals of each side, what they point to, whether the chosen
 * approach agrees (and if not, why, in the framework's terms), the decision's place on the quadrant
 * chart, and a short chart label safe for Mermaid. Pure; nothing here trusts the report: unknown enum
 * values are ignored, fact names and quotes are left for the renderer to escape.
 */
import type { ReportDocument } from './report-types.js';

export type Recommendation = 'rag' | 'fine-tuning' | 'hybrid' | 'prompting';
export type ChosenApproach = Recommendation | 'continued-pretraining';
export type Agreement = 'agrees' | 'differs' | 'no-decision';
export type Side = 'knowledge' | 'behavior';

/** One counted signal with what the renderer shows of it. */
export interface VerdictSignal {
  /** The fact that counted, as the report names it (untrusted: escape before showing). */
  fact: string;
  /** Human name in the framework's terms (`weekly changes`, `citations`), or undefined for a fact this version does not know. */
  label: string | undefined;
  line: number;
  /** The quoted evidence (untrusted), possibly empty when a value was declared without a quote. */
  text: string;
}

export interface Verdict {
  document: ReportDocument;
  /** Short id shown on the chart and in the table (`ADR 0007`): only `[A-Za-z0-9 ]`, never a Mermaid keyword. */
  label: string;
  /** Known ADR status worth showing (`proposed`, `superseded`, …); undefined for accepted or unknown. */
  status: string | undefined;
  knowledge: VerdictSignal[];
  behavior: VerdictSignal[];
  recommendation: Recommendation;
  /** What was chosen; undefined when nothing was (`none`, absent or unknown value). */
  approach: ChosenApproach | undefined;
  agreement: Agreement;
  /** One line in the framework's terms when the choice differs (plain text naming signals, some of them untrusted fact names: escape it). */
  reason: string | undefined;
  /** Knowledge need: knowledge-side signals ÷ 8, capped at 1 (SPEC §6.1). */
  x: number;
  /** Behaviour need: behaviour-side signals ÷ 8, capped at 1. */
  y: number;
}

/** The quadrant chart divides each side's signal count by this (SPEC §6.1). */
export const SIGNALS_PER_AXIS = 8;

const RECOMMENDATIONS: readonly string[] = ['rag', 'fine-tuning', 'hybrid', 'prompting'];
const APPROACHES: readonly string[] = [...RECOMMENDATIONS, 'continued-pretraining'];
const SHOWN_STATUSES: readonly string[] = ['proposed', 'rejected', 'deprecated', 'superseded'];

const VOLATILITY_LABEL: Readonly<Record<string, string>> = {
  realtime: 'real-time changes',
  daily: 'daily changes',
  weekly: 'weekly changes',
  monthly: 'monthly changes',
  quarterly: 'quarterly changes',
  frequent: 'frequent changes',
};

const FIXED_LABEL: Readonly<Record<string, string>> = {
  'knowledge.changesFast': 'fast-changing knowledge',
  'requires.citations': 'citations',
  'requires.audit': 'audit trail',
  'knowledge.perTenant': 'per-tenant knowledge',
  'data.sensitive': 'personal or regulated data',
  'data.erasure': 'right to erasure',
  'knowledge.corpusGrowing': 'large, growing corpus',
  'knowledge.corpusDocuments': 'large corpus',
  'finetune.purpose': 'weights meant to hold facts',
  'behavior.strictFormat': 'strict output format',
  'behavior.tone': 'house tone',
  'behavior.narrowTask': 'narrow task',
  'behavior.highVolume': 'high volume',
  'behavior.latencySensitive': 'latency or token cost',
  'behavior.reasoning': 'domain reasoning',
  'behavior.vocabulary': 'domain vocabulary',
  'prompt.instructionTokens': 'long static prompt',
};

/** A key of the table itself, never of `Object.prototype` (`constructor`, `__proto__` come from an untrusted report). */
function own(table: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** `weekly changes`, `18,000-document corpus`, `2,400-token static prompt`: the signal's name with the value that made it count. */
function signalLabel(fact: string, facts: Record<string, unknown>): string | undefined {
  if (fact === 'knowledge.changesFast') {
    const volatility = facts['knowledge.volatility'];
    if (typeof volatility === 'string' && own(VOLATILITY_LABEL, volatility)) return VOLATILITY_LABEL[volatility];
  }
  if (fact === 'knowledge.corpusDocuments') {
    const count = finiteNumber(facts[fact]);
    if (count !== undefined) return `${Math.round(count).toLocaleString('en-US')}-document corpus`;
  }
  if (fact === 'prompt.instructionTokens') {
    const tokens = finiteNumber(facts[fact]);
    if (tokens !== undefined) return `${Math.round(tokens).toLocaleString('en-US')}-token static prompt`;
  }
  if (fact === 'finetune.purpose' && facts[fact] === 'mixed') return 'weights meant to hold facts and behaviour';
  return own(FIXED_LABEL, fact) ? FIXED_LABEL[fact] : undefined;
}

/** The signals of one side, each fact once (a published report may repeat one). */
function sideSignals(document: ReportDocument, side: Side): VerdictSignal[] {
  const seen = new Set<string>();
  const out: VerdictSignal[] = [];
  for (const signal of Array.isArray(document.signals) ? document.signals : []) {
    if (!signal || signal.side !== side || typeof signal.fact !== 'string' || seen.has(signal.fact)) continue;
    seen.add(signal.fact);
    out.push({
      fact: signal.fact,
      label: signalLabel(signal.fact, document.facts),
      line: Number.isInteger(signal.line) && signal.line > 0 ? signal.line : 1,
      text: typeof signal.text === 'string' ? signal.text : '',
    });
  }
  return out;
}

/** SPEC §6.1: both sides → hybrid, knowledge only → rag, behaviour only → fine-tuning, neither → prompting. */
export function recommend(knowledge: number, behavior: number): Recommendation {
  if (knowledge > 0 && behavior > 0) return 'hybrid';
  if (knowledge > 0) return 'rag';
  if (behavior > 0) return 'fine-tuning';
  return 'prompting';
}

/** Quadrant coordinate of a side: count ÷ 8, capped at 1. */
export function axisValue(count: number): number {
  return Math.min(1, Math.max(0, count) / SIGNALS_PER_AXIS);
}

/** Fine-tuning and continued pre-training both train weights: for agreement they are one approach (SPEC §6.3). */
function family(approach: ChosenApproach): Recommendation {
  return approach === 'continued-pretraining' ? 'fine-tuning' : approach;
}

/** An LLM decision the verdict judges: an ADR about an LLM system, or an architecture manifest. */
export function isLlmDecision(document: ReportDocument): boolean {
  if (document.kind === 'manifest') return true;
  return document.kind === 'adr' && document.facts?.['adr.llmRelated'] === true;
}

/** Why a choice differs from the recommendation, in the framework's terms; `{k}` and `{b}` name each side's signals. */
const REASONS: Readonly<Record<Recommendation, Partial<Record<Recommendation, string>>>> = {
  rag: {
    'fine-tuning': 'knowledge-side signals ({k}) point to retrieval, and no behaviour-side signal calls for training weights',
    hybrid: 'knowledge-side signals ({k}) point to retrieval; no behaviour-side signal justifies the fine-tuned half',
    prompting: 'knowledge-side signals ({k}) point to retrieval: prompting alone has no store of facts to ground answers in',
  },
  'fine-tuning': {
    rag: 'behaviour-side signals ({b}) point to fine-tuning: retrieval changes what the model knows, not how it behaves',
    hybrid: 'behaviour-side signals ({b}) point to fine-tuning; no knowledge-side signal justifies the retrieval half',
    prompting: 'behaviour-side signals ({b}) point to fine-tuning, once prompting is measured to fall short',
  },
  hybrid: {
    rag: 'behaviour-side signals ({b}) also count: retrieval serves the knowledge side ({k}), not how the model behaves',
    'fine-tuning': 'knowledge-side signals ({k}) point to retrieval: weights should carry the behaviour ({b}), not the facts',
    prompting: 'signals on both sides (knowledge: {k}; behaviour: {b}) point to retrieved facts plus a behaviour fine-tune',
  },
  prompting: {
    rag: 'no knowledge-side signal (fast-changing facts, citations, audit, tenants, a large corpus) calls for retrieval yet',
    'fine-tuning': 'no behaviour-side signal (format, tone, narrow task, latency) calls for training weights: start with prompting',
    hybrid: 'no signal on either side calls for retrieval or training weights: start with prompting',
  },
};

/** Signals named for a reason line: `weekly changes, citations and 2 more`. */
export function signalNames(signals: readonly VerdictSignal[], max = 3): string {
  const names = signals.slice(0, max).map((signal) => signal.label ?? signal.fact);
  const more = signals.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${more} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function differsReason(
  recommendation: Recommendation,
  chosen: Recommendation,
  knowledge: VerdictSignal[],
  behavior: VerdictSignal[],
): string | undefined {
  const template = REASONS[recommendation][chosen];
  return template?.replace('{k}', () => signalNames(knowledge)).replace('{b}', () => signalNames(behavior));
}

/**
 * Short, unique chart labels. Mermaid's quadrant grammar accepts letters, digits and spaces safely,
 * and reads some words as keywords anywhere in a point's text (`title`, `classDef`, …): labels use
 * only `[A-Za-z0-9 ]` and never those words. Numbered files get `ADR 0007`; others a few words of
 * their file name; duplicates a letter suffix (`ADR 0007 b`).
 */
const MERMAID_WORDS = new Set(['title', 'classdef', 'quadrantchart', 'acctitle', 'accdescr', 'style', 'class']);
const DEFAULT_MANIFEST = 'llm-architecture';
const MAX_LABEL_CHARS = 16;

function baseName(path: string): string {
  const file = String(path).split('/').pop() ?? '';
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function labelWords(document: ReportDocument): string {
  const prefix = document.kind === 'manifest' ? 'Manifest' : 'ADR';
  const name = baseName(document.path);
  const numbered = /^(?:(?:adr|decision|dr)[-_ ]?)?(\d{1,6})(?!\d)/i.exec(name);
  if (numbered?.[1]) return `${prefix} ${numbered[1]}`;
  if (document.kind === 'manifest' && name.toLowerCase() === DEFAULT_MANIFEST) return prefix;
  let label = prefix;
  for (const word of name.split(/[^A-Za-z0-9]+/)) {
    if (!word || MERMAID_WORDS.has(word.toLowerCase())) continue;
    if (label.length + 1 + word.length > MAX_LABEL_CHARS) break;
    label += ` ${word}`;
  }
  return label;
}

function suffix(n: number): string {
  // b, c, …, z, then 27, 28, … (labels stay in the safe alphabet)
  return n < 25 ? String.fromCharCode(98 + n) : String(n + 2);
}

export function chartLabels(documents: readonly ReportDocument[]): string[] {
  const used = new Set<string>();
  return documents.map((document) => {
    const base = labelWords(document);
    let label = base;
    for (let n = 0; used.has(label.toLowerCase()); n += 1) label = `${base} ${suffix(n)}`;
    used.add(label.toLowerCase());
    return label;
  });
}

const AGREEMENT_ORDER: Readonly<Record<Agreement, number>> = { differs: 0, 'no-decision': 1, agrees: 2 };

/**
 * The verdict on every LLM decision in the report: those that differ from what their signals point
 * to first, then undecided ones, then those that agree; by path within each.
 */
export function toVerdicts(documents: readonly ReportDocument[]): Verdict[] {
  const decisions = documents.filter(isLlmDecision);
  const labels = chartLabels(decisions);
  const verdicts = decisions.map((document, i): Verdict => {
    const knowledge = sideSignals(document, 'knowledge');
    const behavior = sideSignals(document, 'behavior');
    const stated = document.facts['recommendation'];
    const recommendation =
      typeof stated === 'string' && RECOMMENDATIONS.includes(stated)
        ? (stated as Recommendation)
        : recommend(knowledge.length, behavior.length);
    const raw = document.facts['approach'];
    const approach = typeof raw === 'string' && APPROACHES.includes(raw) ? (raw as ChosenApproach) : undefined;
    const agreement: Agreement = !approach ? 'no-decision' : family(approach) === recommendation ? 'agrees' : 'differs';
    const status = document.kind === 'adr' ? document.facts['adr.status'] : undefined;
    return {
      document,
      label: labels[i] ?? 'ADR',
      status: typeof status === 'string' && SHOWN_STATUSES.includes(status) ? status : undefined,
      knowledge,
      behavior,
      recommendation,
      approach,
      agreement,
      reason: agreement === 'differs' && approach ? differsReason(recommendation, family(approach), knowledge, behavior) : undefined,
      x: axisValue(knowledge.length),
      y: axisValue(behavior.length),
    };
  });
  return verdicts.sort(
    (a, b) =>
      AGREEMENT_ORDER[a.agreement] - AGREEMENT_ORDER[b.agreement] ||
      (a.document.path < b.document.path ? -1 : a.document.path > b.document.path ? 1 : 0),
  );
}
