// One writer per output folder. A run that writes editions first creates out/.crier-lock with
// O_EXCL (holding its pid, host and start time); a second run (a watcher and a manual build)
// waits for it, and after `waitMs` gives up with one line naming the holder. A lock whose process
// is gone (killed) is taken over at once; one not refreshed for STALE_MS (another host, a reused
// pid) too. Lock files are plain files so this works on every OS and on network folders.
import { hostname } from 'node:os';
import { open, readFile, rm, stat, utimes, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import { displayPath, writeFailed } from './writeError.js';
import { faultLockWaitMs } from './faults.js';

export const LOCK_FILE = '.crier-lock';
const REFRESH_MS = 5_000;
const STALE_MS = 30_000;
/** A lock file still empty after this long belongs to a process killed while creating it. */
const EMPTY_STALE_MS = 5_000;
const POLL_MS = 100;

interface Owner {
  pid: number;
  host: string;
  started: string;
}

interface Seen {
  raw: string;
  ino: number;
  mtimeMs: number;
  owner?: Owner;
}

/** Is this process alive? Only answerable for processes on this machine. */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function look(file: string): Promise<Seen | undefined> {
  try {
    const [raw, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let owner: Owner | undefined;
    try {
      const parsed = JSON.parse(raw) as Partial<Owner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') owner = { pid: parsed.pid, host: parsed.host, started: String(parsed.started ?? '') };
    } catch {
      // created but not written yet, or cut short by a kill
    }
    return { raw, ino: info.ino, mtimeMs: info.mtimeMs, ...(owner ? { owner } : {}) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released meanwhile
    throw writeFailed(error, file);
  }
}

function isStale(seen: Seen): boolean {
  const age = Date.now() - seen.mtimeMs;
  if (!seen.owner) return age > EMPTY_STALE_MS;
  if (age > STALE_MS) return true;
  return seen.owner.host === hostname() && !isAlive(seen.owner.pid);
}

/**
 * Removes a stale lock, unless it changed since it was judged stale. Two runs may judge the same
 * lock stale at once: the short-lived .break file lets only one of them remove it, and the other
 * then sees the winner's fresh lock and leaves it alone.
 */
async function breakStale(file: string, judged: Seen): Promise<void> {
  const breaker = `${file}.break`;
  let handle: FileHandle;
  try {
    handle = await open(breaker, 'wx');
  } catch {
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > EMPTY_STALE_MS) await rm(breaker, { force: true });
    return;
  }
  try {
    const now = await look(file);
    if (now && now.raw === judged.raw && now.ino === judged.ino && now.mtimeMs === judged.mtimeMs) await rm(file, { force: true });
  } finally {
    await handle.close();
    await rm(breaker, { force: true });
  }
}

function describeOwner(owner: Owner | undefined): string {
  if (!owner) return 'another crier run';
  const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
  const since = owner.started ? `, started ${owner.started.replace('T', ' ').slice(0, 19)} UTC` : '';
  return `another crier run (pid ${owner.pid}${where}${since})`;
}

export interface LockOptions {
  /** How long a second run waits for the first before giving up (default 10 s). */
  waitMs?: number;
}

/** Runs `work` while holding the output folder's lock; the folder must exist. */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const file = path.join(outDir, LOCK_FILE);
  const deadline = Date.now() + (options.waitMs ?? faultLockWaitMs() ?? 10_000);
  const me: Owner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await rm(file, { force: true }).catch(() => {});
        throw writeFailed(error, outDir);
      }
    }
    const seen = await look(file);
    if (!seen) continue;
    if (isStale(seen)) {
      await breakStale(file, seen);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new CrierError('OUTPUT_LOCKED', `${displayPath(outDir)} is being written by ${describeOwner(seen.owner)}`, {
        hint: `wait for it to finish; if no crier is running there, delete ${displayPath(file)}`,
      });
    }
    await sleep(POLL_MS);
  }
  // Refreshed while held, so a lock that stops being refreshed can be told from a slow run.
  const refresh = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => {});
  }, REFRESH_MS);
  refresh.unref();
  try {
    return await work();
  } finally {
    clearInterval(refresh);
    await rm(file, { force: true });
  }
}
