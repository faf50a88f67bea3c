/** The JSON report (SPEC §7) as written to `report-file` and printed by `--format json`. */
import type { Report } from './report-types.js';

/** Two-space indented JSON with a trailing newline. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Pieces of `toJson` are handed out once they reach this many characters. */
const CHUNK = 1 << 16;

/**
 * The same text as `toJson`, in pieces of about 64 KiB: a report on 10,000 documents is a 30 MB string, and
 * building it whole (plus the copy a write makes) was the run's peak of memory. The top-level arrays
 * (documents, findings, …) are serialised one element at a time; everything else as `JSON.stringify` would.
 * Indentation is added by replacing newlines, which is exact: inside JSON strings a newline is always escaped.
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
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      const text = JSON.stringify(element, null, 2) as string | undefined;
      buffer += `${i ? ',' : ''}\n    ${text === undefined ? 'null' : indent(text, '\n    ')}`;
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
