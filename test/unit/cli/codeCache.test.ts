import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIdentity, cacheFileFor, cacheName, COMMANDS, codeCacheDir, packCache, readOwnFile, runWithCodeCache, unpackCache } from '../../../src/cli/codeCache.js';
import { ROOT, tempDir } from '../../helpers/paths.js';

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
  it('knows every command of the CLI (a new one would share the help’s cache and compile afresh)', () => {
    const cli = readFileSync(path.join(ROOT, 'src/cli.ts'), 'utf8');
    const commands = [...cli.matchAll(/\.command\('([a-z]+)'\)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(5);
    expect([...COMMANDS].sort()).toEqual(commands.sort());
  });

  it('is the command, or other for help, version and typos', () => {
    expect(cacheName(['build', 'content/', '-o', 'out'])).toBe('build');
    expect(cacheName(['-q', 'digest', 'week/'])).toBe('digest');
    expect(cacheName(['--help'])).toBe('other');
    expect(cacheName([])).toBe('other');
    expect(cacheName(['biuld'])).toBe('other');
  });

  it('is other for a command’s help or version: they compile only the help, and a build would keep that', () => {
    expect(cacheName(['build', '--help'])).toBe('other');
    expect(cacheName(['digest', '-h'])).toBe('other');
    expect(cacheName(['-V'])).toBe('other');
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
    expect(unpackCache(stored, bundleIdentity(file))?.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual([path.basename(first.cacheFile!)]);
    if (posix) expect(statSync(first.cacheFile!).mode & 0o777).toBe(0o600);
  });

  it('saves nothing after a run that fails (it compiled only its error path)', () => {
    const work = tempDir();
    const dir = codeCacheDir({}, work)!;
    const run = runOnce(program(work, `// ${work}`), dir);
    run.save!(1);
    expect(existsSync(run.cacheFile!)).toBe(false);
  });

  it('leaves no half-written file when the cache cannot be saved', () => {
    const work = tempDir();
    const dir = codeCacheDir({}, work)!;
    const file = program(work, `// ${work} unsaved`);
    const run = runOnce(file, dir);
    // A folder where the cache file belongs: the rename fails after the data was written.
    mkdirSync(run.cacheFile!);
    run.save!(0);
    expect(readdirSync(dir)).toEqual([path.basename(run.cacheFile!)]);
  });

  it('tells a rebuilt file of the same length from the old one, even with the old file time', () => {
    const work = tempDir();
    const file = program(work);
    const before = bundleIdentity(file);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(bundleIdentity(file).equals(before)).toBe(false);
    // A new copy whose time was kept (tar x, cp -p): same size and time, another file.
    const old = statSync(file);
    const copy = path.join(work, 'copy.cjs');
    copyFileSync(file, copy);
    utimesSync(copy, old.atime, old.mtime);
    expect(bundleIdentity(copy).equals(bundleIdentity(file))).toBe(false);
  });

  it('takes V8’s data back only whole and for the same bundle: one changed byte and it is refused', () => {
    const identity = Buffer.alloc(16, 1);
    const data = Buffer.from('compiled code '.repeat(100));
    const stored = packCache(identity, data);
    expect(unpackCache(stored, identity)?.equals(data)).toBe(true);
    expect(unpackCache(stored, Buffer.alloc(16, 2))).toBeUndefined();
    const changed = Buffer.from(stored);
    changed.writeUInt8(changed.readUInt8(changed.length - 700) ^ 0x20, changed.length - 700);
    expect(unpackCache(changed, identity)).toBeUndefined();
    expect(unpackCache(stored.subarray(0, 20), identity)).toBeUndefined();
    expect(unpackCache(undefined, identity)).toBeUndefined();
  });
});

describe('readOwnFile', () => {
  it('reads a plain file of the user’s that only they can write', () => {
    const work = tempDir();
    const file = path.join(work, 'cache.bin');
    writeFileSync(file, 'bytes', { mode: 0o600 });
    expect(readOwnFile(file)?.toString()).toBe('bytes');
    expect(readOwnFile(path.join(work, 'missing.bin'))).toBeUndefined();
  });

  it.runIf(posix)('never reads through a link, from a pipe, a file others can write, a hard link, or another user’s file', () => {
    const work = tempDir();
    const own = path.join(work, 'own.bin');
    writeFileSync(own, 'bytes', { mode: 0o600 });

    const linked = path.join(work, 'linked.bin');
    symlinkSync(own, linked);
    expect(readOwnFile(linked)).toBeUndefined();

    // A pipe would hang a read that waits for a writer.
    const fifo = path.join(work, 'fifo.bin');
    execFileSync('mkfifo', [fifo]);
    expect(readOwnFile(fifo)).toBeUndefined();

    const open = path.join(work, 'open.bin');
    writeFileSync(open, 'bytes', { mode: 0o600 });
    chmodSync(open, 0o666);
    expect(readOwnFile(open)).toBeUndefined();

    const hard = path.join(work, 'hard.bin');
    linkSync(own, hard);
    expect(readOwnFile(hard)).toBeUndefined();

    if (process.getuid?.() === 0) {
      const foreign = path.join(work, 'foreign.bin');
      writeFileSync(foreign, 'bytes', { mode: 0o600 });
      chownSync(foreign, 65534, 65534);
      expect(readOwnFile(foreign)).toBeUndefined();
    }
  });
});
