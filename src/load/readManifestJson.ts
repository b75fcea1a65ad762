// An edition's manifest.json read as raw JSON, safely: the folder it sits in is anyone's, so only a
// regular file of a sane size is read (a manifest.json linked to /dev/zero or a FIFO would never
// end, one of 100 MB would fill memory). write/readManifest.ts keeps only its well-typed fields;
// listInputFiles.ts asks it whether a folder is an edition.
import { lstat, readFile } from 'node:fs/promises';

/** A weekly edition of 100 stories writes about 100 KB of manifest; anything past this is not crier's. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

/**
 * The parsed JSON of a manifest.json, or undefined when it is not a regular file of a sane size
 * holding JSON. lstat: a symlink is not followed (to /dev/zero, or out of the folder); crier
 * writes regular files.
 */
export async function readManifestJson(file: string): Promise<unknown> {
  try {
    const info = await lstat(file);
    if (!info.isFile() || info.size > MAX_MANIFEST_BYTES) return undefined;
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
