/**
 * The training-data scanner: JSONL lines in, counts and the first piece of evidence of each kind out. It is an
 * incremental pure object — `push(line, lineNo)` per line, `result()` at any time — holding O(1) state, so a
 * file-system edge can stream a file of any size through it line by line; the core feeds it the lines of a
 * string. Per example it measures:
 *   - its format (OpenAI chat, prompt/completion, Vertex contents, Bedrock conversation, ShareGPT, a text corpus);
 *   - volatile facts in the target text that its own input does not contain (SPEC §6.3);
 *   - personal data anywhere in it, quoted masked.
 */
import { findPersonalData, maskedOffset, maskPersonalData, type PersonalDataHit, type PersonalDataKind } from './detect-personal-data.js';
import { firstVolatileFact, type VolatileKind } from './detect-volatile-facts.js';
import { readExample, type Text, type TrainingDataFormat } from './read-example.js';
import { parseJson } from '../../parse/parse-json.js';

export interface LineEvidence {
  line: number;
  /** A short quote of the offending text, with any personal data masked. */
  text: string;
}

export interface TrainingDataScan {
  /** The format most lines are in; undefined when no line is training data. */
  format?: TrainingDataFormat;
  /** Lines per format. */
  formats: Partial<Record<TrainingDataFormat, number>>;
  /** Non-blank lines seen. */
  lines: number;
  /** Training examples (input/target pairs or conversations). */
  examples: number;
  /** Documents of a continued-pre-training corpus (`{"text": …}` lines). */
  documents: number;
  /** Examples that have a target text (distillation prompts have none). */
  withTarget: number;
  volatile: number;
  firstVolatile?: LineEvidence & { kind: VolatileKind };
  sensitive: number;
  firstSensitive?: LineEvidence & { kinds: PersonalDataKind[] };
  /** Lines that are not valid JSON. */
  malformed: number;
  firstMalformed?: { line: number; column: number; message: string };
  /** Valid JSON lines in no training-data format. */
  unrecognised: number;
}

export interface TrainingDataScanner {
  push(line: string, lineNo: number): void;
  result(): TrainingDataScan;
}

const QUOTE_AROUND = 60;

export function createTrainingDataScanner(): TrainingDataScanner {
  const scan: TrainingDataScan = {
    formats: {},
    lines: 0,
    examples: 0,
    documents: 0,
    withTarget: 0,
    volatile: 0,
    sensitive: 0,
    malformed: 0,
    unrecognised: 0,
  };
  return {
    push(raw, lineNo) {
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim() === '') return;
      scan.lines++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        scan.malformed++;
        if (!scan.firstMalformed) {
          const err = parseJson(line).error;
          scan.firstMalformed = { line: lineNo, column: err?.column ?? 1, message: err?.message ?? 'not valid JSON' };
        }
        return;
      }
      const ex = readExample(value);
      if (!ex) {
        scan.unrecognised++;
        return;
      }
      scan.formats[ex.format] = (scan.formats[ex.format] ?? 0) + 1;
      if (ex.format === 'text-corpus-jsonl') scan.documents++;
      else scan.examples++;
      if (ex.target.length > 0) {
        scan.withTarget++;
        // The quote is built for the first offending example only; the others are counted.
        const volatile = findVolatile(ex.target, ex.input, scan.firstVolatile === undefined);
        if (volatile) {
          scan.volatile++;
          scan.firstVolatile ??= { line: lineNo, kind: volatile.kind, text: volatile.text };
        }
      }
      const personal = findPersonal([...ex.input, ...ex.target, ...ex.corpus], scan.firstSensitive === undefined);
      if (personal) {
        scan.sensitive++;
        scan.firstSensitive ??= { line: lineNo, kinds: personal.kinds, text: personal.text };
      }
    },
    result() {
      let format: TrainingDataFormat | undefined;
      let best = 0;
      for (const [f, n] of Object.entries(scan.formats) as [TrainingDataFormat, number][])
        if (n > best) {
          best = n;
          format = f;
        }
      return { ...scan, formats: { ...scan.formats }, ...(format ? { format } : {}) };
    },
  };
}

function findVolatile(target: Text[], input: Text[], quote: boolean): { kind: VolatileKind; text: string } | undefined {
  const inputText = input.map((t) => t.text).join('\n');
  for (const t of target) {
    const fact = firstVolatileFact(t.text, inputText);
    if (!fact) continue;
    const text = quote ? `${t.role}: ${quoteAround(t.text, findPersonalData(t.text), fact.index, fact.match.length)}` : '';
    return { kind: fact.kind, text };
  }
  return undefined;
}

function findPersonal(texts: Text[], quote: boolean): { kinds: PersonalDataKind[]; text: string } | undefined {
  for (const t of texts) {
    const hits = findPersonalData(t.text);
    const first = hits[0];
    if (!first) continue;
    const kinds = [...new Set(hits.map((h) => h.kind))];
    return { kinds, text: quote ? `${t.role}: ${quoteAround(t.text, hits, first.start, first.end - first.start)}` : '' };
  }
  return undefined;
}

/**
 * A quote of about 2×QUOTE_AROUND characters around a span of `text`, cut at word boundaries, every personal
 * value in it masked.
 */
function quoteAround(text: string, hits: PersonalDataHit[], index: number, length: number): string {
  const masked = maskPersonalData(text, hits);
  const from = maskedOffset(hits, index);
  const to = Math.max(from, maskedOffset(hits, index + length));
  let start = Math.max(0, from - QUOTE_AROUND);
  let end = Math.min(masked.length, to + QUOTE_AROUND);
  if (start > 0) {
    const space = masked.indexOf(' ', start);
    if (space !== -1 && space < from) start = space + 1;
  }
  if (end < masked.length) {
    const space = masked.lastIndexOf(' ', end);
    if (space > to) end = space;
  }
  const body = masked.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < masked.length ? '…' : ''}`;
}
