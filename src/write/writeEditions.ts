// write stage: puts each edition in out/<slug>/ atomically. Every edition is first written to a
// temporary folder beside its target; only when all are complete are they swapped into place
// (the previous edition is renamed aside, the new one renamed in, the previous one removed), so a
// failed run leaves the previous editions untouched and a killed one leaves them whole on disk:
// either in place or as .crier-old-<slug>-<pid>, which the next run puts back (recoverOutDir).
// Call it through writeOutput, which holds the output folder's lock.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import type { OutputFile } from '../render/types.js';
import { faultPoint } from './faults.js';
import { OLD_PREFIX, TEMP_PREFIX } from './recoverOutDir.js';
import { writeFailed } from './writeError.js';

export { assertSafeOutDir } from './assertSafeOutDir.js';

export interface EditionFiles {
  slug: string;
  files: OutputFile[];
}

/** A folder crier may replace: missing, empty, or one of its own editions. */
async function assertReplaceable(target: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return;
  }
  if (!info.isDirectory()) {
    throw new CrierError('OUTPUT_UNSAFE', `Refusing to replace ${target}: it is a file, not an edition folder`, {
      hint: 'choose another --out folder',
    });
  }
  const entries = await readdir(target);
  if (entries.length > 0 && !existsSync(path.join(target, 'manifest.json'))) {
    throw new CrierError('OUTPUT_UNSAFE', `Refusing to replace ${target}: it is not a crier edition (no manifest.json)`, {
      hint: 'choose another --out folder or move that folder away',
    });
  }
}

interface Staged {
  temp: string;
  target: string;
  old: string;
}

async function stage(outDir: string, editions: EditionFiles[]): Promise<Staged[]> {
  const staged: Staged[] = [];
  let current = outDir;
  try {
    for (const edition of editions) {
      const target = path.join(outDir, edition.slug);
      await assertReplaceable(target);
      const temp = path.join(outDir, `${TEMP_PREFIX}${edition.slug}-${process.pid}`);
      staged.push({ temp, target, old: path.join(outDir, `${OLD_PREFIX}${edition.slug}-${process.pid}`) });
      current = temp;
      await rm(temp, { recursive: true, force: true });
      await mkdir(temp);
      for (const file of edition.files) {
        current = path.join(target, file.path);
        await faultPoint(`write:${file.path}`, current);
        if (file.path.includes('/')) await mkdir(path.dirname(path.join(temp, file.path)), { recursive: true });
        await writeFile(path.join(temp, file.path), file.content);
      }
    }
  } catch (error) {
    for (const { temp } of staged) await rm(temp, { recursive: true, force: true }).catch(() => {});
    throw writeFailed(error, current);
  }
  return staged;
}

/** Swaps one staged edition in; at no point is the previous edition absent from the disk. */
async function swap({ temp, target, old }: Staged): Promise<void> {
  const hadPrevious = existsSync(target);
  try {
    if (hadPrevious) await rename(target, old);
  } catch (error) {
    throw writeFailed(error, target);
  }
  await faultPoint('swapped-out');
  try {
    await rename(temp, target);
  } catch (error) {
    if (hadPrevious) await rename(old, target).catch(() => {});
    throw writeFailed(error, target);
  }
  await faultPoint('swapped-in');
  if (hadPrevious) await rm(old, { recursive: true, force: true }).catch(() => {}); // the next run clears it
}

export async function writeEditions(outDir: string, editions: EditionFiles[]): Promise<string[]> {
  const staged = await stage(outDir, editions);
  await faultPoint('staged');
  try {
    for (const one of staged) await swap(one);
  } finally {
    for (const { temp } of staged) await rm(temp, { recursive: true, force: true }).catch(() => {});
  }
  return staged.map((s) => s.target);
}
