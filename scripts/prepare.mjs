#!/usr/bin/env node
// npm's `prepare` hook: a fresh clone's `npm install` (and `npm link`, `npm pack`) builds dist/.
// npm also runs `prepare` whenever it packs this folder — `npx crier` inside the repository does, on
// every call — so the build runs only when something it is made from is newer than what it made:
// otherwise `npx crier` rebuilt for 20 s each time and swapped dist/ under any test run in progress.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads: the sources, the build scripts and settings, and the installed packages. */
const INPUTS = ['src', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];
/** What it writes: the bundled CLI (the `crier` bin) and the library entry. */
const OUTPUTS = ['dist/bundle/cli.js', 'dist/index.js', 'dist/index.d.ts'];

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of a file or of any file under a folder. */
function newest(p) {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

/** True when every output exists and is newer than every input (the build would change nothing). */
export function buildIsCurrent(root) {
  const made = OUTPUTS.map((p) => mtime(path.join(root, p)));
  if (made.some((t) => t === undefined)) return false;
  const oldestOutput = Math.min(...made);
  return INPUTS.every((p) => newest(path.join(root, p)) <= oldestOutput);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (buildIsCurrent(root) && !process.env.CRIER_FORCE_BUILD) {
    process.stderr.write('crier: dist/ is up to date with src/ (skipping the build; `npm run build` forces one)\n');
  } else {
    // Through npm so the build is exactly `npm run build`, whichever npm started this hook.
    const npm = process.env.npm_execpath;
    const run = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    process.exitCode = run.status ?? 1;
  }
}
