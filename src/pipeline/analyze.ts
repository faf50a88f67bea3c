/**
 * The pure core end to end: read files → documents with facts → link across the repository →
 * evaluate the policy → the report (SPEC §2, §7). No file system, network or environment.
 */
import type { DocumentFacts } from '../facts/types.js';
import { evaluate, toReportRules } from '../evaluate/evaluate.js';
import { extractAdr } from '../extract/adr/extract-adr.js';
import { extractConfig } from '../extract/config/extract-config.js';
import { linkDocuments } from '../extract/link-documents.js';
import { summarize } from '../report/report-counts.js';
import type { Report, ReportDocument } from '../report/report-types.js';
import type { AnalyzeInput, SourceFile } from './analyze-types.js';

export function extractDocument(file: SourceFile): DocumentFacts | undefined {
  switch (file.role) {
    case 'adr':
      return extractAdr(file.path, file.text);
    case 'config':
      return extractConfig(file.path, file.text, file.explicit === true);
    case 'data':
      return undefined; // training data is read from issue #4 on
  }
}

export function analyze(input: AnalyzeInput): Report {
  const all: DocumentFacts[] = [];
  for (const file of input.files) {
    const doc = extractDocument(file);
    if (doc) all.push(doc);
  }
  linkDocuments(all);
  const inScope = (path: string) => !input.scope || input.scope.has(path);
  const docs = all.filter((d) => inScope(d.path));
  const findings = [
    ...evaluate(docs, input.policy, { now: input.now, ...(input.scope ? { scope: input.scope } : {}) }),
    ...(input.extraFindings ?? []),
  ];
  const documents = docs.map(toReportDocument);
  return {
    tool: { name: 'llm-arch-lint', version: input.version },
    repository: input.repository,
    ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
    policy: { sources: input.policy.sources, rules: toReportRules(input.policy) },
    documents,
    findings,
    notes: input.notes ?? [],
    summary: summarize(findings, documents),
  };
}

function toReportDocument(doc: DocumentFacts): ReportDocument {
  const facts: Record<string, unknown> = {};
  for (const [name, fact] of Object.entries(doc.facts)) facts[name] = fact.value;
  return { path: doc.path, kind: doc.kind, format: doc.format, facts, signals: doc.signals };
}
