// t(lang, key, vars): one interface text in the edition's language. Looked up in the language's
// catalogues (the user's first), then in its base language ("pt-BR" -> "pt"), then in English; plural
// forms chosen by Intl.PluralRules of the language the text is in; {name} placeholders filled, and
// numbers written as that language writes them (Intl.NumberFormat: "٥" in ar-EG, "5" in de).
import { closest } from '../text/closest.js';
import { cataloguesFor, type Message } from './catalogues.js';
import { baseLanguage, languageTag } from './languages.js';

export type MessageVars = Record<string, string | number | undefined>;

/** A key that no catalogue has, not even English: a template or code asked for text that does not exist. */
export class UnknownMessageError extends Error {
  constructor(
    readonly key: string,
    readonly suggestion?: string,
  ) {
    super(`no interface text "${key}" in templates/locales/en.json${suggestion ? `: did you mean "${suggestion}"?` : ''}`);
  }
}

/** The languages to look a key up in, most specific first: "pt-BR" -> pt-BR, pt, en. */
export function lookupChain(lang: string): string[] {
  const tag = languageTag(lang);
  return [...new Set([tag, baseLanguage(tag), 'en'])];
}

/** The text of `key` and the language it was found in, or undefined. */
export function findMessage(lang: string, key: string): { message: Message; lang: string } | undefined {
  for (const code of lookupChain(lang)) {
    for (const catalogue of cataloguesFor(code)) {
      const message = catalogue.messages[key];
      if (message !== undefined) return { message, lang: code };
    }
  }
  return undefined;
}

/** Every key English has: the full set a catalogue should cover. */
export function englishKeys(): string[] {
  return [...new Set(cataloguesFor('en').flatMap((c) => Object.keys(c.messages)))].sort();
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(map: Map<string, T>, lang: string, make: (lang: string) => T, fallback: () => T): T {
  let value = map.get(lang);
  if (!value) {
    try {
      value = make(lang);
    } catch {
      value = fallback();
    }
    map.set(lang, value);
  }
  return value;
}

/** A number as the language writes it; no grouping, so a year stays "2026". */
export function formatNumber(n: number, lang: string): string {
  return cached(numberFormats, languageTag(lang), (l) => new Intl.NumberFormat(l, { useGrouping: false }), () => new Intl.NumberFormat('en', { useGrouping: false })).format(n);
}

function pluralCategory(n: number, lang: string): Intl.LDMLPluralRule {
  return cached(pluralRules, lang, (l) => new Intl.PluralRules(l), () => new Intl.PluralRules('en')).select(n);
}

export interface MessageOptions {
  /** Applied to the catalogue's own words, not to the values put into them (Markdown escaping). */
  literal?: (text: string) => string;
}

/**
 * The interface text `key` in `lang` ("de", "pt-BR"). Falls back to English when the language has no
 * such text (localeWarnings says so once per edition); throws UnknownMessageError when English has
 * none either, and a plain Error when a {placeholder} has no value.
 */
export function t(lang: string, key: string, vars: MessageVars = {}, options: MessageOptions = {}): string {
  const found = findMessage(lang, key);
  if (!found) throw new UnknownMessageError(key, closest(key, englishKeys()));
  const { message } = found;
  // Numbers and plural forms follow the language the text is written in (English when it fell back).
  const textLang = found.lang === baseLanguage(languageTag(lang)) ? languageTag(lang) : found.lang;
  let pattern: string;
  if (typeof message === 'string') pattern = message;
  else {
    const n = vars.n;
    if (typeof n !== 'number') throw new Error(`interface text "${key}" has plural forms and needs a number n (e.g. {{t "${key}" n=count}})`);
    pattern = message[pluralCategory(n, textLang)] ?? message.other;
  }
  const literal = options.literal ?? ((s: string) => s);
  let out = '';
  let last = 0;
  for (const match of pattern.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    const value = vars[name];
    if (value === undefined) throw new Error(`interface text "${key}" needs a value for {${name}}`);
    out += literal(pattern.slice(last, match.index)) + (typeof value === 'number' ? formatNumber(value, textLang) : value);
    last = match.index + match[0].length;
  }
  return out + literal(pattern.slice(last));
}

/** Items joined as the language lists them: "a, b, c" / "a、b、c" / "a، b". */
export function listOf(lang: string, items: readonly string[]): string {
  return items.join(t(lang, 'listSeparator'));
}

/** "A, B and C" in the language (Intl.ListFormat); English without the serial comma, as crier always wrote it. */
export function conjunction(lang: string, items: readonly string[]): string {
  const tag = baseLanguage(languageTag(lang)) === 'en' ? 'en-GB' : languageTag(lang);
  try {
    return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
  }
}
