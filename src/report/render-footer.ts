/** The provenance line under the comment and the job summary: which policy judged, which tool, which commit. */
import type { Report } from './report-types.js';
import { escapeMarkdown, inlineCode, markdownLink } from './escape-markdown.js';

/** The first 7 characters of a commit SHA, when it looks like one (the report may be untrusted). */
export function shortSha(sha: string | undefined): string | undefined {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : undefined;
}

/** `Policy: `recommended`, `github:…@v3` (`9fceb02`) · llm-arch-lint 0.1.0 · commit `abc1234` · [workflow run](…)`. */
export function renderProvenance(report: Report, runUrl?: string): string {
  const sources = report.policy.sources.map((source) => {
    const sha = shortSha(source.sha);
    return `${inlineCode(source.source, { maxLength: 200 })}${sha ? ` (${inlineCode(sha)})` : ''}`;
  });
  const parts = [
    `Policy: ${sources.length > 0 ? sources.join(', ') : 'none'}`,
    `llm-arch-lint ${escapeMarkdown(report.tool.version, { maxLength: 40 })}`,
  ];
  const head = shortSha(report.pullRequest?.headSha);
  if (head) parts.push(`commit ${inlineCode(head)}`);
  const run = markdownLink('workflow run', runUrl);
  if (run !== 'workflow run') parts.push(run);
  return parts.join(' · ');
}
