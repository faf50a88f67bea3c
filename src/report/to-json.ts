/** The JSON report (SPEC §7) as written to `report-file` and printed by `--format json`. */
import type { Report } from './report-types.js';

/** Two-space indented JSON with a trailing newline. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Pieces of `toJson` are handed out once they reach this many characters. */
const CHUNK = 1 << 16;

/** Elements of a top-level array serialised together: one JSON.stringify call per batch, not per element. */
const BATCH = 16;
/** A batch is serialised as `{"x": [...]}`, which indents its elements as the report does; this is then cut away. */
const BATCH_HEAD = '{\n  "x": ['.length;
const BATCH_TAIL = '\n  ]\n}'.length;

/**
 * The same text as `toJson`, in pieces of about 64 KiB: a report on 10,000 documents is a 30 MB string, and
 * building it whole (plus the copy a write makes) was the run's peak of memory. The top-level arrays
 * (documents, findings, …) are serialised a batch of elements at a time, inside a one-member object whose own
 * indentation is the report's; everything else as `JSON.stringify` would, indented by replacing newlines, which
 * is exact: inside JSON strings a newline is always escaped.
 */
export function* toJsonChunks(report: Report): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      buffer += indent(JSON.stringify(value, null, 2), '\n  ');
      continue;
    }
    buffer += '[';
    for (let i = 0; i < value.length; i += BATCH) {
      const text = JSON.stringify({ x: value.slice(i, i + BATCH) }, null, 2);
      buffer += `${i ? ',' : ''}${text.slice(BATCH_HEAD, text.length - BATCH_TAIL)}`;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += '\n  ]';
  }
  yield `${buffer}${first ? '}' : '\n}'}\n`;
}

function indent(json: string, newline: string): string {
  return json.includes('\n') ? json.replaceAll('\n', newline) : json;
}
