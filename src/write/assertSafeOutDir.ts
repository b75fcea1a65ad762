// Refused before anything is written or deleted: the file-system root, the project folder itself
// (the working folder, or any folder with a package.json or .git), a folder that holds the working
// folder (`--out ..`), the home folder, an input, or a folder that contains an input (editions
// would be written among the articles). Real paths are compared, so a symlink does not get round it.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { CrierError } from '../errors.js';

/** The real path of `p`, also for a path that does not exist yet (its nearest existing parent's). */
export function realPath(p: string): string {
  const rest: string[] = [];
  let current = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

const inside = (child: string, parent: string) => child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

export function assertSafeOutDir(outDir: string, inputPaths: string[], cwd = process.cwd()): void {
  const resolved = realPath(path.resolve(cwd, outDir));
  const work = realPath(cwd);
  const refuse = (why: string) => {
    throw new CrierError('OUTPUT_UNSAFE', `Refusing --out ${outDir}: ${why}`, { hint: 'use a folder of its own, e.g. --out out', exitCode: 2 });
  };
  if (resolved === path.parse(resolved).root) refuse('it is the root of the file system');
  if (resolved === work || existsSync(path.join(resolved, 'package.json')) || existsSync(path.join(resolved, '.git'))) refuse('it is a project folder');
  if (process.env.HOME && resolved === realPath(process.env.HOME)) refuse('it is your home folder');
  if (inside(work, resolved)) refuse('it contains the working folder');
  for (const input of inputPaths) {
    const full = realPath(path.resolve(cwd, input));
    if (full === resolved) refuse('it is one of the inputs');
    if (inside(full, resolved)) refuse(`it contains the input ${path.relative(cwd, path.resolve(cwd, input)) || input}`);
  }
}
