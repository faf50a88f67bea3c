/**
 * The action's orchestration (SPEC §3): inputs and event → policy (from the PR's base commit) → workspace →
 * analyze → report file, SARIF, annotations, job summary, outputs → summary comment and review → exit code.
 * `mode: publish` instead reads a report written by an `analyze` run and posts it (src/action/run-publish.ts).
 *
 * Everything that talks to GitHub lives in src/github/ (one operation per file); the pipeline is pure; the
 * steps of a run live in src/action/. Publishing never decides the result: a write GitHub refuses (fork PR,
 * read-only token) is one warning, and the step's result depends only on the findings and `fail-on`.
 */
import * as core from '@actions/core';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pullRequestOf, runUrlOf } from './action/event.js';
import { DEFAULT_CONFIG, readInputs, UsageError, type Inputs } from './action/inputs.js';
import { changedDocuments, unreadNoteOf } from './action/changed-documents.js';
import { ReportError } from './action/report-error.js';
import { apiClient, OUTPUTS, runContext, setCountOutputs, type Outputs } from './action/run-context.js';
import { writeReport, writeSarif, writeSummary } from './action/write-files.js';
import { getFileContent } from './github/get-file-content.js';
import { listPrFiles } from './github/list-pr-files.js';
import { createPendingSuppressionCheck, lacksComparablePatch } from './github/new-suppressions.js';
import { createPolicyReader, createRemotePolicyReader, type RemotePolicyReader } from './github/policy-reader.js';
import { toPrChanges, type PrChanges } from './github/pr-changes.js';
import type { Octokit } from './github/types.js';
import { readWorkspace } from './io/read-workspace.js';
import { analyzeDocuments } from './pipeline/analyze-documents.js';
import type { SourceFile } from './pipeline/analyze-types.js';
import { resolvePolicy } from './policy/load-policy.js';
import { PolicyError } from './policy/policy-types.js';
import { renderJobSummary } from './report/render-summary.js';
import { countOpen, failsOn } from './report/report-counts.js';
import type { Finding, PullRequestInfo } from './report/report-types.js';
import { toAnnotations } from './report/to-annotations.js';
import { VERSION } from './version.js';

export { DEFAULT_CONFIG, readInputs, type Inputs, type Outputs };

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_PR_FILES = 3000;

export const READ_ONLY_WARNING =
  'llm-arch-lint could not write to the pull request: GitHub refused the token (HTTP 403). Pull requests from ' +
  'forks get a read-only GITHUB_TOKEN. The findings are in the annotations, the job summary and the report, and ' +
  'the result of this step depends only on them and `fail-on`. To comment on fork pull requests, run the action ' +
  'with `mode: analyze` in the `pull_request` workflow (upload the report file as an artifact) and with ' +
  '`mode: publish` in a `workflow_run` workflow that has `pull-requests: write` (see "Pull requests from forks" in ' +
  'the README).';

/** A path as the repository names it: relative to the workspace, POSIX separators, no leading `./`. */
export function toRepoPath(p: string, workspace: string): string {
  const rel = path.isAbsolute(p) ? path.relative(workspace, p) : p;
  return path.posix.normalize(rel.split(path.sep).join('/')).replace(/^(\.\/)+/, '');
}

