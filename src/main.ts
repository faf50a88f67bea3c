/**
 * The action's orchestration (SPEC §3): inputs and event → policy (from the PR's base commit) → workspace →
 * analyze → report file, annotations, job summary, outputs, sticky comment → exit code.
 *
 * Everything that talks to GitHub lives in src/github/ (one operation per file); the pipeline is pure.
 * Publishing never decides the result: a comment GitHub refuses (fork PR, read-only token) is one warning, and
 * the step's result depends only on the findings and `fail-on`.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { engineFinding } from './evaluate/engine-rules.js';
import { describePolicyChange } from './github/describe-policy-change.js';
import { getFileContent } from './github/get-file-content.js';
import { getTokenLogin } from './github/get-token-login.js';
import { listPrFiles } from './github/list-pr-files.js';
import { createPolicyReader, createRemotePolicyReader, type RemotePolicyReader } from './github/policy-reader.js';
import { toPrChanges, type PrChanges } from './github/pr-changes.js';
import { isPermissionDenied, type Octokit } from './github/types.js';
import { upsertStickyComment } from './github/upsert-sticky-comment.js';
import { readWorkspace } from './io/read-workspace.js';
import { analyze } from './pipeline/analyze.js';
import type { SourceFile } from './pipeline/analyze-types.js';
import { resolvePolicy } from './policy/load-policy.js';
import { PolicyError, type Policy } from './policy/policy-types.js';
import { COMMENT_MARKER, renderComment } from './report/render-comment.js';
import { renderJobSummary } from './report/render-summary.js';
import { countOpen, failsOn, type FailOn } from './report/report-counts.js';
import type { Finding, PullRequestInfo, Report } from './report/report-types.js';
import { toAnnotations } from './report/to-annotations.js';
import { toJson } from './report/to-json.js';
import { VERSION } from './version.js';

export const DEFAULT_CONFIG = '.github/llm-arch-lint.yml';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
const MODES = ['full', 'analyze', 'publish'] as const;
type Mode = (typeof MODES)[number];
const OUTPUTS = ['errors', 'warnings', 'notices', 'findings', 'report', 'sarif', 'comment-url'] as const;
type Outputs = Record<(typeof OUTPUTS)[number], string>;
/** Documents whose head version is read through the API under pull_request_target (never checked out). */
const DOCUMENT_EXTENSIONS = /\.(md|markdown|mdx|ya?ml|json|jsonl|toml)$/i;
const MAX_HEAD_READS = 300;

export const READ_ONLY_WARNING =
  'llm-arch-lint could not write to the pull request: GitHub refused the token (HTTP 403). Pull requests from ' +
  'forks get a read-only GITHUB_TOKEN. The findings are in the annotations, the job summary and the report, and ' +
  'the result of this step depends only on them and `fail-on`. To comment on fork pull requests, run the action ' +
  'with `mode: analyze` in the `pull_request` workflow (upload the report file as an artifact) and with ' +
  '`mode: publish` in a `workflow_run` workflow that has `pull-requests: write`.';

/** An invalid input: the message says which and what is accepted. */
class UsageError extends Error {}

export interface Inputs {
  token: string;
  policyToken: string;
  config: string;
  scope: 'changed' | 'all' | '';
  failOn: FailOn;
  comment: boolean;
  review: boolean;
  sarifFile: string;
  reportFile: string;
  mode: Mode;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input \`${name}\` must be true or false, got "${value}"`);
}

function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T | ''): T | '' {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`input \`${name}\` must be one of ${choices.join(', ')}; got "${value}"`);
  return value as T;
}

export function readInputs(): Inputs {
  return {
    token: core.getInput('github-token'),
    policyToken: core.getInput('policy-token'),
    config: core.getInput('config') || DEFAULT_CONFIG,
    scope: choiceInput('scope', ['changed', 'all'] as const, ''),
    failOn: choiceInput('fail-on', FAIL_ON, 'error') || 'error',
    comment: booleanInput('comment', true),
    review: booleanInput('review', true),
    sarifFile: core.getInput('sarif-file'),
    reportFile: core.getInput('report-file'),
    mode: choiceInput('mode', MODES, 'full') || 'full',
  };
}

interface PullRequestEvent {
  number: number;
  base: { sha: string; ref?: string; repo?: { full_name?: string } };
  head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
}

