// What a user should know about an edition's interface language: that it has no catalogue at all
// (everything is in English), or which keys its catalogue lacks (those are in English). Said once per
// edition, naming the language, the keys and the file to add them to.
import { cataloguesFor } from './catalogues.js';
import { baseLanguage, languageName, languageTag } from './languages.js';
import { englishKeys, lookupChain } from './t.js';

export function localeWarnings(lang: string): string[] {
  const tag = languageTag(lang);
  const base = baseLanguage(tag);
  if (base === 'en') return [];
  const chain = lookupChain(tag).filter((code) => code !== 'en');
  const catalogues = chain.flatMap((code) => cataloguesFor(code));
  if (catalogues.length === 0) {
    return [`no interface text for ${languageName(tag)}: the email, brief and posts say "Read the full story", "Unsubscribe"… in English (add locales/${base}.json to a --templates folder; templates/locales/en.json lists the keys)`];
  }
  const have = new Set(catalogues.flatMap((c) => Object.keys(c.messages)));
  const missing = englishKeys().filter((key) => !have.has(key));
  if (missing.length === 0) return [];
  const file = catalogues[0]?.path ?? `locales/${base}.json`;
  const keys = missing.map((k) => `"${k}"`).join(', ');
  return [`${file} has no ${keys} for ${languageName(tag)}: ${missing.length === 1 ? 'that text is' : 'those texts are'} in English`];
}
