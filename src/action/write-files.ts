/**
 * The local results of a run: the JSON report, the SARIF log and the job summary. They never depend on GitHub
 * accepting a write, and a failure to write one is a warning, never a lost result for the others.
 */
import * as core from '@actions/core';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writePieces } from '../io/write-pieces.js';
import type { Report } from '../report/report-types.js';
import { toJsonChunks } from '../report/to-json.js';
import { toSarifJson } from '../report/to-sarif.js';

export const DEFAULT_REPORT_NAME = 'llm-arch-lint-report.json';

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Where the report is (or is read from): `report-file` relative to the workspace, else RUNNER_TEMP. */
export function reportPath(reportFile: string, workspace: string): string {
  return reportFile ? path.resolve(workspace, reportFile) : path.join(process.env.RUNNER_TEMP || os.tmpdir(), DEFAULT_REPORT_NAME);
}

async function writeText(file: string, text: string | Iterable<string>, what: string): Promise<string> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    if (typeof text === 'string') await fs.writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
    else await writePieces(file, text);
    core.info(`${what} written to ${file}`);
    return file;
  } catch (error) {
    core.warning(`llm-arch-lint could not write the ${what.toLowerCase()} to ${file}: ${errorMessage(error)}`);
    return '';
  }
}

export function writeReport(report: Report, reportFile: string, workspace: string): Promise<string> {
  return writeText(reportPath(reportFile, workspace), toJsonChunks(report), 'Report');
}

export function writeSarif(report: Report, sarifFile: string, workspace: string): Promise<string> {
  return writeText(path.resolve(workspace, sarifFile), toSarifJson(report), 'SARIF log');
}

export async function writeSummary(markdown: string): Promise<void> {
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
