// Expands the user's inputs (files, folders, "-") into an ordered list of sources.
// Folders are walked recursively, sorted, hidden entries skipped, symlink loops ignored.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import { formatOf, ARTICLE_EXTENSIONS } from './formatOf.js';

/** `path` is what the user sees (relative to the working folder); `fullPath` is what is read. */
export type InputSource = { kind: 'stdin' } | { kind: 'url'; url: string } | { kind: 'file'; path: string; fullPath: string };

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop, or the same folder given twice
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    let info;
    try {
      info = await stat(full);
    } catch {
      continue; // a dangling symlink is not an article
    }
    if (info.isDirectory()) await walk(full, seen, out);
    else if (info.isFile() && formatOf(entry.name)) out.push(full);
  }
}

export async function listInputFiles(inputs: string[], cwd: string): Promise<InputSource[]> {
  if (inputs.length === 0) {
    throw new CrierError('USAGE', 'No input given', { hint: 'pass a file, a folder or - for stdin' });
  }
  const sources: InputSource[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    const full = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new CrierError('INPUT_NOT_FOUND', `No such file or folder: ${input}`, { hint: 'check the path' });
      }
      throw new CrierError('INPUT_UNREADABLE', `Cannot read ${input}: ${code ?? String(error)}`, { cause: error });
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(full, new Set(), files);
      if (files.length === 0) {
        throw new CrierError('NO_ARTICLES', `No articles in folder ${input}`, {
          hint: `crier reads ${ARTICLE_EXTENSIONS.join(', ')} files`,
        });
      }
      for (const file of files) sources.push({ kind: 'file', path: path.relative(cwd, file) || file, fullPath: file });
    } else {
      sources.push({ kind: 'file', path: input, fullPath: full });
    }
  }
  return sources;
}
