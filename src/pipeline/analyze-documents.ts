/**
 * Documents with facts → link across the repository → evaluate the policy → the report (SPEC §2, §7).
 * No parser is loaded here: extraction lives in extract-documents.ts.
 */
import type { DocumentFacts } from '../facts/types.js';
import { evaluate, toReportRules } from '../evaluate/evaluate.js';
import { linkDocuments } from '../extract/link-documents.js';
import { summarize } from '../report/report-counts.js';
import type { Report, ReportDocument } from '../report/report-types.js';
import type { AnalyzeInput } from './analyze-types.js';

export function analyzeDocuments(all: DocumentFacts[], input: Omit<AnalyzeInput, 'files'>): Report {
  linkDocuments(all);
  const { scope } = input;
  const docs = scope ? all.filter((d) => scope.has(d.path)) : all;
  const findings = [
    ...evaluate(docs, input.policy, {
      now: input.now,
      ...(input.isPendingSuppression ? { isPendingSuppression: input.isPendingSuppression } : {}),
    }),
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
  // for…in over the own keys, in the order Object.entries gives them, without building the pairs.
  for (const name in doc.facts) if (Object.hasOwn(doc.facts, name)) facts[name] = doc.facts[name]!.value;
  return { path: doc.path, kind: doc.kind, format: doc.format, facts, signals: doc.signals };
}
