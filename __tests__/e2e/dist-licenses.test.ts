/**
 * Every package the committed bundles hold has its licence in the licenses.txt shipped beside them (ncc's own
 * --license output missed the entry file's packages once a bundle had chunks).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** The packages a bundle's module paths name (`node_modules/@actions/core/…`). */
function bundledPackages(dir: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')))
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/node_modules\/((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)/g)) names.add(m[1]!);
  return names;
}

describe.each([
  ['the action', DIST],
  ['the CLI', join(DIST, 'cli')],
])('%s bundle', (_name, dir) => {
  it('ships the licence of every package it holds', () => {
    const licences = readFileSync(join(dir, 'licenses.txt'), 'utf8');
    const listed = new Set([...licences.matchAll(/^((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)@\d/gm)].map((m) => m[1]));
    const packages = bundledPackages(dir);
    expect(packages.size).toBeGreaterThan(5);
    expect([...packages].filter((p) => !listed.has(p))).toEqual([]);
  });
});
