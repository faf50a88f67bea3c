/** What the committed bundles hold, read from the module paths ncc leaves in them (`./node_modules/@actions/core/…`). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** The packages one bundle file names. */
export function packagesIn(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  return new Set([...text.matchAll(/node_modules\/((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)/g)].map((m) => m[1]!));
}

/** The packages the `.js` files of a bundle folder name, chunks included. */
export function bundledPackages(dir: string, only: (file: string) => boolean = () => true): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && only(f)))
    for (const name of packagesIn(join(dir, file))) names.add(name);
  return names;
}
