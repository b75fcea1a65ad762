#!/usr/bin/env node
// npm run stress — many pairs of `crier build` started together into one --out folder, as a
// watcher and a manual run would (issue 14 #7). The test suite runs two pairs
// (test/e2e/outputFolder.test.ts); this runs as many as you like and prints what happened.
//   PAIRS=22 (default)  how many pairs, one after the other; the two runs of a pair start together
// After every pair: both runs exit 0 without a stack trace, the output folder holds no staging
// folder, old copy, temp file or lock, and every edition is whole (each file the manifest lists
// has its checksum). Exits 1 on the first pair that breaks one of these.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/bundle/cli.js');
const pairs = Number(process.env.PAIRS ?? 22);
if (!Number.isInteger(pairs) || pairs < 1) {
  console.error(`stress: PAIRS=${process.env.PAIRS} is not a whole number of pairs (e.g. PAIRS=22)`);
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'crier-stress-'));
mkdirSync(path.join(work, 'in'));
cpSync(path.join(root, 'content/putin-bolton-kremlin-talks.txt'), path.join(work, 'in', 'seed.txt'));
cpSync(path.join(root, 'test/fixtures/articles/harbour-ferry.md'), path.join(work, 'in', 'ferry.md'));
const out = path.join(work, 'out');

function run() {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'build', 'in', '-q'], { cwd: work, env: { ...process.env, CI: 'true', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr, ms: performance.now() - started }));
  });
}

/** What is wrong with the output folder after a pair: litter, or an edition that is not whole. */
function problems() {
  const found = readdirSync(out).filter((f) => f.startsWith('.') || f.endsWith('.tmp')).map((f) => `left over: out/${f}`);
  const slugs = readdirSync(out).filter((f) => f !== 'index.html' && !f.startsWith('.'));
  if (slugs.length !== 2) found.push(`expected 2 editions, found ${slugs.length}: ${slugs.join(', ')}`);
  for (const slug of slugs) {
    const dir = path.join(out, slug);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const f of manifest.files) {
      let sha;
      try {
        sha = createHash('sha256').update(readFileSync(path.join(dir, f.path))).digest('hex');
      } catch {
        sha = 'missing';
      }
      if (sha !== f.sha256) found.push(`out/${slug}/${f.path} is not the file its manifest lists (${sha === 'missing' ? 'missing' : 'other bytes'})`);
    }
  }
  return found;
}

console.log(`crier stress: ${pairs} pairs of builds started together into one --out (${cli})`);
const started = performance.now();
let failed = false;
const times = [];
for (let pair = 1; pair <= pairs && !failed; pair++) {
  const runs = await Promise.all([run(), run()]);
  const found = [];
  for (const [i, r] of runs.entries()) {
    times.push(r.ms);
    if (/\n\s+at |bug in crier/.test(r.stderr)) found.push(`run ${i + 1}: a stack trace on stderr:\n${r.stderr}`);
    if (r.code !== 0) found.push(`run ${i + 1}: exit ${r.code ?? r.signal}: ${r.stderr.trim()}`);
  }
  found.push(...problems());
  console.log(`pair ${String(pair).padStart(2)}: ${runs.map((r) => `${r.code === 0 ? 'ok' : `exit ${r.code ?? r.signal}`} ${Math.round(r.ms)} ms`).join(', ')}${found.length ? ' — FAILED' : ''}`);
  for (const line of found) console.log(`  ${line}`);
  failed = found.length > 0;
}
times.sort((a, b) => a - b);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${failed ? 'FAILED' : 'ok'}: ${times.length / 2} pairs in ${seconds} s; a run took ${Math.round(times[Math.floor(times.length / 2)] ?? 0)} ms (median), ${Math.round(times.at(-1) ?? 0)} ms at most`);
if (failed) console.log(`the output folder is kept for a look: ${out}`);
else rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
