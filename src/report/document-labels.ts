/** How documents and decisions are named in what people read (comment, job summary). */
import type { ReportDocument } from './report-types.js';
import { escapeMarkdown } from './escape-markdown.js';

const KIND_LABEL: Readonly<Record<string, string>> = {
  adr: 'ADR',
  'finetune-config': 'fine-tuning config',
  'rag-config': 'RAG config',
  'training-data': 'training data',
  manifest: 'architecture manifest',
  unknown: 'unreadable document',
};

/** `ADR`, `fine-tuning config`, …; an unexpected kind (a published report is untrusted) is escaped. */
export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? escapeMarkdown(kind, { maxLength: 40 });
}

const APPROACH_LABEL: Readonly<Record<string, string>> = {
  rag: 'retrieval (RAG)',
  'fine-tuning': 'fine-tuning',
  hybrid: 'hybrid (fine-tuned behaviour + retrieved facts)',
  prompting: 'prompting',
  'continued-pretraining': 'continued pre-training',
};

const RECOMMENDATIONS = new Set(['rag', 'fine-tuning', 'hybrid', 'prompting']);

/**
 * One line setting what a decision chose beside what its signals point to (SPEC §6.1
 * `recommendation`), or undefined when the document states neither. Only known enum values are
 * shown, so nothing untrusted gets through.
 */
export function decisionLine(document: ReportDocument | undefined): string | undefined {
  if (!document) return undefined;
  const approach = document.facts['approach'];
  const recommendation = document.facts['recommendation'];
  const chosen = typeof approach === 'string' ? APPROACH_LABEL[approach] : undefined;
  const advised = typeof recommendation === 'string' && RECOMMENDATIONS.has(recommendation) ? APPROACH_LABEL[recommendation] : undefined;
  const noChoice = approach === 'none';
  if (!advised) return chosen ? `Chose **${chosen}**.` : undefined;
  if (noChoice || !chosen) return `No approach chosen yet; the signals point to **${advised}**.`;
  if (approach === recommendation) return `Chose **${chosen}**, which is what the signals point to.`;
  return `Chose **${chosen}**; the signals point to **${advised}**.`;
}

/** `ADR · madr` for a document heading; the format is untrusted text. */
export function documentLabel(document: ReportDocument | undefined): string | undefined {
  if (!document) return undefined;
  const format = document.format ? ` · ${escapeMarkdown(document.format, { maxLength: 60 })}` : '';
  return `${kindLabel(document.kind)}${format}`;
}
