// A failed write becomes one line that names the file and the real cause (ENOSPC is "no space
// left", not a stack trace), and mkdir's misleading ENOENT on a read-only disk is traced to EROFS.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';

const CAUSES: Record<string, { cause: string; hint: string }> = {
  ENOSPC: { cause: 'no space left on the device', hint: 'free some space and run again' },
  EDQUOT: { cause: 'disk quota exceeded', hint: 'free some space and run again' },
  EROFS: { cause: 'the file system is read-only', hint: 'choose an --out folder on a writable disk' },
  EACCES: { cause: 'permission denied', hint: 'check the folder’s permissions or choose another --out' },
  EPERM: { cause: 'operation not permitted', hint: 'check the folder’s permissions or choose another --out' },
  EIO: { cause: 'input/output error', hint: 'check the disk' },
  EMFILE: { cause: 'too many open files', hint: 'close other programs or raise the limit (ulimit -n)' },
  ENFILE: { cause: 'too many open files', hint: 'close other programs or raise the limit (ulimit -n)' },
  ENAMETOOLONG: { cause: 'the path is too long', hint: 'choose a shorter --out path' },
  ENOTDIR: { cause: 'a part of the path is a file, not a folder', hint: 'choose another --out folder' },
};

/** Paths inside the working folder are shown relative to it, as the user typed them. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function writeFailed(error: unknown, file: string): CrierError {
  if (error instanceof CrierError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const known = code ? CAUSES[code] : undefined;
  const cause = known ? `${known.cause} (${code})` : (code ?? String((error as Error).message ?? error));
  return new CrierError('WRITE_FAILED', `Cannot write ${displayPath(file)}: ${cause}`, {
    cause: error,
    hint: known?.hint ?? 'check free space and permissions',
  });
}

/** mkdir -p whose error is the real one. */
export async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeFailed(error, dir);
    // Node's recursive mkdir says ENOENT when a parent cannot be made (a read-only disk): create
    // the missing folders one by one to hear the true cause.
    const missing: string[] = [];
    for (let p = dir; !existsSync(p) && p !== path.dirname(p); p = path.dirname(p)) missing.unshift(p);
    for (const folder of missing) {
      try {
        await mkdir(folder);
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailed(inner, folder);
      }
    }
    throw writeFailed(error, dir);
  }
}
