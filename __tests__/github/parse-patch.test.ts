import { describe, expect, test } from '@jest/globals';
import { inRanges, parsePatch } from '../../src/github/parse-patch.js';
import { toPrChanges } from '../../src/github/pr-changes.js';

describe('parsePatch', () => {
  test('a new file: every line is added', () => {
    expect(parsePatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([[1, 3]]);
  });

  test('context, removed and added lines across hunks', () => {
    const patch = [
      '@@ -1,5 +1,6 @@',
      ' # Title',
      '-old line',
      '+new line',
      '+another',
      ' context',
      ' context',
      '@@ -20,3 +21,4 @@ section',
      ' x',
      '+y',
      ' z',
      '+w',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([
      [2, 3],
      [22, 22],
      [24, 24],
    ]);
  });

  test('"\\ No newline at end of file" and CRLF do not shift lines', () => {
    expect(parsePatch('@@ -1 +1 @@\r\n-a\r\n\\ No newline at end of file\r\n+b\r\n\\ No newline at end of file')).toEqual([[1, 1]]);
  });

  test('hunk headers without counts, deletions only, and no patch at all', () => {
    expect(parsePatch('@@ -3 +3,2 @@\n x\n+y')).toEqual([[4, 4]]);
    expect(parsePatch('@@ -1,2 +0,0 @@\n-a\n-b')).toEqual([]);
    expect(parsePatch(undefined)).toEqual([]);
    expect(parsePatch('')).toEqual([]);
  });

  test('inRanges', () => {
    expect(
      inRanges(
        [
          [2, 3],
          [9, 9],
        ],
        3,
      ),
    ).toBe(true);
    expect(
      inRanges(
        [
          [2, 3],
          [9, 9],
        ],
        4,
      ),
    ).toBe(false);
  });
});

describe('toPrChanges', () => {
  test('scope holds added, modified and renamed files; removed ones and old names are apart', () => {
    const c = toPrChanges([
      { filename: 'docs/adr/1.md', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b', additions: 2, deletions: 0 },
      { filename: 'docs/adr/2.md', status: 'modified', patch: '@@ -1,2 +1,2 @@\n a\n-b\n+c', additions: 1, deletions: 1 },
      { filename: 'docs/decisions/3.md', status: 'renamed', previousFilename: 'docs/adr/3.md', additions: 0, deletions: 0 },
      { filename: 'docs/adr/4.md', status: 'removed', patch: '@@ -1 +0,0 @@\n-x', additions: 0, deletions: 1 },
      { filename: 'huge.md', status: 'modified', additions: 9000, deletions: 0 },
    ]);
    expect([...c.scope].sort()).toEqual(['docs/adr/1.md', 'docs/adr/2.md', 'docs/decisions/3.md', 'huge.md']);
    expect(c.changedLines).toEqual({ 'docs/adr/1.md': [[1, 2]], 'docs/adr/2.md': [[2, 2]] });
    expect([...c.removed].sort()).toEqual(['docs/adr/3.md', 'docs/adr/4.md']);
  });
});
