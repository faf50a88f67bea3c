/**
 * The shape of a decision record: title, status, normalised sections, format, and every statement
 * (sentence) tagged with the section it sits in — the section decides whether a sentence states the
 * decision or merely describes an option.
 */
import type { ADR_SECTIONS } from '../../facts/vocabulary.js';
import type { MdBlock, ParsedMarkdown } from '../../parse/parse-markdown.js';
import { anyMayMatch, gated, test, type GateCache } from './keyword-gate.js';
import { splitSentences } from './split-sentences.js';

export type SectionKind = (typeof ADR_SECTIONS)[number];
export type StatementSection = SectionKind | 'title' | 'preamble' | 'other';
export type AdrStatus = 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded' | 'unknown';

export interface Statement {
  text: string;
  line: number;
  section: StatementSection;
  block: MdBlock['kind'];
  /** Index of the Markdown block the sentence belongs to: sentences of one paragraph share it. */
  blockIndex?: number | undefined;
  /** The keyword pre-filter's cache (keyword-gate.ts); created undefined so every sentence has one shape. */
  gate?: GateCache | undefined;
}

/**
 * Every statement is made here, with all its fields in one order: detectors and the keyword pre-filter read
 * millions of them, and a statement of another shape (a literal missing a field, a spread copy) reaching that
 * code after it was optimised throws the optimised code away (V8 "wrong map" deoptimisations, then a slow
 * recompile of the large functions that inlined the readers).
 */
export function statement(text: string, line: number, section: StatementSection, block: MdBlock['kind'], blockIndex?: number): Statement {
  return { text, line, section, block, blockIndex, gate: undefined };
}

export interface AdrStructure {
  title?: { text: string; line: number };
  status: { value: AdrStatus; line?: number; text?: string };
  sections: SectionKind[];
  format: 'madr' | 'nygard' | 'y-statement' | 'log4brains' | 'freeform';
  statements: Statement[];
  /** First line of the decision section or chosen-option sentence (anchor for findings on absences). */
  decisionLine?: number;
}

/** Checked in order: the first pattern that matches a normalised heading names its section. */
const SECTION_PATTERNS: readonly [SectionKind, RegExp][] = [
  ['status', /^(decision )?status\b/],
  ['drivers', /\bdrivers?\b|\bforces\b|\brequirements\b|\bcriteria\b|\bconstraints\b/],
  ['pros-cons', /\bpros\b|\bcons\b|trade ?offs?|\badvantages\b|\bcomparison\b|\bevaluation of options\b/],
  [
    'decision',
    /decision outcome|^(the |our |final )?decisions?\b|\bdecision$|\bchosen\b|^resolution|^proposed solution|^solution$|why did we take this decision/,
  ],
  ['options', /\boptions?\b|\balternatives?\b|\bcandidates\b/],
  ['context', /context|problem|background|motivation|^overview|^introduction|^summary|^issue/],
  ['consequences', /consequences|implications|^positive|^negative|^impact|^risks?\b|^outcome|^neutral|^trade/],
  ['confirmation', /confirmation|validation|verification|success criteria|^evaluation\b|^quality|^testing\b|^monitoring\b/],
  ['links', /^links?\b|references|^related|see also|more information/],
];

/** Records reuse a few dozen headings ("Context", "Decision Outcome"): each is classified once. */
const headingKinds = new Map<string, SectionKind | null>();
const HEADING_CACHE_LIMIT = 4096;

export function classifyHeading(text: string): SectionKind | undefined {
  let kind = headingKinds.get(text);
  if (kind === undefined) {
    if (headingKinds.size >= HEADING_CACHE_LIMIT) headingKinds.clear();
    kind = classifyNormalised(normaliseHeading(text));
    headingKinds.set(text, kind);
  }
  return kind ?? undefined;
}

function classifyNormalised(norm: string): SectionKind | null {
  for (const [kind, re] of SECTION_PATTERNS) if (re.test(norm)) return kind;
  return null;
}

