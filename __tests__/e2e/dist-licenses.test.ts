/**
 * Every package the committed bundles hold has its licence in the licenses.txt shipped beside them (ncc's own
 * --license output missed the entry file's packages once a bundle had chunks).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledPackages, DIST } from './bundled-packages.js';

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
