// Concurrent builds into one --out: the second waits for the first, gives up after a while with
// one line naming the other process, and takes over at once a lock whose process is gone.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, withOutputLock } from '../../../src/write/outputLock.js';
import { tempDir } from '../../helpers/paths.js';

const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
afterAll(() => {
  live.kill();
});
const lockOf = (pid: number, host = hostname()) => JSON.stringify({ pid, host, started: '2026-11-30T10:00:00.000Z' });

describe('withOutputLock', () => {
  it('runs one holder at a time and removes the lock after', async () => {
    const out = tempDir();
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inside--;
    };
    await Promise.all(Array.from({ length: 5 }, () => withOutputLock(out, work)));
    expect(most).toBe(1);
    expect(existsSync(path.join(out, LOCK_FILE))).toBe(false);
  });

  it('gives up with one line naming the process that holds the folder', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, LOCK_FILE), lockOf(live.pid ?? 0));
    const started = Date.now();
    const error = await withOutputLock(out, async () => 'ran', { waitMs: 400 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((error as Error).message).toMatch(new RegExp(`is being written by another crier run \\(pid ${live.pid}, started 2026-11-30 10:00:00 UTC\\)`));
    expect(JSON.parse(readFileSync(path.join(out, LOCK_FILE), 'utf8')).pid).toBe(live.pid); // not taken from a live run
  });

  it('takes over at once the lock of a process that was killed', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, LOCK_FILE), lockOf(999_999_999));
    await expect(withOutputLock(out, async () => 'ran', { waitMs: 0 })).resolves.toBe('ran');
  });

  it('takes over a lock nobody has refreshed for a minute (another host, or a reused pid)', async () => {
    const out = tempDir();
    const file = path.join(out, LOCK_FILE);
    writeFileSync(file, lockOf(live.pid ?? 0, 'elsewhere'));
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    await expect(withOutputLock(out, async () => 'ran', { waitMs: 0 })).resolves.toBe('ran');
  });

  it('waits for a lock from another host that is still fresh', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, LOCK_FILE), lockOf(123, 'elsewhere'));
    await expect(withOutputLock(out, async () => 'ran', { waitMs: 200 })).rejects.toThrow(/pid 123 on elsewhere/);
  });

  it('lets only one of many waiters break a stale lock', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, LOCK_FILE), lockOf(999_999_999));
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inside--;
    };
    await Promise.all(Array.from({ length: 8 }, () => withOutputLock(out, work)));
    expect(most).toBe(1);
  });
});
