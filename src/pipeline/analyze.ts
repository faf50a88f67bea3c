/**
 * The pure core end to end: read files → documents with facts → link across the repository →
 * evaluate the policy → the report (SPEC §2, §7). No file system, network or environment.
 */
import type { Report } from '../report/report-types.js';
import { analyzeDocuments } from './analyze-documents.js';
import type { AnalyzeInput } from './analyze-types.js';
import { extractDocuments } from './extract-documents.js';

export function analyze(input: AnalyzeInput): Report {
  return analyzeDocuments(extractDocuments(input.files, input.scope), input);
}
