/**
 * A training-data file (JSONL) → a `training-data` document: examples counted, `training.volatileFactRatio` and
 * `training.sensitiveData` measured by the scanner, each with the first offending line as evidence.
 *
 * Parse errors (SPEC §6.3): in a file that is clearly training data (its recognised lines are at least as many as
 * the others), malformed lines become one `parse-error` at the first of them and the rest is still measured. A
 * file with no recognisable line is not ours — unless none of its lines is even JSON and it was named explicitly
 * or sits where LLM material lives, which is a `parse-error` on a document of format `unknown`.
 */
import { newDocFactRecord, newFactRecord } from '../../facts/fact-record.js';
import { newDocumentFacts } from '../../facts/new-document-facts.js';
import type { DocumentFacts, DocumentProblem, Evidence, Fact } from '../../facts/types.js';
import { LLM_PATH } from '../config/llm-path.js';
import { createTrainingDataScanner, type TrainingDataScan } from './create-training-data-scanner.js';

export function extractTrainingData(path: string, text: string, explicit: boolean): DocumentFacts | undefined {
  const scanner = createTrainingDataScanner();
  let lineNo = 1;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    scanner.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), lineNo);
    if (nl === -1) break;
    start = nl + 1;
    lineNo++;
  }
  return toTrainingDataDocument(path, scanner.result(), explicit);
}

/** The document for a finished scan (also what a streaming edge would call after pushing every line). */
export function toTrainingDataDocument(path: string, scan: TrainingDataScan, explicit: boolean): DocumentFacts | undefined {
  const recognised = scan.examples + scan.documents;
  const clearly = recognised > 0 && recognised >= scan.malformed + scan.unrecognised;
  if (!clearly) {
    if (recognised === 0 && scan.unrecognised === 0 && scan.firstMalformed && (explicit || LLM_PATH.test(path))) {
      const m = scan.firstMalformed;
      return document(path, 'unknown', 'unknown', {}, [
        {
          ruleId: 'parse-error',
          line: m.line,
          column: m.column,
          message: `Line ${m.line} is not valid JSON (column ${m.column}): ${m.message}`,
        },
      ]);
    }
    return undefined;
  }
  const format = scan.format ?? 'unknown';
  const facts: Record<string, Fact> = newFactRecord();
  const ev = (line: number, text: string): Evidence => ({ path, line, text, source: 'data' });
  if (scan.examples > 0)
    facts['training.examples'] = { value: scan.examples, evidence: ev(1, `${count(scan.examples, 'example')} counted in ${path}`) };
  if (scan.documents > 0)
    facts['knowledge.corpusDocuments'] = {
      value: scan.documents,
      evidence: ev(1, `${count(scan.documents, 'corpus document')} counted in ${path}`),
    };
  if (scan.withTarget > 0) {
    const ratio = scan.volatile / scan.withTarget;
    facts['training.volatileFactRatio'] = scan.firstVolatile
      ? { value: ratio, evidence: ev(scan.firstVolatile.line, scan.firstVolatile.text) }
      : { value: ratio };
  }
  facts['training.sensitiveData'] = scan.firstSensitive
    ? { value: true, evidence: ev(scan.firstSensitive.line, scan.firstSensitive.text) }
    : { value: false };
  const problems: DocumentProblem[] = [];
  if (scan.firstMalformed) {
    const m = scan.firstMalformed;
    const others = scan.malformed > 1 ? ` (${scan.malformed} malformed lines in all, none of them counted)` : ' (not counted)';
    problems.push({
      ruleId: 'parse-error',
      line: m.line,
      column: m.column,
      message: `Line ${m.line} is not valid JSON (column ${m.column}): ${m.message}${others}.`,
    });
  }
  return document(path, 'training-data', format, facts, problems);
}

function document(
  path: string,
  kind: DocumentFacts['kind'],
  format: string,
  facts: Record<string, Fact>,
  problems: DocumentProblem[],
): DocumentFacts {
  const record = newDocFactRecord(path, kind, format);
  for (const name in facts) if (Object.hasOwn(facts, name)) record[name] = facts[name]!;
  return newDocumentFacts({ path, kind, format, facts: record, problems });
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
