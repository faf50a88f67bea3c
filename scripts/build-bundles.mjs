#!/usr/bin/env node
// Builds the two bundles — the action (dist/) and the CLI (dist/cli/) — with ncc, at the same time: each build
// type-checks the whole program on its own (~26 s each on a 2-vCPU machine), they write to separate folders (ncc
// never cleans its output folder), and one after the other they made `npm run package` take over a minute.
// Fails when either build fails, after both have finished, with each build's output kept together.
import { spawn } from 'node:child_process';

const builds = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];

function build([entry, out]) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['ncc', 'build', entry, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', (e) => resolve({ out, code: 1, log: `${log}${e.message}\n` }));
    child.on('close', (code) => resolve({ out, code: code ?? 1, log }));
  });
}

const results = await Promise.all(builds.map(build));
let failed = false;
for (const { out, code, log } of results) {
  process.stdout.write(`--- ncc → ${out}\n${log}`);
  if (code !== 0) {
    process.stderr.write(`ncc build of ${out} failed (exit ${code})\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