function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 &'-]+/g, ' ')
    .replace(/^\s*(?:\d[\d.]*|[ivx]+\.)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const STATUS_WORDS: readonly [AdrStatus, RegExp][] = [
  ['superseded', /\bsuperseded\b|\breplaced by\b/],
  ['deprecated', /\bdeprecated\b|\bobsolete\b|\bretired\b/],
  ['rejected', /\brejected\b|\bdeclined\b|\babandoned\b|\bnot accepted\b/],
  ['accepted', /\baccepted\b|\bapproved\b|\badopted\b|\bdecided\b|\bimplemented\b|\bactive\b|\bdone\b|\bagreed\b/],
  [
    'proposed',
    /\bproposed\b|\bdraft\b|\bin review\b|\bunder review\b|\bpending\b|\bproposal\b|\bwip\b|\bin progress\b|\bunder discussion\b|\bopen\b/,
  ],
];

export function parseStatusWord(text: string): AdrStatus | undefined {
  const norm = text.toLowerCase();
  for (const [status, re] of STATUS_WORDS) if (re.test(norm)) return status;
  return undefined;
}

const STATUS_INLINE = /\bstatus\s*\**\s*[:=]\s*\**\s*([A-Za-z][A-Za-z -]{0,40})/i;
const STATUS_LINE = /^\s*(?:[-*]\s*)?\**\s*(?:decision )?status\s*\**\s*(?:[:=]|\|)\s*\**\s*(.+)$/im;

export function readAdrStructure(parsed: ParsedMarkdown): AdrStructure {
  const statements: Statement[] = [];
  const sections = new Set<SectionKind>();
  let title: AdrStructure['title'];
  let status: AdrStructure['status'] = { value: 'unknown' };
  let current: StatementSection = 'preamble';
  let currentLevel = 0;
  let decisionLine: number | undefined;
  let statusSectionPending = false;
  let titlePending = false;

  const fm = parsed.frontMatter?.data as Record<string, unknown> | undefined;
  if (fm && typeof fm === 'object') {
    if (typeof fm.title === 'string') title = { text: fm.title, line: parsed.frontMatter?.keyLines.get('title') ?? 1 };
    const fmStatus = typeof fm.status === 'string' ? parseStatusWord(fm.status) : undefined;
    if (fmStatus) {
      status = { value: fmStatus, line: parsed.frontMatter?.keyLines.get('status') ?? 1, text: `status: ${String(fm.status)}` };
      sections.add('status');
    }
  }

  for (let blockIndex = 0; blockIndex < parsed.blocks.length; blockIndex++) {
    const block = parsed.blocks[blockIndex]!;
    if (block.kind === 'code') continue;
    if (titlePending && block.kind !== 'heading') {
      title = { text: cleanTitle(block.text.split('\n')[0] ?? ''), line: block.line };
      titlePending = false;
      continue;
    }
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      // "## Title:" followed by the title as a paragraph (a common template).
      const titleLabel = /^\W*title\W*:?\s*(.*)$/i.exec(block.text.trim());
      if (!title && titleLabel && level > 1) {
        if (titleLabel[1]) title = { text: cleanTitle(titleLabel[1]), line: block.line };
        else titlePending = true;
        continue;
      }
      if (!title && level === 1) {
        title = { text: cleanTitle(block.text), line: block.line };
        current = 'title';
        currentLevel = 1;
        continue;
      }
      const kind = classifyHeading(block.text);
      if (kind) {
        current = kind;
        currentLevel = level;
        sections.add(kind);
        if (kind === 'decision' && decisionLine === undefined) decisionLine = block.line;
        if (kind === 'status') {
          const inline = block.text.replace(/^[^:]*status[^:]*:?/i, '');
          const value = parseStatusWord(inline);
          if (value && status.value === 'unknown') status = { value, line: block.line, text: block.text.trim() };
          else statusSectionPending = status.value === 'unknown';
        }
      } else if (level <= currentLevel || current === 'title' || current === 'preamble') {
        current = 'other';
        currentLevel = level;
      }
      // A heading is itself a statement ("### Option 2: Fine-tuning (rejected)").
      statements.push(statement(block.text.trim(), block.line, current, 'heading'));
      continue;
    }
    // In the header of a record a status may share a line with other metadata ("Forum · Status: Accepted · 5 June").
    // Most blocks say nothing about status: a plain substring test spares them the line-by-line regexes.
    const mayHaveStatus = status.value === 'unknown' && /status/i.test(block.text);
    const statusLine = !mayHaveStatus
      ? null
      : (STATUS_LINE.exec(block.text) ?? (current === 'title' || current === 'preamble' ? STATUS_INLINE.exec(block.text) : null));
    if (statusLine && status.value === 'unknown') {
      const value = parseStatusWord(statusLine[1] ?? '');
      if (value) {
        status = {
          value,
          line: block.line + (block.text.slice(0, statusLine.index).match(/\n/g)?.length ?? 0),
          text: statusLine[0].trim(),
        };
        sections.add('status');
      }
    } else if (statusSectionPending && current === 'status') {
      const value = parseStatusWord(block.text);
      if (value) status = { value, line: block.line, text: block.text.split('\n')[0]!.trim() };
      statusSectionPending = false;
    }
    for (const s of splitSentences(block.text, block.line)) {
      const made = statement(s.text, s.line, current, block.kind, blockIndex);
      statements.push(made);
      if (decisionLine === undefined && s.text.length > 12 && test(CHOSEN_OPTION, made)) decisionLine = s.line;
    }
  }
  const format = detectFormat(parsed, statements, sections);
  if (format === 'y-statement') {
    // A Y-statement's clauses are its sections: "In the context of" (context), "we decided for"
    // (decision), "accepting that" (consequences).
    let all = '';
    for (let i = 0; i < statements.length; i++) all += i ? ` ${statements[i]!.text}` : statements[i]!.text;
    sections.add('context');
    sections.add('decision');
    if (/\baccepting that\b/i.test(all)) sections.add('consequences');
    decisionLine ??= statements.find((s) => /\bdecided for\b/i.test(s.text))?.line;
  }
  return {
    ...(title ? { title } : {}),
    status,
    sections: [...sections],
    format,
    statements,
    ...(decisionLine !== undefined ? { decisionLine } : {}),
  };
}

