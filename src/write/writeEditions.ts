// write stage: puts each edition in out/<slug>/ atomically. Every edition is first written to a
// temporary folder beside its target; only when all are complete are they renamed into place, so a
// failed or killed run leaves the previous editions untouched. Leftover temp folders from a killed
// run are removed at the start of the next one.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import type { OutputFile } from '../types.js';

export interface EditionFiles {
  slug: string;
  files: OutputFile[];
}

const TEMP_PREFIX = '.crier-tmp-';
const OLD_PREFIX = '.crier-old-';

async function removeLeftovers(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir)) {
    if (entry.startsWith(TEMP_PREFIX) || entry.startsWith(OLD_PREFIX)) {
      await rm(path.join(outDir, entry), { recursive: true, force: true });
    }
  }
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

/**
 * Refused before anything is written or deleted: the file-system root, the project folder itself
 * (the working folder, or any folder with a package.json or .git), the home folder, an input, or a
 * folder that contains an input (editions would be written among the articles).
 */
export function assertSafeOutDir(outDir: string, inputPaths: string[], cwd = process.cwd()): void {
  const resolved = path.resolve(cwd, outDir);
  const refuse = (why: string) => {
    throw new CrierError('OUTPUT_UNSAFE', `Refusing --out ${outDir}: ${why}`, { hint: 'use a folder of its own, e.g. --out out', exitCode: 2 });
  };
  if (resolved === path.parse(resolved).root) refuse('it is the root of the file system');
  if (resolved === path.resolve(cwd) || existsSync(path.join(resolved, 'package.json')) || existsSync(path.join(resolved, '.git'))) refuse('it is a project folder');
  if (process.env.HOME && resolved === path.resolve(process.env.HOME)) refuse('it is your home folder');
  for (const input of inputPaths) {
    const full = path.resolve(cwd, input);
    if (full === resolved) refuse('it is one of the inputs');
    if (full.startsWith(resolved + path.sep)) refuse(`it contains the input ${path.relative(cwd, full) || full}`);
  }
}

export async function writeEditions(outDir: string, editions: EditionFiles[]): Promise<string[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CrierError('WRITE_FAILED', `Cannot create output folder ${outDir}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
    });
  }
  await removeLeftovers(outDir);
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const edition of editions) {
      const target = path.join(outDir, edition.slug);
      await assertReplaceable(target);
      const temp = path.join(outDir, `${TEMP_PREFIX}${edition.slug}-${process.pid}`);
      staged.push({ temp, target });
      await mkdir(temp, { recursive: true });
      for (const file of edition.files) await writeFile(path.join(temp, file.path), file.content);
    }
  } catch (error) {
    for (const { temp } of staged) await rm(temp, { recursive: true, force: true });
    if (error instanceof CrierError) throw error;
    throw new CrierError('WRITE_FAILED', `Cannot write to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? error}`, {
      cause: error,
      hint: 'check free space and permissions',
    });
  }
  // All editions are complete on disk: swap them in. A rename within one folder is atomic.
  for (const { temp, target } of staged) {
    const old = path.join(outDir, `${OLD_PREFIX}${path.basename(target)}-${process.pid}`);
    const hadPrevious = existsSync(target);
    if (hadPrevious) await rename(target, old);
    await rename(temp, target);
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  }
  return staged.map((s) => s.target);
}
