/** Splits a block of plain text into sentences, each with the 1-based line where it starts. */
export interface Sentence {
  text: string;
  line: number;
}

// A boundary: end punctuation followed by whitespace and an upper-case letter, digit or quote.
// Abbreviations such as "e.g." and "i.e." are followed by lower case and so never split.
const BOUNDARY = /([.!?])(\s+)(?=["'([]?[A-Z0-9])/g;

export function splitSentences(text: string, firstLine: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let line = firstLine;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const startLine = line + countNewlines(raw.slice(0, lead));
    const trimmed = raw.trim();
    const body = trimmed.includes('\n') ? trimmed.replace(/\s*\n\s*/g, ' ') : trimmed;
    if (body) out.push({ text: body, line: startLine });
    line += countNewlines(raw);
    start = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) push(m.index + 1);
  push(text.length);
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
