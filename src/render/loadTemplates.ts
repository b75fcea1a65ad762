// Reads the template set into memory once, before the pipeline runs, so rendering itself is pure.
// A user's --templates folder overrides the built-in templates file by file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { THEMES } from '../config/choices.js';
import { CrierError } from '../errors.js';
import { unusedOverrides } from './unusedOverrides.js';

export interface TemplateFile {
  /** Path shown in error messages. */
  path: string;
  source: string;
}

export interface TemplateSet {
  newsletter: TemplateFile;
  brief: TemplateFile;
  thread: TemplateFile;
  /** Partials by name ("header" for partials/header.mjml.hbs). */
  partials: Record<string, TemplateFile>;
  /** The weekly edition's email and brief. */
  digest: TemplateFile;
  digestBrief: TemplateFile;
  /** True when a --templates folder is in use (its templates may use features the built-in ones avoid). */
  custom: boolean;
  /** The LLM prompts (templates/prompts/system.md and user.md). */
  prompts: { system: string; user: string; week: string };
  /** Files in the --templates folder that override nothing (said once per run, not per edition). */
  warnings: string[];
}

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

const FILES = { newsletter: 'newsletter.mjml.hbs', brief: 'brief.md.hbs', thread: 'thread.md.hbs' } as const;

/** Every file a --templates folder can override, besides partials/<name>.hbs. */
export const OVERRIDABLE = [
  FILES.newsletter,
  FILES.brief,
  FILES.thread,
  'digest.mjml.hbs',
  'digest-brief.md.hbs',
  'prompts/system.md',
  'prompts/user.md',
  'prompts/week.md',
  ...THEMES.filter((t) => t !== 'default').map((t) => `themes/${t}/${FILES.newsletter}`),
];

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CrierError('TEMPLATE_ERROR', `Cannot read template ${file}: ${(error as Error).message}`, { cause: error });
  }
}

async function listPartials(dir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, 'partials'))).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    return [];
  }
}

async function pick(userDir: string | undefined, name: string, cwd: string): Promise<TemplateFile> {
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

export async function loadTemplates(userDir: string | undefined, cwd: string, theme = 'default'): Promise<TemplateSet> {
  const dir = userDir ? path.resolve(cwd, userDir) : undefined;
  if (userDir && dir) {
    try {
      await readdir(dir);
    } catch {
      throw new CrierError('TEMPLATE_ERROR', `Templates folder not found: ${userDir}`, { hint: 'check the --templates path', exitCode: 2 });
    }
  }
  const partials: Record<string, TemplateFile> = {};
  for (const base of [BUILTIN_TEMPLATES, ...(dir ? [dir] : [])]) {
    for (const file of await listPartials(base)) {
      const full = path.join(base, 'partials', file);
      const source = (await readIfExists(full)) ?? '';
      const shown = base === BUILTIN_TEMPLATES ? `templates/partials/${file}` : path.relative(cwd, full);
      partials[file.replace(/\.(mjml|md|txt)?\.?hbs$/, '').replace(/\.$/, '')] = { path: shown, source };
    }
  }
  return {
    newsletter: await pick(dir, theme === 'default' ? FILES.newsletter : `themes/${theme}/${FILES.newsletter}`, cwd),
    brief: await pick(dir, FILES.brief, cwd),
    thread: await pick(dir, FILES.thread, cwd),
    partials,
    custom: Boolean(dir),
    digest: await pick(dir, 'digest.mjml.hbs', cwd),
    digestBrief: await pick(dir, 'digest-brief.md.hbs', cwd),
    prompts: {
      system: (await pick(dir, 'prompts/system.md', cwd)).source,
      user: (await pick(dir, 'prompts/user.md', cwd)).source,
      week: (await pick(dir, 'prompts/week.md', cwd)).source,
    },
    warnings: dir ? await unusedOverrides(dir, path.relative(cwd, dir) || dir, OVERRIDABLE, await listPartials(BUILTIN_TEMPLATES)) : [],
  };
}
