/**
 * Training data (JSONL) streamed through the pure scanner of src/extract/data, never read whole (SPEC §5, issue
 * #7): the first `limits.maxDataBytes` are scanned line by line in full; beyond that every line is counted and one
 * line in k is sampled, k chosen so that about SAMPLE_BYTES more are scanned, and the sampled counts are scaled to
 * the lines they stand for. Memory stays at one read buffer and one line, whatever the file's size; the notes say
 * what was sampled or skipped.
 */
import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { formatBytes } from './format-bytes.js';
import { createTrainingDataScanner, type TrainingDataScan } from '../extract/data/create-training-data-scanner.js';

/** Bytes read per system call. */
const CHUNK_BYTES = 4 * 1048576;
/** A line longer than this is skipped (a training example this long is no example), with a note. */
export const MAX_LINE_BYTES = 64 * 1048576;
/** About how much of the rest of a file beyond `maxDataBytes` is sampled. */
const SAMPLE_BYTES = 16 * 1048576;

export interface StreamedScan {
  scan: TrainingDataScan;
  notes: string[];
  /** Some bytes were not valid UTF-8 (read as U+FFFD). */
  invalidUtf8: boolean;
}

type Counts = Pick<
  TrainingDataScan,
  'lines' | 'examples' | 'documents' | 'withTarget' | 'volatile' | 'sensitive' | 'malformed' | 'unrecognised'
>;
const COUNTS: (keyof Counts)[] = ['lines', 'examples', 'documents', 'withTarget', 'volatile', 'sensitive', 'malformed', 'unrecognised'];

/**
 * Scans the open file `fd` of `size` bytes. `rel` names it in notes. Lines are split on `\n` with a trailing
 * `\r` removed, numbered from 1, exactly as `extractTrainingData` splits a string.
 */
export function scanTrainingDataFile(
  fd: number,
  size: number,
  rel: string,
  maxDataBytes: number,
  { chunkBytes = CHUNK_BYTES, sampleBytes = SAMPLE_BYTES }: { chunkBytes?: number; sampleBytes?: number } = {},
): StreamedScan {
  const scanner = createTrainingDataScanner();
  const notes: string[] = [];
  let invalidUtf8 = false;
  const sampleEvery = size > maxDataBytes ? Math.max(1, Math.ceil((size - maxDataBytes) / sampleBytes)) : 1;
  let atBoundary: TrainingDataScan | undefined;
  let restLines = 0;
  let overlong = 0;

  let lineNo = 0;
  let lineStart = 0; // file offset of the current line
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;

  const endLine = (tail: Buffer): void => {
    lineNo++;
    const offset = lineStart;
    if (skipping) {
      skipping = false;
      overlong++;
      if (overlong === 1) notes.push(`${rel}: line ${lineNo} is longer than ${MAX_LINE_BYTES / 1048576} MiB and was not read`);
      return;
    }
    const bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    pendingBytes = 0;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 13) end--;
    const sampling = offset >= maxDataBytes;
    if (sampling) {
      atBoundary ??= scanner.result();
      if (!isBlank(bytes, end)) restLines++;
      if (sampleEvery > 1 && mix(lineNo) % sampleEvery !== 0) return;
    }
    const line = bytes.toString('utf8', 0, end);
    if (!invalidUtf8 && line.includes('\uFFFD') && !isUtf8(bytes.subarray(0, end))) invalidUtf8 = true;
    scanner.push(line, lineNo);
  };

  const buf = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(1, size)));
  let position = 0;
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, position);
    if (n === 0) break;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1 && nl < n; nl = buf.indexOf(10, from)) {
      endLine(buf.subarray(from, nl)); // used before the buffer is refilled: no copy
      from = nl + 1;
      lineStart = position + from;
    }
    if (from < n && !skipping) {
      pending.push(Buffer.from(buf.subarray(from, n)));
      pendingBytes += n - from;
      if (pendingBytes > MAX_LINE_BYTES) {
        skipping = true;
        pending = [];
        pendingBytes = 0;
      }
    }
    position += n;
  }
  if (pendingBytes > 0 || skipping || position === 0 || lineStart < position) endLine(Buffer.alloc(0));

  const scan = scanner.result();
  if (atBoundary && sampleEvery > 1) {
    const sampled = scan.lines - atBoundary.lines;
    const scale = sampled > 0 ? restLines / sampled : 0;
    for (const key of COUNTS) scan[key] = atBoundary[key] + Math.round((scan[key] - atBoundary[key]) * scale);
    for (const [format, count] of Object.entries(scan.formats) as [keyof TrainingDataScan['formats'], number][]) {
      const before = atBoundary.formats[format] ?? 0;
      scan.formats[format] = before + Math.round((count - before) * scale);
    }
    notes.push(
      `${rel}: ${formatBytes(size)} of training data; the first ${formatBytes(maxDataBytes)} were scanned in full, then about 1 line in ${sampleEvery} of the remaining ${restLines.toLocaleString('en-US')} was sampled (limits.maxDataBytes): counts and ratios beyond that point are estimates`,
    );
  }
  if (overlong > 1) notes.push(`${rel}: ${overlong} lines longer than ${MAX_LINE_BYTES / 1048576} MiB were not read`);
  return { scan, notes, invalidUtf8 };
}

/**
 * A fixed pseudo-random choice per line number (a 32-bit integer hash): the sample is the same on every run, and a
 * file whose lines repeat with a period (templates, round-robin sources) cannot alias with "every k-th line".
 */
function mix(n: number): number {
  let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

function isBlank(bytes: Buffer, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = bytes[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
