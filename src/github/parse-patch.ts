/**
 * A GitHub per-file `patch` (the part of a unified diff from the first `@@`) → the line ranges, in the
 * new version of the file, that the PR adds or modifies (`+` lines). Pure.
 *
 * Ranges are 1-based and inclusive, sorted, and merged when adjacent: `[[12, 18], [30, 30]]`.
 * A file without a patch (binary, pure rename, or a diff too large for GitHub to return) has none.
 */
export type LineRange = [number, number];

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function parsePatch(patch: string | undefined | null): LineRange[] {
  if (!patch) return [];
  const ranges: LineRange[] = [];
  let line = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const marker = text[0];
    if (marker === '+') {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === line - 1) last[1] = line;
      else ranges.push([line, line]);
      line += 1;
    } else if (marker === ' ') {
      line += 1;
    }
    // '-' lines exist only in the old version; '\ No newline at end of file' and blank trailing lines count for neither.
  }
  return ranges;
}

/** Whether `line` falls in one of `ranges`. */
export function inRanges(ranges: readonly LineRange[], line: number): boolean {
  return ranges.some(([start, end]) => line >= start && line <= end);
}
