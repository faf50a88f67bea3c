/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, every page (`per_page: 100`; GitHub stops at 3,000 files). */
import type { Octokit, RepoRef } from './types.js';

export type PrFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PrFile {
  filename: string;
  status: PrFileStatus;
  previousFilename?: string;
  /** Absent for binary files, pure renames and diffs too large for GitHub to return. */
  patch?: string;
  additions: number;
  deletions: number;
}

export async function listPrFiles(octokit: Octokit, { owner, repo, pullNumber }: RepoRef & { pullNumber: number }): Promise<PrFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
    ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
    additions: f.additions,
    deletions: f.deletions,
  }));
}
