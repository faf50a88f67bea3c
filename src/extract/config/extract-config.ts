/**
 * A model config (YAML, JSON or TOML) → facts, each with the config key's line as evidence.
 *
 * Unparsable files follow SPEC §6.3: a `parse-error` (with line and column) when the file was named explicitly,
 * matched an explicit include glob, or sits where LLM material lives; otherwise (a Helm template, somebody
 * else's YAML) it is skipped silently. A parsable file that matches no known format is not ours: undefined.
 */
import type { DocumentFacts, DocumentProblem } from '../../facts/types.js';
import { newDocFactRecord } from '../../facts/fact-record.js';
import { anchors, newDocumentFacts } from '../../facts/new-document-facts.js';
import { parseStructured, syntaxOf } from '../../parse/parse-structured.js';
import { computeRecommendation } from '../compute-recommendation.js';
import { readDeclaredFacts } from '../read-declared-facts.js';
import { ConfigFacts } from './config-facts.js';
import { ConfigView, isTree } from './config-view.js';
import { detectConfigFormat, MANIFEST_KIND } from './detect-config-format.js';
import { LLM_PATH } from './llm-path.js';
import { readFinetuneConfig } from './read-finetune-config.js';
import { readRagConfig } from './read-rag-config.js';

/** Templating syntax (Helm, Jinja): such a file is not YAML until rendered, and not ours to judge. */
const TEMPLATE = /\{\{-?\s*[.$A-Za-z]|\{%-?\s/;

export function extractConfig(path: string, text: string, explicit: boolean): DocumentFacts | undefined {
  const syntax = syntaxOf(path);
  const parsed = parseStructured(text, syntax);
  if (parsed.error) {
    if (!explicit && (!LLM_PATH.test(path) || TEMPLATE.test(text))) return undefined;
    const problem: DocumentProblem = {
      ruleId: 'parse-error',
      line: parsed.error.line,
      column: parsed.error.column,
      message: `This file is not valid ${syntax.toUpperCase()} (line ${parsed.error.line}, column ${parsed.error.column}): ${parsed.error.message}`,
    };
    return blank(path, 'unknown', 'unknown', [problem]);
  }
  const format = detectConfigFormat(parsed.data, path);
  if (!format || !isTree(parsed.data)) return undefined;
  const view = new ConfigView(path, parsed.data, parsed.keyLines);
  const doc = blank(path, format.kind, format.format, []);
  doc.config = view.data;

  if (format.kind === 'manifest') return readManifest(doc, view);

  const f = new ConfigFacts(view);
  if (format.kind === 'finetune-config') readFinetuneConfig(format.format, f);
  else readRagConfig(format.format, f);
  Object.assign(doc.facts, f.facts);
  if (f.anchorKey !== undefined) doc.anchors = anchors(view.line(f.anchorKey), undefined);
  if (f.datasets.length) doc.links = { datasets: f.datasets };
  return doc;
}

/** The llm-arch-manifest: the keys of the `llm:` front-matter block at top level, plus `name` (SPEC §6.4). */
function readManifest(doc: DocumentFacts, view: ConfigView): DocumentFacts {
  const problems: DocumentProblem[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view.data)) {
    if (key === 'name' || key === '$schema') continue;
    if (key === 'kind') {
      if (value !== MANIFEST_KIND)
        problems.push({
          ruleId: 'invalid-front-matter',
          line: view.line('kind'),
          message: `\`kind\` must be ${MANIFEST_KIND}, got ${JSON.stringify(value)}.`,
        });
      continue;
    }
    rest[key] = value;
  }
  const declared = readDeclaredFacts(rest, doc.path, (k) => (k ? view.line(k) : 1), 'config', '', {
    extraKeys: ['name', 'kind', '$schema'],
  });
  Object.assign(doc.facts, declared.facts);
  doc.problems.push(...problems, ...declared.problems);
  const rec = computeRecommendation(doc.facts);
  doc.facts.recommendation = { value: rec.value };
  doc.signals = rec.signals;
  const anchor = view.has('approach') ? view.line('approach') : undefined;
  doc.anchors = anchors(anchor, view.has('name') ? view.line('name') : undefined);
  return doc;
}

function blank(path: string, kind: DocumentFacts['kind'], format: string, problems: DocumentProblem[]): DocumentFacts {
  return newDocumentFacts({ path, kind, format, facts: newDocFactRecord(path, kind, format), problems });
}
