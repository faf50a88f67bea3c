/** Suppressions a pull request adds, read from the PR patch (SPEC §3: they take effect only after merge). */
import { describe, expect, test } from '@jest/globals';
import type { Suppression } from '../../src/facts/types.js';
import type { PrFile } from '../../src/github/list-pr-files.js';
import {
  createPendingSuppressionCheck,
  lacksComparablePatch,
  newSuppressionKeysOfPatch,
  newSuppressionsOf,
  suppressionKey,
} from '../../src/github/new-suppressions.js';

const S = (rule: string, reason = 'baseline in ADR-0012', until?: string): string =>
  `<!-- llm-arch-lint-disable ${rule} reason="${reason}"${until ? ` until=${until}` : ''} -->`;
const key = (ruleId: string, reason = 'baseline in ADR-0012', until?: string): string =>
  suppressionKey({ ruleId, reason, ...(until ? { until } : {}) });
const supp = (ruleId: string, reason = 'baseline in ADR-0012', until?: string): Suppression => ({
  ruleId,
  reason,
  ...(until ? { until } : {}),
  line: 3,
  text: S(ruleId, reason, until),
});
const file = (f: Partial<PrFile>): PrFile => ({ filename: 'docs/adr/0001.md', status: 'modified', additions: 1, deletions: 0, ...f });

describe('newSuppressionKeysOfPatch', () => {
  test('a suppression on a + line that is on no - line is new', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' # ADR', '+' + S('finetune-before-baseline'), ' ', ' ## Status'].join('\n');
    expect([...newSuppressionKeysOfPatch(patch)]).toEqual([key('finetune-before-baseline')]);
  });

  test('a suppression moved to another line (removed and added unchanged) is not new', () => {
    const patch = [
      '@@ -1,3 +1,3 @@',
      '-' + S('finetune-before-baseline'),
      ' # ADR',
      ' ',
      '@@ -40,2 +40,3 @@',
      ' text',
      '+' + S('finetune-before-baseline'),
      ' more',
    ].join('\n');
    expect(newSuppressionKeysOfPatch(patch).size).toBe(0);
  });

  test('a suppression whose until= date or reason is changed is new', () => {
    const later = ['@@ -1,2 +1,2 @@', '-' + S('naive-chunking', 'r', '2026-01-31'), '+' + S('naive-chunking', 'r', '2030-01-31'), ' x'];
    expect([...newSuppressionKeysOfPatch(later.join('\n'))]).toEqual([key('naive-chunking', 'r', '2030-01-31')]);
    const reason = ['@@ -1,1 +1,1 @@', '-' + S('naive-chunking', 'old'), '+' + S('naive-chunking', 'new')];
    expect([...newSuppressionKeysOfPatch(reason.join('\n'))]).toEqual([key('naive-chunking', 'new')]);
  });

  test('a suppression already in a context line is not new when the PR adds the same one again', () => {
    const patch = ['@@ -1,2 +1,3 @@', ' ' + S('prompt-bloat'), '+' + S('prompt-bloat'), ' x'].join('\n');
    expect(newSuppressionKeysOfPatch(patch).size).toBe(0);
  });

  test('a comment spanning lines counts as added when any of its lines is added', () => {
    const patch = [
      '@@ -1,4 +1,4 @@',
      ' <!-- llm-arch-lint-disable naive-chunking',
      '-     reason="old" -->',
      '+     reason="the corpus is tables" -->',
      ' # ADR',
    ].join('\n');
    expect([...newSuppressionKeysOfPatch(patch)]).toEqual([key('naive-chunking', 'the corpus is tables')]);
  });

  test('other comments, lines outside hunks and "no newline" markers are ignored', () => {
    const patch = [
      'diff --git a/x b/x',
      '+' + S('ignored-before-hunk'),
      '@@ -1 +1,2 @@',
      ' x',
      '+<!-- a note -->',
      '\\ No newline at end of file',
    ];
    expect(newSuppressionKeysOfPatch(patch.join('\n')).size).toBe(0);
  });
});

describe('newSuppressionsOf', () => {
  test('every suppression of an added file is new', () => {
    expect(newSuppressionsOf(file({ status: 'added', patch: '@@ -0,0 +1 @@\n+x' }))).toBe('all');
  });

  test('a modified file without a patch (diff too large) cannot be compared: all are treated as new', () => {
    expect(newSuppressionsOf(file({ patch: undefined }))).toBe('all');
    expect(lacksComparablePatch(file({}))).toBe(true);
  });

  test('a pure rename adds none; a rename with edits and no patch adds all', () => {
    const pure = file({ status: 'renamed', previousFilename: 'docs/adr/old.md', additions: 0, deletions: 0 });
    expect(newSuppressionsOf(pure)).toBe('none');
    expect(lacksComparablePatch(pure)).toBe(false);
    expect(newSuppressionsOf(file({ status: 'renamed', additions: 3 }))).toBe('all');
  });

  test('a patch that does not mention a suppression adds none; removed files add none', () => {
    expect(newSuppressionsOf(file({ patch: '@@ -1 +1 @@\n-a\n+b' }))).toBe('none');
    expect(newSuppressionsOf(file({ status: 'removed' }))).toBe('none');
    expect(lacksComparablePatch(file({ patch: '@@ -1 +1 @@\n-a\n+b' }))).toBe(false);
  });
});

describe('createPendingSuppressionCheck', () => {
  const byPath = new Map<string, PrFile>([
    ['docs/adr/new.md', file({ filename: 'docs/adr/new.md', status: 'added', patch: `@@ -0,0 +1 @@\n+${S('naive-chunking')}` })],
    [
      'docs/adr/edited.md',
      file({ filename: 'docs/adr/edited.md', patch: `@@ -1,2 +1,3 @@\n ${S('prompt-bloat')}\n+${S('naive-chunking')}\n x` }),
    ],
  ]);
  const isPending = createPendingSuppressionCheck(byPath);

  test('true only for suppressions the PR adds to a file it lists', () => {
    expect(isPending('docs/adr/new.md', supp('naive-chunking'))).toBe(true);
    expect(isPending('docs/adr/edited.md', supp('naive-chunking'))).toBe(true);
    expect(isPending('docs/adr/edited.md', supp('prompt-bloat'))).toBe(false);
    expect(isPending('docs/adr/untouched.md', supp('naive-chunking'))).toBe(false);
  });
});
