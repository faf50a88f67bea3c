#!/usr/bin/env node
// Applies patches/ to node_modules after `npm ci` (patch-package; it fails the install when a patch no longer
// applies, so a dependency upgrade cannot silently drop one). The patches matter only for building dist/: an
// install without dev dependencies (the CLI installed as a package, whose dist/ is prebuilt with the patches in
// it) has no patch-package and nothing to patch, and is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let cli;
try {
  cli = createRequire(path.join(root, 'package.json')).resolve('patch-package/dist/index.js');
} catch {
  process.exit(0);
}
if (!existsSync(path.join(root, 'patches'))) process.exit(0);
const run = spawnSync(process.execPath, [cli, '--error-on-fail'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
