/**
 * Fills a rule message's placeholders (SPEC §5) so the finding speaks in the framework's terms and quotes
 * what triggered it: `{{fact}}`, `{{options.NAME}}`, `{{evidence}}`, `{{evidence.fact}}`, `|percent`.
 */
import type { DocumentFacts, Evidence } from '../facts/types.js';
import { parseTemplate, type Placeholder, type TemplatePart } from '../policy/message-template.js';
import { readFact } from './read-fact.js';

const MAX_QUOTE = 200;

export interface MessageContext {
  doc: DocumentFacts;
  options: Record<string, unknown>;
  /** The evidence that located the finding. */
  located?: Evidence | undefined;
}

/** Templates parsed once each: a policy has a few dozen messages and a run renders one per finding. */
const templates = new Map<string, TemplatePart[]>();

export function renderMessage(template: string, ctx: MessageContext): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = parseTemplate(template)));
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : renderPart(part, ctx);
  return out;
}

function renderPart(part: Placeholder, ctx: MessageContext): string {
  if (part.kind === 'evidence' && part.filter === 'against') {
    const other = part.name !== undefined ? readFact(ctx.doc, part.name).evidence : undefined;
    return other && other.path !== ctx.doc.path
      ? `; the accepted decision ${other.path}:${other.line} chose otherwise: ${quote(other.text.replace(/[.!]\s*$/, ''))}`
      : '';
  }
  if (part.kind === 'evidence') {
    // A fact's own evidence when it has some, else the finding's.
    const evidence = (part.name !== undefined ? readFact(ctx.doc, part.name).evidence : undefined) ?? ctx.located;
    return evidence ? quote(evidence.text) : ctx.doc.path;
  }
  const value = part.kind === 'option' ? ctx.options[part.name ?? ''] : readFact(ctx.doc, part.name ?? '').value;
  return formatValue(value, part.filter);
}

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat}"`;
}

let numberFormat: Intl.NumberFormat | undefined;

/**
 * `value.toLocaleString('en-US')` ("12,000"): whole numbers grouped here, since toLocaleString builds an ICU
 * formatter on every call; anything else (fractions, -0, beyond 2^53) by one shared Intl.NumberFormat.
 * Exported for the test that holds the two equal.
 */
export function formatNumber(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(?:\d{3})+$)/g, ',');
    return n < 0 ? `-${digits}` : digits;
  }
  return (numberFormat ??= new Intl.NumberFormat('en-US')).format(n);
}

function formatValue(value: unknown, filter: string | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  if (filter === 'percent' && typeof value === 'number') return `${Math.round(value * 1000) / 10}%`;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : 'none';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
