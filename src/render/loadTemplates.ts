// Reads the template set into memory once, before the pipeline runs, so rendering itself is pure.
// A user's --templates folder overrides the built-in templates file by file.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { THEMES } from '../config/choices.js';
import { BUILTIN_TEMPLATES, pickTemplate, readIfExists, templatesFolder, type TemplateFile } from '../load/templateFiles.js';
import { parseCatalogue, useCatalogueOverrides, type CatalogueFile } from '../i18n/catalogues.js';
import { warning, type Warning } from '../warnings.js';
import { LOCALE_FILE, unusedOverrides } from './unusedOverrides.js';

export type { TemplateFile };
export { BUILTIN_TEMPLATES };

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
  /** Files in the --templates folder that override nothing (said once per run, not per edition). */
  warnings: Warning[];
  /** The --templates folder's interface text (locales/<lang>.json), by language code. */
  locales: Map<string, CatalogueFile>;
}

const FILES = { newsletter: 'newsletter.mjml.hbs', brief: 'brief.md.hbs', thread: 'thread.md.hbs' } as const;

/** Every file a --templates folder can override, besides partials/<name>.hbs (the prompts are summarize/'s). */
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

async function listPartials(dir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, 'partials'))).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    return [];
  }
}

/** locales/<lang>.json of a --templates folder: each overrides the built-in catalogue key by key. */
async function readLocales(dir: string, cwd: string): Promise<Map<string, CatalogueFile>> {
  const locales = new Map<string, CatalogueFile>();
  let files: string[];
  try {
    files = (await readdir(path.join(dir, 'locales'))).filter((f) => LOCALE_FILE.test(`locales/${f}`)).sort();
  } catch {
    return locales;
  }
  for (const file of files) {
    const full = path.join(dir, 'locales', file);
    const shown = path.relative(cwd, full) || full;
    const source = (await readIfExists(full)) ?? '';
    locales.set(file.replace(/\.json$/, '').replace(/_/g, '-').toLowerCase(), { path: shown, messages: parseCatalogue(source, shown) });
  }
  return locales;
}

export async function loadTemplates(userDir: string | undefined, cwd: string, theme = 'default'): Promise<TemplateSet> {
  const dir = await templatesFolder(userDir, cwd);
  const partials: Record<string, TemplateFile> = {};
  for (const base of [BUILTIN_TEMPLATES, ...(dir ? [dir] : [])]) {
    for (const file of await listPartials(base)) {
      const full = path.join(base, 'partials', file);
      const source = (await readIfExists(full)) ?? '';
      const shown = base === BUILTIN_TEMPLATES ? `templates/partials/${file}` : path.relative(cwd, full);
      partials[file.replace(/\.(mjml|md|txt)?\.?hbs$/, '').replace(/\.$/, '')] = { path: shown, source };
    }
  }
  const locales = dir ? await readLocales(dir, cwd) : new Map<string, CatalogueFile>();
  // compose and render look interface text up through t(): this run's overrides apply everywhere.
  useCatalogueOverrides(locales);
  return {
    locales,
    newsletter: await pickTemplate(dir, theme === 'default' ? FILES.newsletter : `themes/${theme}/${FILES.newsletter}`, cwd),
    brief: await pickTemplate(dir, FILES.brief, cwd),
    thread: await pickTemplate(dir, FILES.thread, cwd),
    partials,
    custom: Boolean(dir),
    digest: await pickTemplate(dir, 'digest.mjml.hbs', cwd),
    digestBrief: await pickTemplate(dir, 'digest-brief.md.hbs', cwd),
    warnings: dir ? (await unusedOverrides(dir, path.relative(cwd, dir) || dir, OVERRIDABLE, await listPartials(BUILTIN_TEMPLATES))).map((w) => warning('unused-template', '', w)) : [],
  };
}
