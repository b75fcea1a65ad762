// The interface text catalogues: templates/locales/<lang>.json shipped with crier, overridden key by
// key by the locales/ folder of a --templates folder. A catalogue maps a key to a text, or to the
// plural forms of Intl.PluralRules ({ "one": "{n} min read", "other": "{n} min read" }).
//
// Like the stop word lists, the built-in catalogues are static data read on first use; the user's
// overrides are installed once per run by loadTemplates (useCatalogueOverrides), so compose can call
// t(lang, key) without the catalogues being threaded through every stage.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CrierError } from '../errors.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalogue = Record<string, Message>;

/** A catalogue and the file it came from (named in warnings and errors). */
export interface CatalogueFile {
  path: string;
  messages: Catalogue;
}

export const BUILTIN_LOCALES = fileURLToPath(new URL('../../templates/locales/', import.meta.url));

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A catalogue file's text -> its messages, or one clear error naming the file and the key. */
export function parseCatalogue(text: string, file: string): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CrierError('TEMPLATE_ERROR', `${file} is not valid JSON: ${(error as Error).message}`, { hint: 'a catalogue is one JSON object of "key": "text"', cause: error });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new CrierError('TEMPLATE_ERROR', `${file} must hold one JSON object of "key": "text"`, { hint: 'see templates/locales/en.json' });
  }
  const messages: Catalogue = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === 'string') {
      messages[key] = value;
      continue;
    }
    const forms = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    const bad = forms ? Object.entries(forms).find(([k, v]) => !PLURAL_CATEGORIES.has(k) || typeof v !== 'string') : undefined;
    if (!forms || bad || typeof forms.other !== 'string') {
      throw new CrierError('TEMPLATE_ERROR', `${file}: "${key}" must be a text or plural forms with "other" (zero, one, two, few, many, other)`, {
        hint: 'e.g. "minRead": { "one": "{n} min read", "other": "{n} min read" }',
      });
    }
    messages[key] = forms as PluralForms;
  }
  return messages;
}

const builtin = new Map<string, CatalogueFile | null>();
let overrides = new Map<string, CatalogueFile>();

/** The catalogue crier ships for `code` ("de"), or undefined. */
function builtinCatalogue(code: string): CatalogueFile | undefined {
  if (!builtin.has(code)) {
    const file = `${BUILTIN_LOCALES}${code}.json`;
    // Only plain codes name a file: a tag from a page never reaches outside the folder.
    const found = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(code) && existsSync(file);
    builtin.set(code, found ? { path: `templates/locales/${code}.json`, messages: parseCatalogue(readFileSync(file, 'utf8'), `templates/locales/${code}.json`) } : null);
  }
  return builtin.get(code) ?? undefined;
}

/** Installs the --templates folder's locales/ (keyed by lower-case code); an empty map removes them. */
export function useCatalogueOverrides(files: Map<string, CatalogueFile>): void {
  overrides = new Map([...files].map(([code, file]) => [code.toLowerCase(), file]));
}

/** The catalogues that speak `code`, the user's first: each key is looked up in that order. */
export function cataloguesFor(code: string): CatalogueFile[] {
  const lower = code.toLowerCase();
  return [overrides.get(lower), builtinCatalogue(lower)].filter((c): c is CatalogueFile => Boolean(c));
}