function readEvent(): { name: string; payload: Record<string, unknown> } {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return { name, payload: {} };
  return { name, payload: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestEvent | undefined {
  const pr = payload.pull_request as Partial<PullRequestEvent> | undefined;
  if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) return undefined;
  return pr as PullRequestEvent;
}

/** A path as the repository names it: relative to the workspace, POSIX separators, no leading `./`. */
export function toRepoPath(p: string, workspace: string): string {
  const rel = path.isAbsolute(p) ? path.relative(workspace, p) : p;
  return path.posix.normalize(rel.split(path.sep).join('/')).replace(/^(\.\/)+/, '');
}

function createOctokit(token: string): Octokit {
  if (!token) throw new UsageError('input `github-token` is empty: the action needs a token to read the pull request');
  const baseUrl = process.env.GITHUB_API_URL;
  return github.getOctokit(token, { ...(baseUrl ? { baseUrl } : {}), userAgent: `llm-arch-lint/${VERSION}` });
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
  if (inputs.mode === 'publish') {
    throw new UsageError(
      '`mode: publish` is not yet supported by this version of llm-arch-lint; use `mode: full` (or `mode: analyze` to write the report without posting)',
    );
  }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const event = readEvent();
  const repository =
    process.env.GITHUB_REPOSITORY || String((event.payload.repository as { full_name?: string } | undefined)?.full_name ?? '');
  const [owner = '', repo = ''] = repository.split('/');
  const pr = pullRequestOf(event.payload);
  const autoScope = event.name === 'pull_request' || event.name === 'pull_request_target' ? 'changed' : 'all';
  let scopeMode = inputs.scope || autoScope;
  if (scopeMode === 'changed' && !pr) {
    core.info(`scope: changed needs a pull request; the ${event.name || 'current'} event has none, so every matching file is checked`);
    scopeMode = 'all';
  }
  const isTarget = event.name === 'pull_request_target';

  let octokit: Octokit | undefined;
  const api = (): Octokit => (octokit ??= createOctokit(inputs.token));
  let policyOctokit: Octokit | undefined;
  const policyApi = (): Octokit => (policyOctokit ??= inputs.policyToken ? createOctokit(inputs.policyToken) : api());
  let remote: RemotePolicyReader | undefined;
  const remoteReader: RemotePolicyReader = { read: (src, from) => (remote ??= createRemotePolicyReader(policyApi())).read(src, from) };

  // 1. What the pull request changes.
  let changes: PrChanges | undefined;
  let pullRequest: PullRequestInfo | undefined;
  if (pr) {
    const files = await listPrFiles(api(), { owner, repo, pullNumber: pr.number });
    changes = toPrChanges(files);
    pullRequest = { repository, number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, changedLines: changes.changedLines };
    core.info(`Pull request #${pr.number}: ${files.length} changed file(s), ${changes.scope.size} added, modified or renamed`);
  }

  // 2. The policy: from the PR's base commit (a PR cannot weaken the rules that judge it), else the workspace.
  const configPath = toRepoPath(inputs.config, workspace);
  const readLocal = pr
    ? async (p: string) => (await getFileContent(api(), { owner, repo, path: p, ref: pr.base.sha }))?.text
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

  const notes: string[] = [];
  const extraFindings: Finding[] = [];
  if (pr && changes) {
    extraFindings.push(
      ...(await policyChangeFindings({
        changes,
        configPath,
        basePolicy: resolved.policy,
        baseInclude: { include: resolved.include, exclude: resolved.exclude },
        baseLocalFiles: baseReader.localFiles,
        baseShort: pr.base.sha.slice(0, 7),
        readHead: isTarget
          ? async (p: string) => (await getFileContent(api(), { owner, repo, path: p, ref: pr.head.sha }))?.text
          : (p: string) => readWorkspaceFile(workspace, p),
        remote: remoteReader,
        notes,
      })),
    );
  }

  // 3. The workspace (linking sees every document; only those in scope receive findings).
  const readOptions = {
    include: resolved.include,
    exclude: resolved.exclude,
    maxFileBytes: resolved.limits.maxFileBytes,
    maxDataBytes: resolved.limits.maxDataBytes,
  };
  const read = await readWorkspace(workspace, readOptions);
  let files: SourceFile[] = read.files;
  notes.push(...read.notes);
  if (isTarget && pr && changes) {
    files = await overlayHeadDocuments(files, {
      octokit: api(),
      owner,
      repo,
      headSha: pr.head.sha,
      changes,
      read: readOptions,
      notes,
    });
  }
  for (const note of notes) core.info(note);

  // 4. Analyse.
  const report = analyze({
    files,
    ...(scopeMode === 'changed' && changes ? { scope: changes.scope } : {}),
    policy: resolved.policy,
    repository,
    version: VERSION,
    ...(pullRequest ? { pullRequest } : {}),
    now: new Date(),
    notes,
    extraFindings,
  });
  const counts = countOpen(report);
  core.info(
    `llm-arch-lint ${VERSION}: ${report.documents.length} document(s), ${counts.errors} error(s), ${counts.warnings} warning(s), ` +
      `${counts.notices} notice(s), ${counts.suppressed} suppressed (scope: ${scopeMode}, fail-on: ${inputs.failOn})`,
  );
  outputs.errors = String(counts.errors);
  outputs.warnings = String(counts.warnings);
  outputs.notices = String(counts.notices);
  outputs.findings = String(counts.findings);

  // 5. Local results first: they never depend on GitHub accepting a write.
  outputs.report = await writeReport(report, inputs.reportFile, workspace);
  const { annotations, omitted } = toAnnotations(report);
  const annotate = { error: core.error, warning: core.warning, notice: core.notice } as const;
  for (const a of annotations) annotate[a.level](a.message, { file: a.file, startLine: a.line, title: a.title });
  await writeSummary(renderJobSummary(report, { globsTried: read.globsTried, annotationsOmitted: omitted }));
  if (inputs.sarifFile) core.warning('`sarif-file` is not supported by this version of llm-arch-lint yet: no SARIF log was written.');

  // 6. Publish on the pull request.
  if (pr && inputs.mode === 'full' && inputs.comment) {
    const runUrl = process.env.GITHUB_RUN_ID
      ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
    outputs['comment-url'] = await publishComment(api(), inputs.token, {
      owner,
      repo,
      issueNumber: pr.number,
      body: renderComment(report, runUrl ? { runUrl } : {}),
      hasFindings: counts.findings > 0,
    });
  } else if (pr && inputs.mode === 'analyze') {
    core.info('mode: analyze: no comment posted; publish the report with `mode: publish` from a workflow_run workflow');
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

async function writeReport(report: Report, reportFile: string, workspace: string): Promise<string> {
  const file = reportFile
    ? path.resolve(workspace, reportFile)
    : path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'llm-arch-lint-report.json');
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const json = toJson(report);
    await fs.writeFile(file, json.endsWith('\n') ? json : `${json}\n`);
    core.info(`Report written to ${file}`);
    return file;
  } catch (error) {
    core.warning(`llm-arch-lint could not write the report to ${file}: ${errorMessage(error)}`);
    return '';
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`llm-arch-lint could not write the job summary: ${errorMessage(error)}`);
  }
}

