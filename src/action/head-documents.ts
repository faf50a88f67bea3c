import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getFileContent } from '../github/get-file-content.js';
import type { PrChanges } from '../github/pr-changes.js';
import type { Octokit } from '../github/types.js';
import { readWorkspace } from '../io/read-workspace.js';
import type { SourceFile } from '../pipeline/analyze-types.js';

/** Documents whose head version is read through the API under pull_request_target (never checked out). */
const DOCUMENT_EXTENSIONS = /\.(md|markdown|mdx|ya?ml|json|jsonl|toml)$/i;
/** At most this many changed documents are read at the head commit (one contents read each). */
export const MAX_HEAD_READS = 300;

/**
 * pull_request_target: the workspace holds the base commit. The head versions of the changed documents are read
 * through the contents API at the head SHA (one read per document in scope), never checked out or executed.
 */
export async function overlayHeadDocuments(
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
