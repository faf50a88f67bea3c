/**
 * The action's entry file stays free of an HTTP client: @actions/core loads @actions/http-client (and undici, ~900 KB)
 * for its OIDC client only, which the patch in patches/ defers to the first ID-token request. With them in the
 * entry, a run with nothing to check spent about 60 ms more before doing anything (`npm run bench`, cold start).
 * The client still ships, as a chunk: the GitHub client uses it on pull requests.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { bundledPackages, DIST, packagesIn } from './bundled-packages.js';

describe('the action bundle', () => {
  it('keeps the HTTP client out of its entry file', () => {
    const entry = packagesIn(join(DIST, 'index.js'));
    expect(entry.has('@actions/core')).toBe(true);
    expect(entry.has('@actions/http-client')).toBe(false);
    expect(entry.has('undici')).toBe(false);
  });

  it('still ships the HTTP client in a chunk', () => {
    const inChunks = bundledPackages(DIST, (f) => /^\d+\.index\.js$/.test(f));
    expect(inChunks).toContain('undici');
    expect(inChunks).toContain('@actions/http-client');
  });
});
