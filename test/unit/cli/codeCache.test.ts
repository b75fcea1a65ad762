import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIdentity, cacheFileFor, cacheName, codeCacheDir, runWithCodeCache } from '../../../src/cli/codeCache.js';
import { tempDir } from '../../helpers/paths.js';

const posix = process.platform !== 'win32';

// A CommonJS file that counts its runs and requires a module beside it, as crier.cjs requires openai.
function program(dir: string, body = ''): string {
  const file = path.join(dir, 'program.cjs');
  writeFileSync(path.join(dir, 'beside.cjs'), 'module.exports = { beside: true };');
  writeFileSync(file, `#!/usr/bin/env node\nglobalThis.__codeCacheRuns = (globalThis.__codeCacheRuns ?? 0) + 1;\nglobalThis.__codeCacheImport = require('./beside.cjs');\nexports.dirname = __dirname;\n${body}\n`);
  return file;
}

/** Runs the file once; returns what happened and the save hook the run registered, if any. */
function runOnce(file: string, dir: string | undefined) {
  const saves: Array<(code: number) => void> = [];
  const result = runWithCodeCache(file, 'build', dir, (save) => saves.push(save));
  return { ...result, save: saves[0] };
}

describe('cacheName', () => {
  it('is the command, or other for help, version and typos', () => {
    expect(cacheName(['build', 'content/', '-o', 'out'])).toBe('build');
    expect(cacheName(['-q', 'digest', 'week/'])).toBe('digest');
    expect(cacheName(['--help'])).toBe('other');
    expect(cacheName([])).toBe('other');
    expect(cacheName(['biuld'])).toBe('other');
  });
});

describe('codeCacheDir', () => {
  it('makes a folder only its user can enter, and takes it again', () => {
    const tmp = tempDir();
    const dir = codeCacheDir({}, tmp);
    expect(dir).toBeDefined();
    if (posix) expect(statSync(dir!).mode & 0o777).toBe(0o700);
    expect(codeCacheDir({}, tmp)).toBe(dir);
  });

  it('is off when the user turned compile caches off', () => {
    const tmp = tempDir();
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }, tmp)).toBeUndefined();
  });

  it.runIf(posix)('never uses a folder others can write, a link, or a folder of another user', () => {
    const open = tempDir();
    const dir = codeCacheDir({}, open)!;
    chmodSync(dir, 0o777);
    expect(codeCacheDir({}, open)).toBeUndefined();

    const linked = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, path.join(linked, path.basename(dir)));
    expect(codeCacheDir({}, linked)).toBeUndefined();

    if (process.getuid?.() === 0) {
      const foreign = tempDir();
      const planted = path.join(foreign, path.basename(dir));
      mkdirSync(planted, { mode: 0o700 });
      chownSync(planted, 65534, 65534);
      expect(codeCacheDir({}, foreign)).toBeUndefined();
    }
  });
});

describe('runWithCodeCache', () => {
  it('runs a CommonJS file as Node would: shebang, __dirname, require beside it', () => {
    const work = tempDir();
    const file = program(work, 'globalThis.__codeCacheDirname = __dirname;');
    const before = (globalThis as { __codeCacheRuns?: number }).__codeCacheRuns ?? 0;
    runOnce(file, undefined);
    const g = globalThis as unknown as { __codeCacheRuns: number; __codeCacheDirname: string; __codeCacheImport: { beside: boolean } };
    expect(g.__codeCacheRuns).toBe(before + 1);
    expect(g.__codeCacheDirname).toBe(work);
    expect(g.__codeCacheImport).toEqual({ beside: true });
  });

  // Whether V8 takes a cache shows only in a fresh process (within one, V8 reuses what it compiled
  // before): test/e2e/codeCache.test.ts runs the CLI for that.
  it('saves the compiled code after a run that succeeds, behind the identity of the file', () => {
    const work = tempDir();
    const dir = codeCacheDir({}, work)!;
    const file = program(work, `// ${work}`);
    const first = runOnce(file, dir);
    expect(first.cached).toBe(false);
    expect(first.cacheFile).toBe(cacheFileFor(dir, file, 'build'));
    expect(cacheFileFor(dir, path.join(work, 'other-install.cjs'), 'build')).not.toBe(first.cacheFile);
    first.save!(0);
    const stored = readFileSync(first.cacheFile!);
    expect(stored.subarray(0, 16).equals(bundleIdentity(file))).toBe(true);
    expect(stored.length).toBeGreaterThan(16);
    if (posix) expect(statSync(first.cacheFile!).mode & 0o777).toBe(0o600);
  });

  it('saves nothing after a run that fails (it compiled only its error path)', () => {
    const work = tempDir();
    const dir = codeCacheDir({}, work)!;
    const run = runOnce(program(work, `// ${work}`), dir);
    run.save!(1);
    expect(existsSync(run.cacheFile!)).toBe(false);
  });

  it('tells a rebuilt file of the same length from the old one', () => {
    const work = tempDir();
    const file = program(work);
    const before = bundleIdentity(file);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(bundleIdentity(file).equals(before)).toBe(false);
  });
});
