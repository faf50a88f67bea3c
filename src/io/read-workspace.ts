/**
 * The file-system edge: walks a workspace (or named paths) and reads the files discovery keeps.
 *
 * Hardened against what a repository can contain: symbolic links are never followed (they could point outside
 * the workspace, at /proc or at a device), only regular files are read, a file over `limits.maxFileBytes` is
 * skipped with a note before any byte is read, a training-data file is read only up to `limits.maxDataBytes`,
 * and bytes are decoded without failing (UTF-8 with replacement characters, noted; UTF-16 by its byte-order
 * mark). Binary content is left to the pure core, which reports it as a `parse-error`.
 *
 * Synchronous system calls on purpose: the walk is the only work in flight, and one `readdir` with file types
 * plus one `open`/`fstat`/`read`/`close` per kept file is several times cheaper than the promise API.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, join, relative, sep } from 'node:path';
import { createDiscovery, roleByExtension, type IncludeGlobs } from '../discover/discover-files.js';
import type { FileRole, SourceFile } from '../pipeline/analyze-types.js';
import { formatBytes } from './format-bytes.js';
import { scanTrainingDataFile } from './scan-training-data.js';

export interface ReadWorkspaceOptions {
  include: IncludeGlobs;
  exclude: string[];
  maxFileBytes: number;
  /** How much of a training-data file is read. */
  maxDataBytes?: number;
  /** Only these files or folders (relative to root or absolute); default the whole root. */
  paths?: string[];
  /**
   * Only these files (relative to root, `/`-separated), each read only if the walk would have read it: by the
   * include globs, never under a skipped folder or through a symbolic link. Unlike `paths`, they are not named.
   */
  only?: string[];
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
/** Refuses to open a path that became a symbolic link after the walk saw a regular file (0 where unsupported). */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export async function readWorkspace(root: string, opts: ReadWorkspaceOptions): Promise<Workspace> {
  const discovery = createDiscovery(opts.include, opts.exclude);
  const out: Workspace = { files: [], notes: [], globsTried: discovery.globsTried, ignored: [], named: [] };
  const toRel = (abs: string) => relative(root, abs).split(sep).join('/');

  const readKept = (abs: string, rel: string, role: FileRole, named: boolean): void => {
    const limit = role === 'data' ? (opts.maxDataBytes ?? Infinity) : opts.maxFileBytes;
    let fd: number;
    try {
      fd = openSync(abs, constants.O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      out.notes.push(`${rel} skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return;
      if (role !== 'data' && st.size > limit) {
        out.notes.push(`${rel} skipped: ${formatBytes(st.size)} over limits.maxFileBytes (${formatBytes(limit)})`);
        return;
      }
      const explicit = named || discovery.isExplicit(rel) ? { explicit: true } : {};
      if (role === 'data' && streamable(fd)) {
        // Streamed through the scanner, never held whole (issue #7): the core gets the scan, not the text.
        const streamed = scanTrainingDataFile(fd, st.size, rel, limit);
        out.notes.push(...streamed.notes);
        if (streamed.invalidUtf8) out.notes.push(`${rel}: not valid UTF-8; invalid bytes were read as U+FFFD`);
        if (named) out.named.push(rel);
        out.files.push({ path: rel, text: '', scan: streamed.scan, role, ...explicit });
        return;
      }
      const truncated = role === 'data' && st.size > limit;
      let buf = readUpTo(fd, truncated ? limit : st.size);
      if (truncated) {
        // Whole lines only: a record (or a UTF-8 sequence) cut in half is not the file's fault.
        const lastNewline = buf.lastIndexOf(10);
        if (lastNewline > 0) buf = buf.subarray(0, lastNewline + 1);
        out.notes.push(`${rel}: only the first ${buf.length} bytes were scanned (limits.maxDataBytes)`);
      }
      const { text, invalidUtf8 } = decode(buf);
      if (invalidUtf8) out.notes.push(`${rel}: not valid UTF-8; invalid bytes were read as U+FFFD`);
      if (named) out.named.push(rel);
      out.files.push({ path: rel, text, role, ...explicit });
    } catch (e) {
      out.notes.push(`${rel} skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    } finally {
      closeSync(fd);
    }
  };

  /** `rel` is the path from the root with `/` separators (the walk builds it as it descends). */
  const visitFile = (abs: string, rel: string, named: boolean): void => {
    const role = discovery.roleOf(rel) ?? (named ? roleByExtension(rel) : undefined);
    if (!role) {
      if (named) out.ignored.push(rel);
      return;
    }
    readKept(abs, rel, role, named);
  };

  const walk = (dir: string, relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.notes.push(`${relDir || '.'} skipped: cannot be listed (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (SKIP_DIRS.has(e.name)) continue;
      // Symlinks are never followed: they could point outside the workspace.
      if (e.isSymbolicLink()) continue;
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(dir, e.name), rel);
      else if (e.isFile()) visitFile(join(dir, e.name), rel, false);
    }
  };

  const visitNamed = (abs: string): void => {
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch {
      out.notes.push(`${toRel(abs)}: no such file or folder`);
      return;
    }
    if (st.isSymbolicLink()) {
      out.notes.push(`${toRel(abs)} skipped: symbolic links are not followed`);
      return;
    }
    if (st.isDirectory()) walk(abs, toRel(abs));
    else if (st.isFile()) visitFile(abs, toRel(abs), true);
  };

  if (opts.only) {
    for (const rel of opts.only) {
      const parts = rel.split('/');
      if (isAbsolute(rel) || parts.some((part) => part === '..' || part === '')) continue;
      if (!withoutSymlinks(root, parts)) continue;
      visitFile(join(root, ...parts), rel, false);
    }
  } else if (opts.paths?.length) {
    for (const p of opts.paths) visitNamed(isAbsolute(p) ? p : join(root, p));
  } else {
    walk(root, '');
  }
  return out;
}

/** Whether every component of the path exists and none is a symbolic link (the walk follows none). */
function withoutSymlinks(root: string, parts: readonly string[]): boolean {
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Whether a training-data file can be streamed as UTF-8 lines: not UTF-16 (by its byte-order mark; decoded whole
 * instead, up to maxDataBytes) and not binary (a NUL byte in its first 8 KiB; read as text, so that the core
 * reports it as a binary file).
 */
function streamable(fd: number): boolean {
  const head = Buffer.alloc(8192);
  const n = readSync(fd, head, 0, head.length, 0);
  if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return !head.subarray(0, n).includes(0);
}

/** Reads `size` bytes (fewer if the file shrank meanwhile). */
function readUpTo(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, off, size - off, off);
    if (n === 0) break;
    off += n;
  }
  return off === size ? buf : buf.subarray(0, off);
}

/**
 * Bytes → text, never failing: UTF-16 by its byte-order mark, else UTF-8 (invalid sequences become U+FFFD and
 * are reported). A UTF-8 byte-order mark is kept as U+FEFF; the parsers skip it.
 */
export function decode(buf: Buffer): { text: string; invalidUtf8: boolean } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), invalidUtf8: false };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
    return { text: le.swap16().toString('utf16le'), invalidUtf8: false };
  }
  return { text: buf.toString('utf8'), invalidUtf8: !isUtf8(buf) };
}
