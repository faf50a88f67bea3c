/**
 * `mode: publish` (SPEC §3): in a `workflow_run` workflow, which has a write token, post what an `analyze` run
 * of a (fork) pull request found, exactly as `mode: full` would: summary comment, review, fixed marks.
 *
 * The report is untrusted (a fork's workflow can write anything into it): it is size-limited, validated
 * against the report schema and capped (src/action/read-report.ts), and every renderer escapes it again. It is
 * refused — one warning, nothing posted, the step passes — when its repository is not this one, or its head
 * SHA is not the head of the triggering workflow run or the pull request's current head (GET the pull request).
 * The step fails only when the report cannot be read or GitHub refuses what is posted (after retries).
 */
import * as core from '@actions/core';
import { getPullRequest } from '../github/get-pull-request.js';
import { httpStatus } from '../github/types.js';
import { renderJobSummary } from '../report/render-summary.js';
import { countOpen } from '../report/report-counts.js';
import type { Report } from '../report/report-types.js';
import { runUrlOf, workflowRunOf } from './event.js';
import type { Inputs } from './inputs.js';
import { publishToPullRequest } from './publish-to-pull-request.js';
import { readUntrustedReport } from './read-report.js';
import { apiClient, setCountOutputs, type Outputs, type RunContext } from './run-context.js';
import { reportPath, writeSarif, writeSummary } from './write-files.js';

/** Why a report must not be published here, or undefined when it may be (before the pull request is asked). */
export function refuseReport(report: Report, repository: string, workflowRunHeadSha: string | undefined): string | undefined {
  const pr = report.pullRequest;
  if (!pr) return 'it names no pull request (it was not written by a pull_request run)';
  if (report.repository !== repository || pr.repository !== repository) {
    return `it is about ${JSON.stringify(pr.repository === report.repository ? pr.repository : `${report.repository}, ${pr.repository}`).slice(0, 200)}, not ${repository}`;
  }
  if (workflowRunHeadSha !== undefined && pr.headSha !== workflowRunHeadSha) {
    return `its head commit ${JSON.stringify(pr.headSha.slice(0, 40))} is not the head ${workflowRunHeadSha.slice(0, 7)} of the workflow run that triggered this one`;
  }
  return undefined;
}

export async function runPublish(inputs: Inputs, outputs: Outputs, ctx: RunContext): Promise<void> {
  const file = reportPath(inputs.reportFile, ctx.workspace);
  const report = await readUntrustedReport(file);
  outputs.report = file;
  setCountOutputs(outputs, report);
  const counts = countOpen(report);
  core.info(
    `Report ${file}: ${report.documents.length} document(s), ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.notices} notice(s), ${counts.suppressed} suppressed`,
  );

  const workflowRun = ctx.event.name === 'workflow_run' ? workflowRunOf(ctx.event.payload) : undefined;
  if (ctx.event.name === 'workflow_run' && !workflowRun) {
    core.warning('llm-arch-lint did not publish the report: the workflow_run event has no run and head SHA to check it against.');
    return;
  }
  if (!workflowRun) {
    core.info(
      `mode: publish under ${ctx.event.name || 'an unknown event'}: only the pull request's current head is checked (use a workflow_run trigger)`,
    );
  }
  const refusal = refuseReport(report, ctx.repository, workflowRun?.headSha);
  const refuse = (why: string): void => core.warning(`llm-arch-lint did not publish the report ${file}: ${why}. Nothing was posted.`);
  if (refusal) {
    refuse(refusal);
    return;
  }
  const pr = report.pullRequest!;
  const api = await apiClient(inputs.token);
  let current;
  try {
    current = await getPullRequest(api, { owner: ctx.owner, repo: ctx.repo, pullNumber: pr.number });
  } catch (error) {
    if (httpStatus(error) === 404) {
      refuse(`pull request #${pr.number} does not exist in ${ctx.repository}`);
      return;
    }
    throw error;
  }
  if (current.baseRepository.toLowerCase() !== ctx.repository.toLowerCase()) {
    refuse(`pull request #${pr.number} belongs to ${current.baseRepository}`);
    return;
  }
  if (current.headSha !== pr.headSha) {
    refuse(
      `pull request #${pr.number} has moved on to ${current.headSha.slice(0, 7)} since the analysed commit ${pr.headSha.slice(0, 7)} (the run for the new head publishes its own report)`,
    );
    return;
  }

  if (inputs.sarifFile) outputs.sarif = await writeSarif(report, inputs.sarifFile, ctx.workspace);
  const runUrl = runUrlOf(ctx.repository, workflowRun?.id ?? process.env.GITHUB_RUN_ID);
  await writeSummary(renderJobSummary(report, runUrl ? { runUrl } : {}));
  if (!inputs.comment && !inputs.review) {
    core.info('comment: false and review: false: nothing to publish');
    return;
  }
  const published = await publishToPullRequest(api, report, {
    owner: ctx.owner,
    repo: ctx.repo,
    pullNumber: pr.number,
    token: inputs.token,
    comment: inputs.comment,
    review: inputs.review,
    ...(runUrl ? { runUrl } : {}),
    info: (message) => core.info(message),
  });
  outputs['comment-url'] = published.commentUrl;
  if (published.permissionDenied) {
    core.setFailed(
      'llm-arch-lint: GitHub refused the token (HTTP 403): the publishing workflow needs `permissions: pull-requests: write` (and must run on workflow_run, not on the fork pull request itself).',
    );
    return;
  }
  if (published.failures.length > 0) core.setFailed(`llm-arch-lint could not ${published.failures.join('; ')}`);
}
