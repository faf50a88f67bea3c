/**
 * The `{{…}}` placeholders of rule messages (SPEC §5), parsed once for both load-time checks and rendering:
 * `{{fact.name}}`, `{{options.NAME}}`, `{{evidence}}` (the quoted evidence that located the finding),
 * `{{evidence.fact.name}}` (the quoted evidence of one fact), an optional `|percent` filter for ratios and
 * `|against` on evidence (see EVIDENCE_FILTERS).
 */
export const FILTERS = ['percent'] as const;
/**
 * Filters on `{{evidence.fact}}`: `against` names, when the fact's evidence lies in another document, the
 * decision it quotes ("; the accepted decision docs/adr/0003.md:12 chose otherwise: "…""), and is empty
 * otherwise (`finetune-config-without-adr` names the ADR that decided against fine-tuning).
 */
export const EVIDENCE_FILTERS = ['against'] as const;

export interface Placeholder {
  kind: 'fact' | 'option' | 'evidence';
  /** Fact or option name; absent for plain `{{evidence}}`. */
  name?: string;
  /** As written, checked at load time against FILTERS. */
  filter?: string;
  raw: string;
}

export type TemplatePart = string | Placeholder;

const PLACEHOLDER = /\{\{\s*([^{}|\s]+)\s*(?:\|\s*([^{}\s]*)\s*)?\}\}/g;

export function parseTemplate(message: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of message.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(message.slice(last, m.index));
    parts.push(toPlaceholder(m[0], m[1] as string, m[2]));
    last = m.index + m[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}

function toPlaceholder(raw: string, name: string, filter: string | undefined): Placeholder {
  const withFilter = filter !== undefined ? { filter } : {};
  if (name === 'evidence') return { kind: 'evidence', raw, ...withFilter };
  if (name.startsWith('evidence.')) return { kind: 'evidence', name: name.slice(9), raw, ...withFilter };
  if (name.startsWith('options.')) return { kind: 'option', name: name.slice(8), raw, ...withFilter };
  return { kind: 'fact', name, raw, ...withFilter };
}
