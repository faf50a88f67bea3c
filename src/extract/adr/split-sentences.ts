/** Splits a block of plain text into sentences, each with the 1-based line where it starts. */
export interface Sentence {
  text: string;
  line: number;
}

// A boundary: end punctuation followed by whitespace and an upper-case letter, digit or quote.
// Abbreviations such as "e.g." and "i.e." are followed by lower case and so never split.
// All but the punctuation is lookahead, so that after `test` the regex's lastIndex is where the sentence ends:
// `exec` built a match array with two captures for each of ~300k boundaries of a 10k-ADR run.
const BOUNDARY = /[.!?](?=\s+["'([]?[A-Z0-9])/g;

export function splitSentences(text: string, firstLine: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let line = firstLine;
  // Most blocks are one line: nothing to count or join.
  const multiline = text.includes('\n');
  const push = (end: number) => {
    const trimmed = text.slice(start, end).trim();
    if (!multiline) {
      if (trimmed) out.push({ text: trimmed, line });
      start = end;
      return;
    }
    if (trimmed) {
      // The sentence starts where its first non-space character is (\S is exactly what trim() keeps).
      NON_SPACE.lastIndex = start;
      const lead = NON_SPACE.exec(text)?.index ?? start;
      const body = trimmed.includes('\n') ? joinLines(trimmed) : trimmed;
      out.push({ text: body, line: line + countNewlines(text, start, lead) });
    }
    line += countNewlines(text, start, end);
    start = end;
  };
  BOUNDARY.lastIndex = 0;
  // push() never touches BOUNDARY, and a match is never empty: lastIndex moves on by itself.
  while (BOUNDARY.test(text)) push(BOUNDARY.lastIndex);
  push(text.length);
  return out;
}

const NON_SPACE = /\S/g;

/** Newlines in s[from, to): indexOf runs natively, where a loop over a sliced string's characters does not. */
function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Each run of whitespace holding a line break becomes one space: what replacing the global regex `\s*\n\s*` by
 * a space does, by hand. The regex tried its `\s*` at every character of every multi-line sentence (the costliest
 * regex of a 10k-ADR run); this looks only around the line breaks. Exported for the test that holds the two equal.
 */
export function joinLines(s: string): string {
  let out = '';
  let from = 0;
  for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
    let start = nl;
    while (start > from && isWhiteSpace(s.charCodeAt(start - 1))) start--;
    let end = nl + 1;
    while (end < s.length && isWhiteSpace(s.charCodeAt(end))) end++;
    out += `${s.slice(from, start)} `;
    from = end;
  }
  return out + s.slice(from);
}

/** Exactly the characters of the regex class `\s`. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