async function readWorkspaceFile(workspace: string, rel: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path.join(workspace, rel), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function run(): Promise<void> {
  const outputs: Outputs = { errors: '', warnings: '', notices: '', findings: '', report: '', sarif: '', 'comment-url': '' };
  try {
    await runAction(outputs);
  } catch (error) {
    if (error instanceof PolicyError) {
      const local = error.file && !error.file.startsWith('github:') && error.file !== 'recommended' && error.file !== 'strict';
      // One annotation, at the policy file and line when it is in this repository.
      if (local) {
        core.error(error.message, { title: 'llm-arch-lint: invalid policy', file: error.file, startLine: error.line ?? 1 });
        process.exitCode = 1;
      } else {
        core.setFailed(`llm-arch-lint: invalid policy: ${error.message}`);
      }
    } else if (error instanceof ReportError || error instanceof UsageError) {
      core.setFailed(`llm-arch-lint: ${error.message}`);
    } else {
      if (error instanceof Error && error.stack) core.debug(error.stack);
      core.setFailed(`llm-arch-lint: ${errorMessage(error)}`);
    }
  } finally {
    for (const name of OUTPUTS) core.setOutput(name, outputs[name]);
  }
}

async function runAction(outputs: Outputs): Promise<void> {
  const inputs = readInputs();
  const ctx = runContext();
  // What only some runs need (publishing, pull-request checks, the parsers) loads when they need it: the
  // action starts in a fraction of the time when there is nothing to read or post (README, "Performance").
  if (inputs.mode === 'publish') {
    const { runPublish } = await import('./action/run-publish.js');
    await runPublish(inputs, outputs, ctx);
    return;
  }
  const { workspace, event, repository, owner, repo } = ctx;
  const pr = pullRequestOf(event.payload);
  const autoScope = event.name === 'pull_request' || event.name === 'pull_request_target' ? 'changed' : 'all';
  let scopeMode = inputs.scope || autoScope;
  if (scopeMode === 'changed' && !pr) {
    core.info(`scope: changed needs a pull request; the ${event.name || 'current'} event has none, so every matching file is checked`);
    scopeMode = 'all';
  }
  const isTarget = event.name === 'pull_request_target';

  let octokit: Promise<Octokit> | undefined;
  const api = (): Promise<Octokit> => (octokit ??= apiClient(inputs.token));
  let policyOctokit: Promise<Octokit> | undefined;
  const policyApi = (): Promise<Octokit> => (policyOctokit ??= inputs.policyToken ? apiClient(inputs.policyToken) : api());
  let remote: RemotePolicyReader | undefined;
  const remoteReader: RemotePolicyReader = {
    read: async (src, from) => (remote ??= createRemotePolicyReader(await policyApi())).read(src, from),
  };
  const notes: string[] = [];

  // 1. What the pull request changes.
  let changes: PrChanges | undefined;
  let pullRequest: PullRequestInfo | undefined;
  if (pr) {
    const files = await listPrFiles(await api(), { owner, repo, pullNumber: pr.number });
    changes = toPrChanges(files);
    pullRequest = { repository, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, changedLines: changes.changedLines };
    const withoutPatch = files.filter((f) => f.patch === undefined && f.status !== 'removed').length;
    core.info(
      `Pull request #${pr.number}: ${files.length} changed file(s), ${changes.scope.size} added, modified or renamed` +
        (withoutPatch ? `, ${withoutPatch} without a patch (their findings go to the summary comment only)` : ''),
    );
    if (files.length >= MAX_LISTED_PR_FILES && (pr.changed_files ?? files.length) > files.length) {
      notes.push(
        `GitHub lists only the first ${MAX_LISTED_PR_FILES.toLocaleString('en-US')} of the ${(pr.changed_files ?? 0).toLocaleString('en-US')} files this pull request changes: documents beyond them are not in scope. Run with \`scope: all\` to check every document.`,
      );
    }
  }

  // 2. The policy: from the PR's base commit (a PR cannot weaken the rules that judge it), else the workspace.
  const configPath = toRepoPath(inputs.config, workspace);
  const readLocal = pr
    ? async (p: string) => (await getFileContent(await api(), { owner, repo, path: p, ref: pr.base.sha }))?.text
    : (p: string) => readWorkspaceFile(workspace, p);
  const baseReader = createPolicyReader({
    readLocal,
    localLabel: pr ? `at the base commit ${pr.base.sha.slice(0, 7)}` : 'in the workspace',
    remote: remoteReader,
  });
  const configText = await readLocal(configPath);
  if (configText === undefined) {
    const addedByPr = changes?.scope.has(configPath);
    if (configPath !== DEFAULT_CONFIG && !addedByPr) {
      throw new UsageError(
        `config file ${configPath} not found${pr ? ` at the base commit ${pr.base.sha.slice(0, 7)}` : ' in the workspace'}`,
      );
    }
    core.info(`No ${configPath}${pr ? ' at the base commit' : ''}: the built-in \`recommended\` policy applies`);
  } else {
    baseReader.localFiles.add(configPath);
  }
  const resolved = await resolvePolicy(configText, configPath, baseReader);

  const extraFindings: Finding[] = [];
  if (pr && changes) {
    const { policyChangeFindings } = await import('./action/policy-changes.js');
    const { workflowChangeFindings } = await import('./action/workflow-changes.js');
    extraFindings.push(
      ...(await policyChangeFindings({
        changes,
        configPath,
        basePolicy: resolved.policy,
        baseInclude: { include: resolved.include, exclude: resolved.exclude },
        baseLocalFiles: baseReader.localFiles,
        baseShort: pr.base.sha.slice(0, 7),
        readHead: isTarget
          ? async (p: string) => (await getFileContent(await api(), { owner, repo, path: p, ref: pr.head.sha }))?.text
          : (p: string) => readWorkspaceFile(workspace, p),
        remote: remoteReader,
        notes,
      })),
    );
    // A PR that edits the workflow step running llm-arch-lint: the head version is where the run's documents come
    // from, the base version the other side (API at the base SHA under pull_request, the checkout under _target).
    extraFindings.push(
      ...(await workflowChangeFindings({
        changes,
        readHead: isTarget
          ? async (p: string) => (await getFileContent(await api(), { owner, repo, path: p, ref: pr.head.sha }))?.text
          : (p: string) => readWorkspaceFile(workspace, p),
        readBase: isTarget ? (p: string) => readWorkspaceFile(workspace, p) : readLocal,
        runsBaseWorkflow: isTarget,
      })),
    );
  }

  // 3. The workspace. Linking sees every document, but only documents in scope receive findings, and of those only
  // fine-tuning configs receive facts from other documents: when the pull request changes none, the documents it
  // changes are all there is to read.
  const readOptions = {
    include: resolved.include,
    exclude: resolved.exclude,
    maxFileBytes: resolved.limits.maxFileBytes,
    maxDataBytes: resolved.limits.maxDataBytes,
  };
  const changed = scopeMode === 'changed' && changes ? await changedDocuments(workspace, changes.scope, readOptions, !isTarget) : undefined;
  const changedOnly = changed !== undefined && !changed.needsRepository;
  let files: SourceFile[];
  let globsTried: string[];
  if (changedOnly) {
    files = changed.files;
    globsTried = changed.globsTried;
    notes.push(...changed.notes);
    const unread = unreadNoteOf(changed);
    if (unread) notes.push(unread);
    if (changed.documents.length)
      core.info(
        `Reading only the ${changed.documents.length} changed document(s): none is a fine-tuning config, the one kind that takes facts from other documents`,
      );
  } else {
    const read = await readWorkspace(workspace, readOptions);
    files = read.files;
    globsTried = read.globsTried;
    notes.push(...read.notes);
  }
  if (isTarget && pr && changes && !changedOnly) {
    const { overlayHeadDocuments } = await import('./action/head-documents.js');
    files = await overlayHeadDocuments(files, {
      octokit: await api(),
      owner,
      repo,
      headSha: pr.head.sha,
      changes,
      read: readOptions,
      notes,
    });
  }
  // Suppressions the PR adds to an ADR (absent from the base version, read from the PR patch) take effect after merge.
  if (changes) {
    for (const f of files) {
      const listed = changes.byPath.get(f.path);
      if (
        f.role === 'adr' &&
        listed &&
        changes.scope.has(f.path) &&
        lacksComparablePatch(listed) &&
        f.text.includes('llm-arch-lint-disable')
      ) {
        notes.push(
          `${f.path}: GitHub gives no diff for this file, so its suppressions cannot be compared with the base commit; they take effect after merge.`,
        );
      }
    }
  }
  for (const note of notes) core.info(note);

  // 4. Analyse (the parsers load only when there is something to parse).
  const scope = scopeMode === 'changed' && changes ? changes.scope : undefined;
  // (The changed documents were extracted when deciding that nothing else needs reading.)
  const documents = changedOnly
    ? changed.documents
    : files.length
      ? (await import('./pipeline/extract-documents.js')).extractDocuments(files, scope)
      : [];
  const report = analyzeDocuments(documents, {
    ...(scope ? { scope } : {}),
    policy: resolved.policy,
    repository,
    version: VERSION,
    ...(pullRequest ? { pullRequest } : {}),
    now: new Date(),
    notes,
    extraFindings,
    ...(changes ? { isPendingSuppression: createPendingSuppressionCheck(changes.byPath) } : {}),
  });
  const counts = countOpen(report);
  core.info(
    `llm-arch-lint ${VERSION}: ${report.documents.length} document(s), ${counts.errors} error(s), ${counts.warnings} warning(s), ` +
      `${counts.notices} notice(s), ${counts.suppressed} suppressed (scope: ${scopeMode}, fail-on: ${inputs.failOn})`,
  );
  setCountOutputs(outputs, report);

  // 5. Local results first: they never depend on GitHub accepting a write.
  outputs.report = await writeReport(report, inputs.reportFile, workspace);
  if (inputs.sarifFile) outputs.sarif = await writeSarif(report, inputs.sarifFile, workspace);
  const { annotations, omitted } = toAnnotations(report);
  const annotate = { error: core.error, warning: core.warning, notice: core.notice } as const;
  for (const a of annotations) annotate[a.level](a.message, { file: a.file, startLine: a.line, title: a.title });
  await writeSummary(renderJobSummary(report, { globsTried, annotationsOmitted: omitted }));

  // 6. Publish on the pull request: the summary comment, then one review with the new inline comments.
  if (pr && inputs.mode === 'full' && (inputs.comment || inputs.review)) {
    const runUrl = runUrlOf(repository, process.env.GITHUB_RUN_ID);
    const { publishToPullRequest } = await import('./action/publish-to-pull-request.js');
    const published = await publishToPullRequest(await api(), report, {
      owner,
      repo,
      pullNumber: pr.number,
      token: inputs.token,
      comment: inputs.comment,
      review: inputs.review,
      ...(runUrl ? { runUrl } : {}),
      info: (message) => core.info(message),
    });
    outputs['comment-url'] = published.commentUrl;
    if (published.permissionDenied) core.warning(READ_ONLY_WARNING);
    for (const failure of published.failures) {
      core.warning(
        `llm-arch-lint could not ${failure}. The findings are in the annotations, the job summary and the report; the result of this step does not depend on it.`,
      );
    }
  } else if (pr && inputs.mode === 'analyze') {
    core.info('mode: analyze: nothing posted; publish the report with `mode: publish` from a workflow_run workflow');
  }

  // 7. The result depends on the findings and fail-on only. Each finding already has its own annotation (with
  // file and line), so the failure itself is a log line, not one more error annotation competing for GitHub's
  // ten per level.
  if (failsOn(report, inputs.failOn)) {
    core.info(
      `llm-arch-lint failed: ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.notices} notice(s) at or above fail-on: ${inputs.failOn}`,
    );
    process.exitCode = 1;
  }
}
