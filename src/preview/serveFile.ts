// Static files for the preview, only from inside the output folder: "..", hidden names, absolute
// paths, encoded traversal, NUL bytes and symlinks that lead outside all get 404.
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.mjml': 'text/plain; charset=utf-8',
  '.eml': 'message/rfc822',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface FileHit {
  body: Buffer;
  type: string;
}

/** Resolves a URL path below root; undefined means "not found" whatever the reason. */
export async function resolveFile(root: string, urlPath: string): Promise<FileHit | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // Hidden names too ("..", crier's lock and staging folders).
  if (decoded.includes('\0') || decoded.includes('\\') || path.isAbsolute(decoded) || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const realRoot = await realpath(root);
  const candidate = path.resolve(realRoot, `.${path.sep}${decoded}`);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return undefined;
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return undefined; // a symlink out
  const info = await stat(real);
  if (!info.isFile()) return undefined;
  return { body: await readFile(real), type: TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
