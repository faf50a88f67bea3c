/** The file-system edge: walks a workspace (or named paths) and reads the files discovery keeps. */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createDiscovery, roleByExtension, type IncludeGlobs } from '../discover/discover-files.js';
import type { SourceFile } from '../pipeline/analyze-types.js';

export interface ReadWorkspaceOptions {
  include: IncludeGlobs;
  exclude: string[];
  maxFileBytes: number;
  /** How much of a training-data file is read. */
  maxDataBytes?: number;
  /** Only these files or folders (relative to root or absolute); default the whole root. */
  paths?: string[];
}

export interface Workspace {
  files: SourceFile[];
  notes: string[];
  globsTried: string[];
  /** Named files that are none of ours (program source, unknown formats). */
  ignored: string[];
  /** Files named directly (not found by walking a folder). */
  named: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist']);

export async function readWorkspace(root: string, opts: ReadWorkspaceOptions): Promise<Workspace> {
  const discovery = createDiscovery(opts.include, opts.exclude);
  const out: Workspace = { files: [], notes: [], globsTried: discovery.globsTried, ignored: [], named: [] };
  const toRel = (abs: string) => relative(root, abs).split(sep).join('/');
  const visit = async (abs: string, named: boolean): Promise<void> => {
    const st = await lstat(abs).catch(() => undefined);
    if (!st) {
      if (named) out.notes.push(`${toRel(abs)}: no such file or folder`);
      return;
    }
    // Symlinks are never followed: they could point outside the workspace.
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) {
      const entries = await readdir(abs);
      entries.sort();
      for (const e of entries) if (!SKIP_DIRS.has(e)) await visit(join(abs, e), false);
      return;
    }
    if (!st.isFile()) return;
    const rel = toRel(abs);
    const role = discovery.roleOf(rel) ?? (named ? roleByExtension(rel) : undefined);
    if (!role) {
      if (named) out.ignored.push(rel);
      return;
    }
    const limit = role === 'data' ? (opts.maxDataBytes ?? Infinity) : opts.maxFileBytes;
    if (role !== 'data' && st.size > limit) {
      out.notes.push(`${rel} skipped: ${(st.size / 1048576).toFixed(1)} MiB over limits.maxFileBytes`);
      return;
    }
    const buf = await readFile(abs);
    const text = (role === 'data' && buf.length > limit ? buf.subarray(0, limit) : buf).toString('utf8');
    if (role === 'data' && buf.length > limit) out.notes.push(`${rel}: only the first ${limit} bytes were scanned (limits.maxDataBytes)`);
    if (named) out.named.push(rel);
    out.files.push({ path: rel, text, role, ...(named || discovery.isExplicit(rel) ? { explicit: true } : {}) });
  };
  if (opts.paths?.length) {
    for (const p of opts.paths) await visit(p.startsWith('/') ? p : join(root, p), true);
  } else {
    await visit(root, false);
  }
  return out;
}
