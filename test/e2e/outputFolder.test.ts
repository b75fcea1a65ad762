// The output folder under concurrency, kills and full disks (issue 14 #7, #8, #9, #14), with the
// built CLI: two runs into one --out take turns; a run killed at any step of the write leaves the
// previous edition whole, and the next run puts it back if the kill came mid-swap; crier's own
// output is never read back as input; a write error is one line with its real cause and no litter.
// CRIER_TEST_FAULT (src/write/faults.ts) stops the writer at an exact step, where a timed kill
// from outside may land anywhere or nowhere. The runs that only set the scene, and those whose
// outcome build() returns, run in-process (helpers/inProcess.ts): this process is another process
// than the CLI runs it meets, as a second crier run would be. No card is drawn: the lock and the
// swap do not care which files an edition has (npm run stress builds with cards).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLES, CLI, SEED, tempDir } from '../helpers/paths.js';
import { Readable } from 'node:stream';
import { buildIn, digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli, type CliResult } from '../helpers/runCli.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
const STACK = /\n\s+at |bug in crier/;

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of Object.entries(readTree(full))) out[`${entry.name}/${k}`] = v;
    else out[entry.name] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** Every file the manifest lists is there with its checksum: the edition is whole. */
function assertWhole(editionDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(editionDir, 'manifest.json'), 'utf8'));
  for (const f of manifest.files as { path: string; sha256: string }[]) {
    expect(createHash('sha256').update(readFileSync(path.join(editionDir, f.path))).digest('hex'), f.path).toBe(f.sha256);
  }
}

/** Staging folders, old copies, temp files and the lock: nothing of a finished run may remain. */
const litter = (out: string) => readdirSync(out).filter((f) => f.startsWith('.') || f.endsWith('.tmp'));

/** A folder with two articles in in/ (the seed and a short one). */
function project(): string {
  const work = tempDir();
  mkdirSync(path.join(work, 'in'));
  cpSync(SEED, path.join(work, 'in', 'seed.txt'));
  cpSync(path.join(ARTICLES, 'harbour-ferry.md'), path.join(work, 'in', 'ferry.md'));
  return work;
}

function start(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!test()) throw new Error(`timed out waiting for ${what}`);
}

// Concurrent: the runs that wait for a lock (idle) overlap the others' builds.
describe.concurrent('two runs into one --out at the same time (a watcher and a manual run)', () => {
  it('the second waits for the first to finish writing; both succeed, nothing is left over', async () => {
    const work = project();
    const first = start(['build', '--no-cards', 'in', '-q'], work, { CRIER_TEST_FAULT: 'staged=pause:1500' });
    await until(() => existsSync(path.join(work, 'out', '.crier-lock')), 'the first run to lock out/');
    // The second run, in this process, finds out/ locked by the CLI process and waits for it.
    const second = await buildIn(work, { inputs: ['in'], cards: false });
    const one = await first.done;
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toBe('');
    expect(second.warnings).toEqual([]);
    expect(litter(path.join(work, 'out'))).toEqual([]);
    for (const slug of readdirSync(path.join(work, 'out')).filter((f) => f !== 'index.html')) assertWhole(path.join(work, 'out', slug));
  }, 120_000);

  // Two pairs here; `npm run stress` (scripts/stress.mjs) runs 22 and prints each.
  it('pairs started together: no stack trace, no litter, every edition whole', async () => {
    const work = project();
    for (let pair = 0; pair < 2; pair++) {
      const runs = await Promise.all([start(['build', '--no-cards', 'in', '-q'], work).done, start(['build', '--no-cards', 'in', '-q'], work).done]);
      for (const run of runs) {
        expect(run.stderr).not.toMatch(STACK);
        expect(run.code, run.stderr).toBe(0);
      }
      expect(litter(path.join(work, 'out'))).toEqual([]);
      const slugs = readdirSync(path.join(work, 'out')).filter((f) => f !== 'index.html');
      expect(slugs).toHaveLength(2);
      for (const slug of slugs) assertWhole(path.join(work, 'out', slug));
    }
  }, 240_000);
});