async function publishComment(
  octokit: Octokit,
  token: string,
  options: { owner: string; repo: string; issueNumber: number; body: string; hasFindings: boolean },
): Promise<string> {
  try {
    const result = await upsertStickyComment(octokit, {
      ...options,
      marker: COMMENT_MARKER,
      tokenLogin: () => getTokenLogin(octokit, token),
    });
    if (result.action === 'none') core.info('No findings and no earlier summary comment: no comment posted');
    else core.info(`Summary comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    if (isPermissionDenied(error)) core.warning(READ_ONLY_WARNING);
    else {
      core.warning(
        `llm-arch-lint could not post the summary comment (${errorMessage(error)}). The findings are in the annotations, the job summary and the report.`,
      );
    }
    return '';
  }
}

interface PolicyChangeContext {
  changes: PrChanges;
  configPath: string;
  basePolicy: Policy;
  baseInclude: { include: unknown; exclude: string[] };
  baseLocalFiles: ReadonlySet<string>;
  baseShort: string;
  /** Reads the head version of a repository file (workspace under pull_request, API at the head SHA under pull_request_target). */
  readHead(path: string): Promise<string | undefined>;
  remote: RemotePolicyReader;
  notes: string[];
}

/**
 * `policy-changed` (notice) for the config and each local policy file the PR changes, saying what the change
 * would do to the effective policy and that it takes effect after merge; `invalid-policy` (error) when the
 * changed version does not load.
 */
async function policyChangeFindings(ctx: PolicyChangeContext): Promise<Finding[]> {
  const { changes, configPath } = ctx;
  const changed = (p: string): boolean => changes.scope.has(p);
  const configGone = changes.removed.has(configPath);
  const touched = changed(configPath) || configGone || [...ctx.baseLocalFiles].some((p) => changed(p) || changes.removed.has(p));
  if (!touched) return [];

  const afterMerge = `Policy changes take effect after merge: this pull request was judged by the policy of its base commit (${ctx.baseShort}).`;
  const headReader = createPolicyReader({ readLocal: ctx.readHead, localLabel: 'in the pull request', remote: ctx.remote });
  const headText = configGone && !changed(configPath) ? undefined : await ctx.readHead(configPath);
  if (headText !== undefined) headReader.localFiles.add(configPath);
  let headPolicy: Awaited<ReturnType<typeof resolvePolicy>>;
  try {
    headPolicy = await resolvePolicy(headText, configPath, headReader);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const at = changed(error.file) ? error.file : configPath;
    const line = at === error.file ? (error.line ?? 1) : 1;
    if (!changed(at)) {
      ctx.notes.push(`The policy as changed by this pull request does not load: ${error.message}. ${afterMerge}`);
      return [];
    }
    return [
      engineFinding(
        'invalid-policy',
        at,
        line,
        `${error.message}. This pull request changes the policy so that it no longer loads; ${afterMerge}`,
      ),
    ];
  }

  const effects = describePolicyChange(ctx.basePolicy, headPolicy.policy);
  if (JSON.stringify({ include: headPolicy.include, exclude: headPolicy.exclude }) !== JSON.stringify(ctx.baseInclude)) {
    effects.push('changes which files are checked (`include`/`exclude`)');
  }
  const effect = effects.length ? `it ${effects.join('; ')}` : 'it does not change the effective rules';
  if (configGone) {
    ctx.notes.push(`This pull request deletes ${configPath}: after merge ${effect.replace(/^it /, 'the built-in policy ')}. ${afterMerge}`);
  }
  const files = new Set([...ctx.baseLocalFiles, ...headReader.localFiles].filter(changed));
  return [...files]
    .sort()
    .map((file) =>
      engineFinding(
        'policy-changed',
        file,
        1,
        `This pull request changes ${file === configPath ? 'the llm-arch-lint config' : 'a policy file that the config extends'} (${file}): ${effect}. ${afterMerge}`,
      ),
    );
}

/**
 * pull_request_target: the workspace holds the base commit. The head versions of the changed documents are read
 * through the contents API at the head SHA (one read per document in scope), never checked out or executed.
 */
async function overlayHeadDocuments(
  files: SourceFile[],
  ctx: {
    octokit: Octokit;
    owner: string;
    repo: string;
    headSha: string;
    changes: PrChanges;
    read: Omit<Parameters<typeof readWorkspace>[1], 'paths'>;
    notes: string[];
  },
): Promise<SourceFile[]> {
  const wanted = [...ctx.changes.scope].filter((p) => DOCUMENT_EXTENSIONS.test(p)).sort();
  const paths = wanted.slice(0, MAX_HEAD_READS);
  if (wanted.length > paths.length) {
    ctx.notes.push(
      `${wanted.length - paths.length} changed document(s) beyond the first ${MAX_HEAD_READS} were not read at the head commit and are not checked`,
    );
    for (const p of wanted.slice(MAX_HEAD_READS)) ctx.changes.scope.delete(p);
  }
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'llm-arch-lint-head-'));
  try {
    const present: string[] = [];
    for (const p of paths) {
      const content = await getFileContent(ctx.octokit, { owner: ctx.owner, repo: ctx.repo, path: p, ref: ctx.headSha });
      if (!content) continue;
      const target = path.join(dir, ...p.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content.text);
      present.push(p);
    }
    const head = present.length ? await readWorkspace(dir, { ...ctx.read, paths: present }) : { files: [], notes: [] as string[] };
    ctx.notes.push(...head.notes);
    const replaced = new Set([...paths, ...ctx.changes.removed]);
    return [...files.filter((f) => !replaced.has(f.path)), ...head.files];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
