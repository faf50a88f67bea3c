/** Retrieval facts: chunking strategy of the chosen pipeline, and what problem the decision fixes. */
import type { Statement } from './read-adr-structure.js';
import { anyMayMatch, gated, test } from './keyword-gate.js';

const FIXED =
  /\b\d[\d,]*[- ]?(?:tokens?|characters?|chars|words?)[- ](?:chunks?|windows?|pieces|segments|blocks|slices)\b|\b(?:chunks?|windows?|split\w*|cut\w*|slic\w*)\b[^.;]{0,30}?\b(?:of|into|every|at)\s+(?:fixed\s+)?\d[\d,]*[- ]?(?:tokens?|characters?|chars|words)\b|\bfixed[- ](?:size|length|token|width)\b|\bsliding windows?\b/i;
const STRUCTURE =
  /\b(?:by (?:heading|headings|section|sections|clause|clauses|paragraph|paragraphs|article|articles|table rows?|records?|rule|rules)|(?:per|one chunk per|one record per) (?:heading|section|clause|article|row|record|rule|page|function)|structure[- ]aware|markdown[- ]aware|layout[- ]aware|heading[- ]aware|code[- ]aware|section[- ]aware|(?:never|not) split)\b/i;
const RECURSIVE = /\brecursive(?:ly)?\b/i;
const SEMANTIC = /\bsemantic (?:chunk\w*|splitt\w*|segment\w*)|\bembedding[- ]based (?:chunk\w*|splitt\w*)/i;
const CHUNK_WORD = gated(/\b(?:chunk\w*|split\w*|window\w*|segment\w*|cut\w*|slic\w*)\b/i);
const OVERLAP = /(\d[\d,]*)[- ]?(?:tokens?|characters?|chars|words|%)?\s*(?:of\s+)?overlap|overlap(?:ping)?\s+(?:of\s+)?(\d[\d,]*)/i;

type Chunking = 'fixed' | 'recursive' | 'semantic' | 'structure';

/** Only the pipeline the decision builds counts: chunking of a pipeline it replaces does not. */
export function detectChunking(
  statements: Statement[],
  decision: Statement[],
): { strategy?: { value: Chunking; statement: Statement }; overlap?: { value: number; statement: Statement } } {
  if (!anyMayMatch(statements, CHUNK_WORD)) return {};
  const decided = new Set(decision);
  const candidates = statements.filter(
    (s) =>
      test(CHUNK_WORD, s) &&
      (decided.has(s) || s.section === 'decision' || s.section === 'other' || s.section === 'preamble' || s.section === 'consequences'),
  );
  let strategy: { value: Chunking; statement: Statement } | undefined;
  for (const s of candidates) {
    if (/\b(?:replac\w*|instead of|no longer|rather than|move away from|switch\w* from)\b/i.test(s.text) && FIXED.test(s.text)) {
      // "replace the 512-token windows with heading-aware chunks": the new strategy is the other one.
      const rest = s.text.replace(FIXED, '');
      if (STRUCTURE.test(rest) || RECURSIVE.test(rest) || SEMANTIC.test(rest))
        strategy = { value: STRUCTURE.test(rest) ? 'structure' : SEMANTIC.test(rest) ? 'semantic' : 'recursive', statement: s };
      continue;
    }
    const value: Chunking | undefined = STRUCTURE.test(s.text)
      ? 'structure'
      : SEMANTIC.test(s.text)
        ? 'semantic'
        : RECURSIVE.test(s.text)
          ? 'recursive'
          : FIXED.test(s.text)
            ? 'fixed'
            : undefined;
    if (!value) continue;
    if (!strategy || (strategy.value === 'fixed' && value !== 'fixed')) strategy = { value, statement: s };
  }
  let overlap: { value: number; statement: Statement } | undefined;
  for (const s of candidates) {
    const m = OVERLAP.exec(s.text);
    if (m) {
      overlap = { value: Number((m[1] ?? m[2] ?? '0').replace(/,/g, '')), statement: s };
      break;
    }
  }
  return { ...(strategy ? { strategy } : {}), ...(overlap ? { overlap } : {}) };
}

const BEHAVIOR_WORD = '(?:tone|voice|styl\\w*|format\\w*|structur\\w*|layout|templates?|wording|register|phrasing)';
const PROBLEM_WORD =
  '(?:inconsisten\\w*|consisten\\w*|wrong|off-brand|vary|varies|varying|drift\\w*|all over the place|missing|broken|breaks?|mess|messy|swings?|random order|blended|chaotic|sloppy|uneven|too (?:casual|formal|long)|superlatives|idioms|mismatch\\w*)';
/**
 * A behaviour problem names an output quality and what is wrong with it, close together. Exported (built at run
 * time, it is no literal) so that the keyword pre-filter's build-time table and its tests see it.
 */
export const BEHAVIOR_PROBLEM = gated(
  new RegExp(`\\b${BEHAVIOR_WORD}\\b[^.;]{0,60}?\\b${PROBLEM_WORD}|\\b${PROBLEM_WORD}[^.;]{0,60}?\\b${BEHAVIOR_WORD}\\b`, 'i'),
);
const KNOWLEDGE_PROBLEM = gated(
  /\b(?:doesn't know|does not know|don't know|do not know|outdated|out of date|stale|(?:wrong|incorrect|inaccurate|inconsistent) (?:facts|prices|answers|figures|numbers|information)|hallucinat\w*|invent\w* (?:facts|terms|methods|numbers)|made[- ]up|missing information|cannot answer|can't answer|gaps? in (?:its|the model's) knowledge)\b/i,
);
const PROBLEM_SECTIONS = new Set(['context', 'drivers', 'title', 'preamble']);

export function detectProblemKind(statements: Statement[]): { value: 'knowledge' | 'behavior' | 'both'; statement: Statement } | undefined {
  if (!anyMayMatch(statements, BEHAVIOR_PROBLEM) && !anyMayMatch(statements, KNOWLEDGE_PROBLEM)) return undefined;
  let behavior: Statement | undefined;
  let knowledge: Statement | undefined;
  for (const s of statements) {
    if (!PROBLEM_SECTIONS.has(s.section)) continue;
    if (test(BEHAVIOR_PROBLEM, s)) behavior ??= s;
    if (test(KNOWLEDGE_PROBLEM, s)) knowledge ??= s;
  }
  if (behavior && knowledge) return { value: 'both', statement: behavior };
  if (behavior) return { value: 'behavior', statement: behavior };
  if (knowledge) return { value: 'knowledge', statement: knowledge };
  return undefined;
}
