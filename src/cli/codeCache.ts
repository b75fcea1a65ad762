// A V8 code cache for the bundled CLI, on every Node version crier supports.
//
// Most of a short crier run is V8 compiling the bundle (~80 ms to parse it, more for each function
// on first call). Node 22.1+ can keep compiled ES modules between runs (module.enableCompileCache),
// Node 20 cannot. So the bundle is one CommonJS file compiled through vm.Script, whose compiled code
// V8 can hand out (createCachedData) and take back (cachedData) — what Node's own CommonJS loader
// and the v8-compile-cache package do (for Node's require; crier's bundle is run here directly, as
// the cache is kept per command). Code from a cache cannot run import() on Node 20, so the bundle
// has none: scripts/bundle.mjs turns them into require and fails the build if one is left.
//
// Measured on Node 20.20, 2 cores, the example: a build 474 → 397 ms (bare mjml CLI 400 ms).
//
// Safety: the cache is compiled code that this process runs. It lives in a folder of the user's own
// (mode 0700, not a link, owned by them) in the OS temp folder; a folder that is not exactly that
// is never read or written, and crier runs without a cache. V8 rejects a cache made for other source
// text, another V8 version or other V8 flags; the file name carries the bundle's path and the Node
// version, and the file starts with the bundle's size and time.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

// One cache per command: each compiles different code, and a cache holds what its first run
// compiled (a `--help` cache would leave a build compiling most of its code afresh). The commands
// of src/cli.ts, named here so the launcher need not load the CLI (a unit test keeps them equal).
export const COMMANDS = new Set(['build', 'digest', 'extract', 'summarize', 'check', 'preview', 'send']);

/** The cache's name for a command line: its command, or `other` (help, version, a typo). */
export function cacheName(argv: readonly string[]): string {
  // `crier build --help` compiles only the help: its cache would be kept and slow every build.
  if (argv.some((arg) => ['-h', '--help', '-V', '--version'].includes(arg))) return 'other';
  const command = argv.find((arg) => !arg.startsWith('-'));
  return command !== undefined && COMMANDS.has(command) ? command : 'other';
}

/**
 * The user's private cache folder, created on first use; undefined when caching is off
 * (NODE_DISABLE_COMPILE_CACHE, as for Node's own cache) or the folder is not safe to use.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, tmp: string = os.tmpdir()): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  try {
    // (os.userInfo() throws for a user without a name: no cache then.)
    const dir = path.join(tmp, `crier-compile-cache-${uid ?? os.userInfo().username}`);
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    // Windows has no uid and no mode bits; its temp folder is the user's own.
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

const digest = (parts: unknown[]): Buffer => createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);

/**
 * Where the cache of a command for this copy of crier and this Node lives: one file each (two
 * installs or two Node versions never overwrite each other's), replaced when the copy is rebuilt
 * (the file starts with the bundle's identity), so the folder does not grow. Not per set of flags
 * (--require of a temp file would make a file per run): V8 rejects a cache made under other V8
 * flags, and the run replaces it.
 */
export function cacheFileFor(dir: string, file: string, name: string): string {
  return path.join(dir, `${name}-${digest([file, process.version, process.arch]).toString('hex')}.bin`);
}

/**
 * Which build of the bundle a cache was made from. V8 itself checks only the length of the source
 * text, so a rebuilt bundle of the same length must not pass for the old one, even when an unpacker
 * (tar, cp -p, rsync -a) kept the old file's time: the inode and its change time come with every
 * new copy.
 */
export function bundleIdentity(file: string): Buffer {
  const { size, mtimeMs, ctimeMs, ino, dev } = statSync(file);
  return digest([size, mtimeMs, ctimeMs, ino, dev]);
}

// A cache is a few MB; anything far larger is not one of ours.
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The cache file's bytes, when it is a plain file of this user's that nobody else can write: opened
 * without following a link and without waiting on a pipe, and checked on the open file itself, so
 * the folder swapped after codeCacheDir() looked at it (a temp folder others can write) hands over
 * nothing foreign.
 */
export function readOwnFile(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES || stat.nlink !== 1) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0)) return undefined;
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

// [bundle identity: 16 bytes][crc32 of V8's data: 4 bytes][V8's data]. V8 does not check its own
// data in release builds: one changed byte can crash the process on every later run (Node's own
// compile cache keeps a checksum for the same reason).
const HEADER = 16;

/** V8's data from a stored cache, when it belongs to this bundle and arrived whole. */
export function unpackCache(stored: Buffer | undefined, identity: Buffer): Buffer | undefined {
  if (stored === undefined || stored.length <= HEADER + 4 || !stored.subarray(0, HEADER).equals(identity)) return undefined;
  const data = stored.subarray(HEADER + 4);
  return stored.readUInt32LE(HEADER) === crc32(data) ? data : undefined;
}

/** The bytes a cache file holds. */
export function packCache(identity: Buffer, data: Buffer): Buffer {
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(data));
  return Buffer.concat([identity, sum, data]);
}

export interface CodeCacheRun {
  /** The cache file for this run (undefined when caching is off). */
  cacheFile: string | undefined;
  /** True when V8 took the cached code (nothing compiled from scratch up front). */
  cached: boolean;
}

/**
 * Runs a CommonJS file as Node would, with V8's compiled code from the last run of the same command
 * when there is one. When there is none (or V8 rejects it), the code compiled by the end of a run
 * that succeeds is saved for the next: a failed run may have compiled only its error path.
 */
export function runWithCodeCache(
  file: string,
  name: string,
  dir: string | undefined = codeCacheDir(),
  atExit: (save: (code: number) => void) => void = (save) => process.once('exit', save),
): CodeCacheRun {
  // The bundle is ASCII (scripts/bundle.mjs): read as latin1, it becomes a string ~20x faster
  // than through UTF-8 decoding, which any other file still gets.
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const source = text.startsWith('#!') ? `//${text.slice(2)}` : text;
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  let identity: Buffer | undefined;
  if (dir !== undefined) {
    try {
      cacheFile = cacheFileFor(dir, file, name);
      identity = bundleIdentity(file);
      cachedData = unpackCache(readOwnFile(cacheFile), identity);
    } catch {
      // No cache yet: this run makes one.
    }
  }
  const script = new vm.Script(module.wrap(source), {
    filename: file,
    cachedData,
  });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  if (cacheFile !== undefined && identity !== undefined && !cached) {
    const target = cacheFile;
    const header = identity;
    atExit((code) => {
      if (code !== 0) return;
      // Written beside and renamed: a run starting now reads the old cache or the new, whole.
      // 'wx' never follows a link planted under that name, nor writes into another run's file.
      const staging = `${target}.${process.pid}.tmp`;
      try {
        writeFileSync(staging, packCache(header, script.createCachedData()), { mode: 0o600, flag: 'wx' });
        renameSync(staging, target);
      } catch {
        // A full disk or a removed folder costs only the speed-up; no half-written file stays.
        try {
          unlinkSync(staging);
        } catch {
          // Never written.
        }
      }
    });
  }
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const commonjs = { exports: {} };
  wrapper.call(commonjs.exports, commonjs.exports, createRequire(file), commonjs, file, path.dirname(file));
  return { cacheFile, cached };
}
