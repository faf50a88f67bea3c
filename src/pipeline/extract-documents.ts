/**
 * Extraction of every file into its document, one at a time: bad input never throws and never hides the
 * other documents. Its own module so that a run with nothing to read never loads the parsers (markdown-it,
 * yaml, TOML, the keyword pre-filter): the action imports it only when the workspace has files.
 */
import type { DocumentFacts } from '../facts/types.js';
import { newDocFactRecord } from '../facts/fact-record.js';
import { newDocumentFacts } from '../facts/new-document-facts.js';
import { extractAdr } from '../extract/adr/extract-adr.js';
import { extractConfig } from '../extract/config/extract-config.js';
import { extractTrainingData, toTrainingDataDocument } from '../extract/data/extract-training-data.js';
import { mayBeManifest } from '../extract/config/detect-config-format.js';
import { LLM_PATH } from '../extract/config/llm-path.js';
import type { SourceFile } from './analyze-types.js';

/**
 * Every file's document (files that are none of ours give none). With a scope (a pull request's changed files,
 * the paths named on the command line), documents outside it are read only for what linking needs (SPEC §6.3): in
 * a monorepo a pull request changes a few records, and the thousands of others matter only as decisions that may
 * cover an in-scope config. So ADRs are read for their decision only, configs only when they are manifests, and
 * training data in full (an in-scope config counts its examples).
 */
export function extractDocuments(files: readonly SourceFile[], scope?: ReadonlySet<string>): DocumentFacts[] {
  const all: DocumentFacts[] = [];
  for (const file of files) {
    const doc = extractDocument(file, scope !== undefined && !scope.has(file.path));
    if (doc) all.push(doc);
  }
  return all;
}

/**
 * One file → its document, whatever the file holds: bad input never throws and never hides the other documents.
 * Binary content (a NUL byte, which no Markdown, YAML, JSON, TOML or JSONL text contains) is a `parse-error` at
 * that byte, for an ADR always and for configs and data where SPEC §6.3 reports unparsable files; an extractor
 * that throws turns into a `parse-error` on that document alone. A document has at most one `parse-error`, and
 * its message gives the line and column.
 */
export function extractDocument(file: SourceFile, linkOnly = false): DocumentFacts | undefined {
  const nul = file.text.indexOf('\u0000');
  if (nul !== -1) {
    if (file.role !== 'adr' && !file.explicit && !LLM_PATH.test(file.path)) return undefined;
    const { line, column } = positionOf(file.text, nul);
    return unreadable(
      file.path,
      line,
      column,
      `${file.path} is a binary file, not ${ROLE_TEXT[file.role]} (a NUL byte at line ${line}, column ${column}).`,
    );
  }
  let doc: DocumentFacts | undefined;
  try {
    doc = extractByRole(file, linkOnly);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return unreadable(
      file.path,
      1,
      1,
      `${file.path} could not be read (line 1, column 1): ${reason.split('\n')[0]} — an internal error of llm-arch-lint; please report it.`,
    );
  }
  if (doc) doc.problems = oneParseError(doc.problems);
  return doc;
}

const ROLE_TEXT = { adr: 'Markdown text', config: 'a YAML, JSON or TOML text', data: 'JSONL text' } as const;

/** The first `parse-error` only (later ones follow from it), its message carrying line and column. */
function oneParseError(problems: DocumentFacts['problems']): DocumentFacts['problems'] {
  let seen = false;
  const out: DocumentFacts['problems'] = [];
  for (const p of problems) {
    if (p.ruleId !== 'parse-error') {
      out.push(p);
      continue;
    }
    if (seen) continue;
    seen = true;
    const line = Math.max(1, p.line);
    const column = Math.max(1, p.column ?? 1);
    const positioned = /\bcolumn\b/i.test(p.message) ? p.message : `${p.message.replace(/[.\s]+$/, '')} (line ${line}, column ${column}).`;
    out.push({ ...p, line, column, message: positioned });
  }
  return out;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1 };
}

/** A document nothing can be read from: `format: unknown` (SPEC §6.3) and one `parse-error`. */
function unreadable(path: string, line: number, column: number, message: string): DocumentFacts {
  const facts = newDocFactRecord(path, 'unknown', 'unknown');
  return newDocumentFacts({
    path,
    kind: 'unknown',
    format: 'unknown',
    facts,
    problems: [{ ruleId: 'parse-error', line, column, message }],
  });
}

function extractByRole(file: SourceFile, linkOnly: boolean): DocumentFacts | undefined {
  switch (file.role) {
    case 'adr':
      return extractAdr(file.path, file.text, { linkOnly });
    case 'config':
      // Out of scope, a config matters to linking only as a manifest (it may decide fine-tuning for an in-scope
      // config); any other one would be read for nothing.
      if (linkOnly && !mayBeManifest(file.path, file.text)) return undefined;
      return extractConfig(file.path, file.text, file.explicit === true);
    case 'data':
      return file.scan
        ? toTrainingDataDocument(file.path, file.scan, file.explicit === true)
        : extractTrainingData(file.path, file.text, file.explicit === true);
  }
}
