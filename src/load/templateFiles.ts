// Template files from disk: the built-in templates/ folder, overridden file by file by a user's
// --templates folder. render/ reads the email and Markdown templates through this, summarize/ its
// prompts, so neither stage depends on the other to find a file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrierError } from '../errors.js';

export interface TemplateFile {
  /** Path shown in error messages. */
  path: string;
  source: string;
}

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CrierError('TEMPLATE_ERROR', `Cannot read template ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The user's --templates folder as an absolute path, or a usage error when it does not exist. */
export async function templatesFolder(userDir: string | undefined, cwd: string): Promise<string | undefined> {
  if (!userDir) return undefined;
  const dir = path.resolve(cwd, userDir);
  try {
    await readdir(dir);
  } catch {
    throw new CrierError('TEMPLATE_ERROR', `Templates folder not found: ${userDir}`, { hint: 'check the --templates path', exitCode: 2 });
  }
  return dir;
}

/** `name` from the user's folder when it has one, else the built-in file. */
export async function pickTemplate(userDir: string | undefined, name: string, cwd: string): Promise<TemplateFile> {
  if (userDir) {
    const file = path.join(userDir, name);
    const source = await readIfExists(file);
    if (source !== undefined) return { path: path.relative(cwd, file) || file, source };
  }
  const file = path.join(BUILTIN_TEMPLATES, name);
  const source = await readIfExists(file);
  if (source === undefined) throw new CrierError('TEMPLATE_ERROR', `Built-in template missing: ${file}`, { hint: 'reinstall crier' });
  return { path: `templates/${name}`, source };
}
