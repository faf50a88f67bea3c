/**
 * What a pull request changes, from its file listing (pure): the paths in scope (`changed`: added, modified,
 * renamed), the `+` line ranges of each, and lookups by path for the policy-changed check.
 */
import type { PrFile } from './list-pr-files.js';
import { parsePatch, type LineRange } from './parse-patch.js';

/** Statuses whose new version is a document the PR adds, modifies or renames (copies and mode changes too). */
const IN_SCOPE = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);

export interface PrChanges {
  /** Paths that receive findings under `scope: changed`. */
  scope: Set<string>;
  /** `+` line ranges per file (files without a patch have none). */
  changedLines: Record<string, LineRange[]>;
  /** Every listed file by its (new) path. */
  byPath: Map<string, PrFile>;
  /** Files the PR deletes (and the old names of renamed files). */
  removed: Set<string>;
}

export function toPrChanges(files: readonly PrFile[]): PrChanges {
  const scope = new Set<string>();
  const changedLines: Record<string, LineRange[]> = {};
  const byPath = new Map<string, PrFile>();
  const removed = new Set<string>();
  for (const file of files) {
    byPath.set(file.filename, file);
    if (file.status === 'removed') removed.add(file.filename);
    if (file.status === 'renamed' && file.previousFilename) removed.add(file.previousFilename);
    if (!IN_SCOPE.has(file.status)) continue;
    scope.add(file.filename);
    const ranges = parsePatch(file.patch);
    if (ranges.length) changedLines[file.filename] = ranges;
  }
  return { scope, changedLines, byPath, removed };
}