function cleanTitle(text: string): string {
  return text
    .replace(/^\s*(?:adr|rfc|dr)[\s-]*\d*\s*[:.–—-]?\s*/i, '')
    .replace(/^\s*\d[\d.]*[:)]?\s+/, '')
    .trim();
}

const CHOSEN_OPTION = gated(/\bchosen option\b/i);
const IN_THE_CONTEXT_OF = gated(/\bin the context of\b/i);
const MADR_HEADING = /decision outcome|considered options|context and problem statement|pros and cons of the options/;
const DECIDED_FOR = gated(/\b(?:we )?decided for\b|\bwe decided\b.*\band neglected\b/i);

function detectFormat(parsed: ParsedMarkdown, statements: Statement[], sections: Set<SectionKind>): AdrStructure['format'] {
  // Each phrase lies within one sentence, so sentence by sentence (with the keyword pre-filter) reads as the whole
  // text would; most records have none of the phrases' words at all.
  const anywhere = (re: RegExp) => anyMayMatch(statements, re) && statements.some((s) => test(re, s));
  if (anywhere(IN_THE_CONTEXT_OF) && anywhere(DECIDED_FOR)) return 'y-statement';
  // Plain loops, no filter/map arrays: an empty one has another element kind than a full one, and meeting it
  // after optimisation threw this function's optimised code away (it is recompiled at a cost).
  let madrHeadings = false;
  for (const b of parsed.blocks)
    if (b.kind === 'heading' && MADR_HEADING.test(b.text.toLowerCase())) {
      madrHeadings = true;
      break;
    }
  let statusItem = false;
  let tagsItem = false;
  for (let i = 0; i < parsed.blocks.length && i < 12; i++) {
    const b = parsed.blocks[i]!;
    if (b.kind !== 'list-item') continue;
    const h = b.text.toLowerCase();
    statusItem ||= h.startsWith('status:');
    tagsItem ||= h.startsWith('tags:');
  }
  if (statusItem && tagsItem) return 'log4brains';
  if (madrHeadings || anywhere(CHOSEN_OPTION)) return 'madr';
  if (sections.has('decision') && (sections.has('context') || sections.has('status'))) return 'nygard';
  return 'freeform';
}