// In this process, with CRIER_TEST_FAULT set for this test alone (not beside the concurrent runs
// above, whose second run must wait out the first's lock).
describe('a folder held by another process', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('a run that finds the folder still held after waiting fails with one line naming the other process', async () => {
    const work = project();
    await buildIn(work, { inputs: ['in'], cards: false });
    const before = readTree(path.join(work, 'out'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const lock = JSON.stringify({ pid: holder.pid, host: hostname(), started: '2026-11-30T10:00:00.000Z' });
    writeFileSync(path.join(work, 'out', '.crier-lock'), lock);
    // It waits 1 s (CRIER_TEST_FAULT lock-wait) instead of 10 s: the giving up is the same.
    vi.stubEnv('CRIER_TEST_FAULT', 'lock-wait=1000');
    const line = await failsWith(buildIn(work, { inputs: ['in'], cards: false }), /is being written by another crier run/);
    holder.kill();
    // The CLI names the folder from its working folder ("out", as the ENOSPC run below shows), this process from its own.
    expect(line).toMatch(new RegExp(`^crier: \\S*\\bout is being written by another crier run \\(pid ${holder.pid}, started 2026-11-30 10:00:00 UTC\\) \\(wait for it to finish; if no crier is running there, delete \\S*\\bout/\\.crier-lock\\)$`));
    expect(readFileSync(path.join(work, 'out', '.crier-lock'), 'utf8')).toBe(lock); // a live run's lock is never removed
    const after = readTree(path.join(work, 'out'));
    delete after['.crier-lock'];
    expect(after).toEqual(before);
  }, 60_000);
});

describe('a run killed with SIGKILL at each step of the write', () => {
  const steps = ['locked', 'staged', 'swapped-out', 'swapped-in', 'index-staged'] as const;
  let base: string;
  let before: Record<string, string>;

  it.each(steps)('killed at %s: the previous edition stays whole on disk and the next run keeps it', async (step) => {
    if (!base) {
      base = project();
      await buildIn(base, { inputs: ['in/seed.txt'], cards: false });
      before = readTree(path.join(base, 'out', SLUG));
      writeFileSync(path.join(base, 'in', 'seed.txt'), readFileSync(SEED, 'utf8').replace('Bloomberg', 'Reuters'));
    }
    const work = tempDir();
    cpSync(base, work, { recursive: true });
    const killed = await start(['build', '--no-cards', 'in/seed.txt', '-q'], work, { CRIER_TEST_FAULT: `${step}=kill` }).done;
    expect(killed.signal).toBe('SIGKILL'); // the kill landed where it was meant to
    // At this instant the previous edition is whole: in place, or renamed aside mid-swap.
    const out = path.join(work, 'out');
    const aside = readdirSync(out).find((f) => f.startsWith(`.crier-old-${SLUG}-`));
    const swappedIn = step === 'swapped-in' || step === 'index-staged';
    if (swappedIn) assertWhole(path.join(out, SLUG));
    else expect(readTree(path.join(out, existsSync(path.join(out, SLUG)) ? SLUG : (aside ?? 'missing')))).toEqual(before);
    if (step === 'swapped-out') expect(existsSync(path.join(out, SLUG))).toBe(false);

    // The next run (through the library: another process than the killed one, as a next CLI run
    // would be) writes another article into the same folder: the killed run's edition is back.
    await buildIn(work, { inputs: ['in/ferry.md'], cards: false });
    assertWhole(path.join(out, SLUG));
    if (!swappedIn) expect(readTree(path.join(out, SLUG))).toEqual(before);
    else expect(readFileSync(path.join(out, SLUG, 'newsletter.html'), 'utf8')).toContain('Reuters');
    expect(litter(out)).toEqual([]);
  }, 120_000);
});

describe('crier never reads its own output back as articles', () => {
  it('an --out inside the input folder: the second run still makes one edition', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'content'));
    cpSync(SEED, path.join(work, 'content', 'seed.txt'));
    for (let run = 0; run < 2; run++) {
      const result = await buildIn(work, { inputs: ['content'], out: 'content/out', cards: false });
      expect(result.editions.map((e) => e.slug)).toEqual([SLUG]);
    }
    const { result: digest } = await digestIn(work, { inputs: ['content'], out: 'content/out', cards: false });
    expect(digest.stories).toHaveLength(1);
  }, 120_000);
});

