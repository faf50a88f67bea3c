/** Reads `extends` entries from the local file system, relative to the declaring file (ESLint, Spectral). */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { PolicyReader } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-types.js';

export function createFilePolicyReader(root: string): PolicyReader {
  return {
    async read(source, fromFile) {
      if (source.startsWith('github:'))
        throw new PolicyError(
          fromFile,
          undefined,
          'extends',
          `"${source}" is read through the GitHub API: run it in the action (or resolve it in CI) — the CLI reads local files and built-in packs only.`,
        );
      const file = normalize(join(dirname(fromFile), source));
      try {
        return { file, text: await readFile(join(root, file), 'utf8') };
      } catch {
        throw new PolicyError(fromFile, undefined, 'extends', `cannot read "${source}" (resolved to ${file}).`);
      }
    },
  };
}
