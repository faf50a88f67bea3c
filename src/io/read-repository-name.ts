/** The repository name for the report: the `origin` remote, else the folder name (SPEC §7). */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export async function readRepositoryName(root: string): Promise<string> {
  const gitConfig = await readFile(join(root, '.git', 'config'), 'utf8').catch(() => '');
  const origin = /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(gitConfig)?.[1];
  const name = origin && /[:/]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(origin)?.[1];
  return name ?? basename(root);
}
