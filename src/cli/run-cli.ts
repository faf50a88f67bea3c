/** The command-line tool: arguments → the same pipeline as the action → a format, an exit code. */
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFilePolicyReader } from '../io/file-policy-reader.js';
import { readRepositoryName } from '../io/read-repository-name.js';
import { readWorkspace } from '../io/read-workspace.js';
import { writePieces } from '../io/write-pieces.js';
import { receivesLinks } from '../extract/link-documents.js';
import { analyzeDocuments } from '../pipeline/analyze-documents.js';
import { extractDocuments } from '../pipeline/extract-documents.js';
import { resolvePolicy } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-types.js';
import { renderComment } from '../report/render-comment.js';
import { renderStylish } from '../report/render-stylish.js';
import { mergedFailsOn, mergeReports, renderMergedMarkdown, renderMergedStylish, toMergedJson } from '../report/merge-reports.js';
import { failsOn } from '../report/report-counts.js';
import type { Report } from '../report/report-types.js';
import { formatSchemaErrors, MAX_REPORT_BYTES, reportSchemaErrors } from '../report/validate-report.js';
import { toJsonChunks } from '../report/to-json.js';
import { toSarifJson } from '../report/to-sarif.js';
import { VERSION } from '../version.js';
import { parseCliArgs, USAGE, UsageError } from './parse-args.js';
import { renderExplain, renderRuleList } from './render-rule-help.js';

export interface CliIo {
  cwd: string;
  /** Writes to stdout; a promise means "wait before writing more" (the reader is behind). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  color: boolean;
  now?: Date;
}

const DEFAULT_CONFIG = '.github/llm-arch-lint.yml';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) return done(io, `${USAGE}\n`);
    if (args.version) return done(io, `${VERSION}\n`);
    if (args.merge) return await runMerge(args.merge, args, io);
    const configFile = args.config ?? (existsSync(join(io.cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined);
    const configText = configFile ? await readConfig(io.cwd, configFile) : undefined;
    const resolved = await resolvePolicy(configText, configFile ?? DEFAULT_CONFIG, createFilePolicyReader(io.cwd));
    if (args.rules) return done(io, renderRuleList(resolved.policy));
    if (args.explain) {
      const text = renderExplain(resolved.policy, args.explain);
      if (!text) throw new UsageError(`unknown rule "${args.explain}"; --rules lists them.`);
      return done(io, text);
    }
    const readOpts = {
      include: resolved.include,
      exclude: resolved.exclude,
      maxFileBytes: resolved.limits.maxFileBytes,
      maxDataBytes: resolved.limits.maxDataBytes,
    };
    const ws = await readWorkspace(io.cwd, { ...readOpts, ...(args.paths.length ? { paths: args.paths } : {}) });
    for (const p of ws.ignored)
      io.stderr(`llm-arch-lint: ${p} is not an ADR, model config or training data file (by its file name); skipped.\n`);
    for (const n of ws.notes) io.stderr(`llm-arch-lint: ${n}\n`);
    // With named paths in a git repository, only they receive findings. Linking sees the whole repository (SPEC §2)
    // but gives facts to fine-tuning configs alone (whether an accepted ADR or a manifest decides fine-tuning, how
    // many examples a dataset holds): the repository's other documents are read, for linking only, when a named
    // document is such a config.
    let documents = extractDocuments(ws.files);
    let scope: Set<string> | undefined;
    if (args.paths.length && existsSync(join(io.cwd, '.git'))) {
      const named = new Set(ws.files.map((f) => f.path));
      scope = named;
      if (documents.some(receivesLinks)) {
        const whole = await readWorkspace(io.cwd, readOpts);
        documents = documents.concat(
          extractDocuments(
            whole.files.filter((f) => !named.has(f.path)),
            new Set(),
          ),
        );
      }
    }
    const report = analyzeDocuments(documents, {
      ...(scope ? { scope } : {}),
      policy: resolved.policy,
      repository: args.repository ?? (await readRepositoryName(io.cwd)),
      version: VERSION,
      now: io.now ?? new Date(),
      notes: ws.notes,
    });
    const analysed = new Set(report.documents.map((d) => d.path));
    for (const p of ws.named)
      if (!analysed.has(p))
        io.stderr(
          `llm-arch-lint: ${p} is not an ADR, model config or training data file (no known format matched its content); skipped.\n`,
        );
    // JSON goes out in pieces: a large repository's report is tens of megabytes.
    const text: Iterable<string> =
      args.format === 'json'
        ? toJsonChunks(report)
        : args.format === 'sarif'
          ? [toSarifJson(report)]
          : args.format === 'markdown'
            ? [renderComment(report)]
            : [renderStylish(report, { color: io.color && !args.output })];
    await emit(io, args.output, text);
    if (report.documents.length === 0)
      io.stderr(`llm-arch-lint: no ADR or model config matched (globs tried: ${ws.globsTried.join(', ')}).\n`);
    return failsOn(report, args.failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`llm-arch-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof MergeInputError) {
      io.stderr(`llm-arch-lint: ${e.message}\n`);
      return 2;
    }
    if (e instanceof PolicyError) {
      io.stderr(`llm-arch-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** `--merge`: validates every report (exit 2 naming the file and the reason), then prints the org-level view. */
async function runMerge(files: string[], args: ReturnType<typeof parseCliArgs>, io: CliIo): Promise<number> {
  const reports: Report[] = [];
  for (const file of files) reports.push(await readReportFile(io.cwd, file));
  const merged = mergeReports(reports);
  const text =
    args.format === 'json' ? toMergedJson(merged) : args.format === 'markdown' ? renderMergedMarkdown(merged) : renderMergedStylish(merged);
  await emit(io, args.output, [text]);
  return mergedFailsOn(merged, args.failOn) ? 1 : 0;
}

async function readReportFile(cwd: string, file: string): Promise<Report> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new MergeInputError(file, 'not a file');
    if (info.size > MAX_REPORT_BYTES) throw new MergeInputError(file, `${info.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof MergeInputError) throw e;
    throw new MergeInputError(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new MergeInputError(file, `not JSON: ${(e as Error).message}`);
  }
  const errors = reportSchemaErrors(data);
  if (errors.length)
    throw new MergeInputError(file, `not an llm-arch-lint JSON report (report.schema.json): ${formatSchemaErrors(errors)}`);
  return data as Report;
}

/** An input of `--merge` that cannot be used: exit code 2, naming the file and the reason. */
class MergeInputError extends Error {
  constructor(file: string, reason: string) {
    super(`--merge ${file}: ${reason}`);
  }
}

async function readConfig(cwd: string, file: string): Promise<string> {
  try {
    return await readFile(join(cwd, file), 'utf8');
  } catch {
    throw new PolicyError(file, undefined, '', 'cannot read the config file.');
  }
}

/** Writes the pieces to `--output` (replacing the file) or to stdout. */
async function emit(io: CliIo, output: string | undefined, pieces: Iterable<string>): Promise<void> {
  if (!output) {
    // Waiting when stdout asks to: a report piped to a slower reader (`| jq`, a CI log) is otherwise queued whole
    // in memory, tens of megabytes for a large repository.
    for (const piece of pieces) {
      const wait = io.stdout(piece);
      if (wait) await wait;
    }
    return;
  }
  await writePieces(resolve(io.cwd, output), pieces);
}

function done(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}
