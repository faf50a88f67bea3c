/**
 * Which suppressions a pull request adds (SPEC §3): a suppression absent from the base version of its ADR takes
 * effect only after merge. The base version of the suppression lines comes from the PR file's `patch`, never
 * from one API call per file: a suppression comment that touches a `+` line is new unless the same suppression
 * (rule, reason, `until`) is on the base side of the patch (a `-` or context line: moved or re-wrapped, not new).
 * Changing a suppression's `until` or reason is a new suppression. Pure.
 */
import type { Suppression } from '../facts/types.js';
import { readSuppressions } from '../extract/read-suppressions.js';
import type { PrFile } from './list-pr-files.js';

/** What identifies a suppression across versions of a file: its rule, reason and expiry. */
export function suppressionKey(s: Pick<Suppression, 'ruleId' | 'reason' | 'until'>): string {
  return `${s.ruleId}\u0000${(s.reason ?? '').trim()}\u0000${s.until ?? ''}`;
}

/** The answer for one file: every suppression is new (`all`), none is, or those with these keys. */
export type NewSuppressions = 'all' | 'none' | ReadonlySet<string>;

const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/;
const DIRECTIVE = 'llm-arch-lint-disable';

interface SideLine {
  text: string;
  /** A `+` line on the head side, a `-` line on the base side. */
  changed: boolean;
}

/** The suppressions written in `lines`, with whether the comment touches a changed line. */
function suppressionsOf(lines: SideLine[]): { key: string; changed: boolean }[] {
  const text = lines.map((l) => l.text).join('\n');
  const comments: { text: string; line: number; changed: boolean }[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start === -1) break;
    const end = text.indexOf('-->', start + 4);
    const stop = end === -1 ? text.length : end;
    const first = countNewlines(text, 0, start);
    const last = first + countNewlines(text, start, stop);
    comments.push({
      text: text.slice(start + 4, stop).trim(),
      line: first,
      changed: lines.slice(first, last + 1).some((l) => l.changed),
    });
    from = stop + 3;
  }
  const out: { key: string; changed: boolean }[] = [];
  for (const c of comments) {
    const [s] = readSuppressions([{ text: c.text, line: c.line }]).suppressions;
    if (s) out.push({ key: suppressionKey(s), changed: c.changed });
  }
  return out;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The keys of the suppressions a patch adds: on the head side touching a `+` line, and nowhere on the base side. */
export function newSuppressionKeysOfPatch(patch: string): Set<string> {
  const added = new Set<string>();
  const base = new Set<string>();
  let head: SideLine[] = [];
  let old: SideLine[] = [];
  const flush = (): void => {
    for (const s of suppressionsOf(head)) if (s.changed) added.add(s.key);
    for (const s of suppressionsOf(old)) base.add(s.key);
    head = [];
    old = [];
  };
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (HUNK.test(line)) {
      flush();
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const marker = line[0];
    const text = line.slice(1);
    if (marker === '+') head.push({ text, changed: true });
    else if (marker === '-') old.push({ text, changed: true });
    else if (marker === ' ' || line === '') {
      head.push({ text, changed: false });
      old.push({ text, changed: false });
    }
    // '\ No newline at end of file' belongs to neither side.
  }
  flush();
  for (const key of base) added.delete(key);
  return added;
}

/**
 * The suppressions one listed PR file adds. An added file's are all new. A file without a patch (a diff too
 * large for GitHub to return) cannot be compared with its base version: its suppressions are all treated as
 * new (the gate is never weakened by a diff too large to read), except for a pure rename, which changes nothing.
 */
export function newSuppressionsOf(file: PrFile): NewSuppressions {
  if (file.status === 'added') return 'all';
  if (file.status === 'removed' || file.status === 'unchanged') return 'none';
  if (file.patch === undefined) return file.status === 'renamed' && file.additions === 0 && file.deletions === 0 ? 'none' : 'all';
  if (!file.patch.includes(DIRECTIVE)) return 'none';
  const keys = newSuppressionKeysOfPatch(file.patch);
  return keys.size ? keys : 'none';
}

/**
 * `isPendingSuppression` for `analyze`: true for a suppression the pull request adds to a file it lists.
 * Each file's patch is read once, when a suppression of that file is first asked about.
 */
export function createPendingSuppressionCheck(byPath: ReadonlyMap<string, PrFile>): (path: string, s: Suppression) => boolean {
  const cache = new Map<string, NewSuppressions>();
  return (path, s) => {
    const file = byPath.get(path);
    if (!file) return false;
    let news = cache.get(path);
    if (news === undefined) {
      news = newSuppressionsOf(file);
      cache.set(path, news);
    }
    if (news === 'all') return true;
    if (news === 'none') return false;
    return news.has(suppressionKey(s));
  };
}

/** Whether a listed file's suppressions cannot be compared with its base version (no patch): for a note. */
export function lacksComparablePatch(file: PrFile): boolean {
  return (
    file.patch === undefined &&
    (file.status === 'modified' ||
      file.status === 'changed' ||
      file.status === 'copied' ||
      (file.status === 'renamed' && (file.additions > 0 || file.deletions > 0)))
  );
}
