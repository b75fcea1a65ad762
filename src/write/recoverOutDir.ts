// After a killed run: puts back an edition whose swap was cut short and clears the run's staging
// folders. Called while holding the output folder's lock, so no other crier is writing; folders of
// a process that is still alive (a crier that does not lock) are left alone all the same.
//   .crier-tmp-<slug>-<pid>   a new edition being written: removed
//   .crier-old-<slug>-<pid>   the previous edition during the swap: renamed back to <slug> when
//                             <slug> is missing (the kill came before the new one was in), else removed
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './outputLock.js';
import { writeFailed } from './writeError.js';

export const TEMP_PREFIX = '.crier-tmp-';
export const OLD_PREFIX = '.crier-old-';
const LEFTOVER = /^\.crier-(tmp|old)-(.+)-(\d+)$/;

export interface Recovery {
  /** Editions put back from a killed run's .crier-old-* copy. */
  restored: string[];
  removed: string[];
}

/**
 * The edition a killed run's leftover holds and the next locked write will put back: `.crier-old-<slug>-<pid>`
 * of a process that is gone, when `<slug>` is missing. Readers that run before the lock (the weekly
 * desk numbering its edition) count it as there.
 */
export function pendingRestore(entry: string, names: ReadonlySet<string>): string | undefined {
  const match = LEFTOVER.exec(entry);
  if (!match || match[1] !== 'old') return undefined;
  const [, , slug = '', pid] = match;
  return !names.has(slug) && Number(pid) !== process.pid && !isAlive(Number(pid)) ? slug : undefined;
}

export async function recoverOutDir(outDir: string): Promise<Recovery> {
  const result: Recovery = { restored: [], removed: [] };
  for (const entry of (await readdir(outDir)).sort()) {
    const match = LEFTOVER.exec(entry);
    if (!match) continue;
    const [, kind, slug = '', pid] = match;
    if (Number(pid) !== process.pid && isAlive(Number(pid))) continue;
    const full = path.join(outDir, entry);
    const target = path.join(outDir, slug);
    try {
      if (kind === 'old' && !existsSync(target)) {
        await rename(full, target);
        result.restored.push(slug);
      } else {
        await rm(full, { recursive: true, force: true });
        result.removed.push(entry);
      }
    } catch (error) {
      throw writeFailed(error, full);
    }
  }
  return result;
}