describe('--out guards', () => {
  it('keeps a user’s own index.html in --out and warns, instead of replacing it', async () => {
    const work = project();
    mkdirSync(path.join(work, 'site'));
    writeFileSync(path.join(work, 'site', 'index.html'), '<h1>My site</h1>');
    const result = await buildIn(work, { inputs: ['in/seed.txt'], out: 'site', cards: false });
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/site\/index\.html was not written by crier, so the archive page was not written/));
    expect(readFileSync(path.join(work, 'site', 'index.html'), 'utf8')).toBe('<h1>My site</h1>');
    assertWhole(path.join(work, 'site', SLUG));
  }, 60_000);

  it('refuses --out .. with stdin input', async () => {
    const work = path.join(tempDir(), 'project');
    mkdirSync(work);
    await failsWith(buildIn(work, { inputs: ['-'], out: '..', stdin: Readable.from([readFileSync(SEED)]) }), /^crier: Refusing --out \.\.: it contains the working folder \(use a folder of its own, e\.g\. --out out\)$/, 2);
    expect(readdirSync(path.dirname(work))).toEqual(['project']);
  });

  // HOME as the process read it at start-up: the CLI.
  it('refuses the home folder reached through a symlink', async () => {
    const root = tempDir();
    const home = path.join(root, 'home');
    mkdirSync(home);
    mkdirSync(path.join(root, 'work'));
    symlinkSync(home, path.join(root, 'work', 'site'));
    cpSync(SEED, path.join(root, 'work', 'seed.txt'));
    const result = await runCli(['build', 'seed.txt', '-o', 'site'], { cwd: path.join(root, 'work'), env: { HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Refusing --out site: it is your home folder/);
    expect(readdirSync(home)).toEqual([]);
  });
});

describe('write errors: one line with the real cause, no litter', () => {
  it('no space left while writing index.html', async () => {
    const work = project();
    const result = await runCli(['build', '--no-cards', 'in/seed.txt', '-q'], { cwd: work, env: { CRIER_TEST_FAULT: 'write:index.html=ENOSPC' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['crier: Cannot write out/index.html: no space left on the device (ENOSPC) (free some space and run again)']);
    expect(litter(path.join(work, 'out'))).toEqual([]);
  }, 60_000);

  // In this process: the fault is set for this test alone (the CLI run above shows the line as printed).
  it('no space left while writing an edition: the previous edition is untouched', async () => {
    const work = project();
    await buildIn(work, { inputs: ['in/seed.txt'], cards: false });
    const before = readTree(path.join(work, 'out'));
    vi.stubEnv('CRIER_TEST_FAULT', 'write:brief.md=ENOSPC');
    try {
      await failsWith(buildIn(work, { inputs: ['in/seed.txt'], cards: false }), new RegExp(`^crier: Cannot write \\S*\\bout/${SLUG}/brief\\.md: no space left on the device \\(ENOSPC\\) \\(free some space and run again\\)$`));
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readTree(path.join(work, 'out'))).toEqual(before);
  }, 60_000);

  const mounted: string[] = [];
  afterAll(() => {
    for (const m of mounted) execFileSync('umount', [m]);
  });
  const mount = (dir: string, options: string) => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
      mounted.push(dir);
      return true;
    } catch {
      return false;
    }
  };

  it('a read-only disk is reported as read-only (it said ENOENT), where this machine can mount one', async (context) => {
    const work = project();
    mkdirSync(path.join(work, 'ro'));
    if (!mount(path.join(work, 'ro'), 'ro,size=1m')) {
      rmSync(path.join(work, 'ro'), { recursive: true });
      context.skip();
    }
    // In this process the path is shown from this process's folder (the CLI's is the working folder).
    await failsWith(buildIn(work, { inputs: ['in/seed.txt'], out: 'ro/out', cards: false }), /^crier: Cannot write \S*\bro\/out: the file system is read-only \(EROFS\) \(choose an --out folder on a writable disk\)$/);
  }, 60_000);
});
