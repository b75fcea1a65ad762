// The bundled CLI keeps V8's compiled code between runs (src/cli/codeCache.ts). What a user would
// notice: the same results with or without it, a damaged cache never breaks a run, a failed run
// leaves no cache, and NODE_DISABLE_COMPILE_CACHE turns it off. Each case has a temp folder of its
// own (TMPDIR), so no other test's runs share its cache.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const cacheFolder = (tmp: string) => readdirSync(tmp).filter((f) => f.startsWith('crier-compile-cache-')).map((f) => path.join(tmp, f));
const cacheFiles = (tmp: string) => cacheFolder(tmp).flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f)));
const extract = (tmp: string, input = SEED, env: NodeJS.ProcessEnv = {}) => runCli(['extract', input, '--json'], { env: { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '', ...env } });

describe('the compiled-code cache of the CLI', () => {
  it('is made by the first run, taken as it is by the next, and changes no result', async () => {
    const tmp = tempDir();
    const first = await extract(tmp);
    expect(first.code).toBe(0);
    const [cache] = cacheFiles(tmp);
    expect(path.basename(cache!)).toMatch(/^extract-[0-9a-f]{32}\.bin$/);
    const made = statSync(cache!);

    const second = await extract(tmp);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // Not rewritten: V8 took it (a cache it rejects is replaced at the end of the run).
    const after = statSync(cache!);
    expect([after.ino, after.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
    expect(cacheFiles(tmp)).toEqual([cache]);
  });

  // V8 does not check its own data in release builds: these bytes, passed on, crash Node (SIGSEGV)
  // on every run. crier's checksum refuses them; the run compiles afresh and replaces the file.
  it('survives a damaged cache and replaces it', async () => {
    const tmp = tempDir();
    const clean = await extract(tmp);
    const [cache] = cacheFiles(tmp);
    const stored = readFileSync(cache!);
    const damaged = Buffer.from(stored);
    for (const at of [0.1, 0.5, 0.9]) damaged.fill(0x5a, Math.floor(stored.length * at), Math.floor(stored.length * at) + 64);
    writeFileSync(cache!, damaged);
    const before = statSync(cache!);

    const run = await extract(tmp);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(clean.stdout);
    expect(statSync(cache!).ino).not.toBe(before.ino);
    expect(readFileSync(cache!).equals(damaged)).toBe(false);
  });

  it('is not made by a run that fails, nor when compile caches are off', async () => {
    const failing = tempDir();
    const failed = await extract(failing, path.join(failing, 'missing.md'));
    expect(failed.code).not.toBe(0);
    expect(cacheFiles(failing)).toEqual([]);

    const off = tempDir();
    expect((await extract(off, SEED, { NODE_DISABLE_COMPILE_CACHE: '1' })).code).toBe(0);
    expect(cacheFolder(off)).toEqual([]);
  });
});
