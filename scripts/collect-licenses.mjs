#!/usr/bin/env node
// Writes the licence of every production dependency into the given files (`npm run package` passes the
// bundles' licenses.txt). `ncc --license` lists only the modules of the split chunks once a bundle has chunks,
// which left the action's file without @actions/core, undici or picomatch; this lists every package the
// lockfile installs for production (dev and optional ones excluded), a superset of what the bundles hold, in a
// fixed order so that a fresh `npm run package` gives the committed files.
//
//   node scripts/collect-licenses.mjs FILE...
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

const packages = new Map();
for (const [where, info] of Object.entries(lock.packages ?? {})) {
  if (!where.startsWith('node_modules/') || info.dev || info.devOptional || info.optional) continue;
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const key = `${name}@${info.version}`;
  if (!packages.has(key)) packages.set(key, { name, version: info.version, license: info.license, dir: path.join(ROOT, where) });
}

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:\.(?:md|txt|markdown))?$/i;

function licenceText(dir) {
  const file = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .sort()
        .find((f) => LICENCE_FILE.test(f))
    : undefined;
  return file ? fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : undefined;
}

const sections = [...packages.values()]
  .sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1))
  .map((p) => {
    const text = licenceText(p.dir);
    if (text === undefined && !p.license) throw new Error(`${p.name}@${p.version}: no licence file and no licence field`);
    return `${p.name}@${p.version}\n${p.license ?? ''}\n${text ?? `(no licence file in the package; its package.json says ${p.license})`}`;
  });
const out = `${sections.join('\n\n')}\n`;
for (const file of process.argv.slice(2)) fs.writeFileSync(path.resolve(ROOT, file), out);
process.stdout.write(`licences of ${sections.length} production packages written to ${process.argv.slice(2).join(', ')}\n`);
