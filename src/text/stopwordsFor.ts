// Stop words per language from stopwords-iso (a maintained collection for 58 languages), loaded on
// first use (200 KB of JSON) and turned into a Set per language.
import { lazy } from '../lazy.js';

const sets = new Map<string, Set<string>>();

/** The stop words of `lang` (ISO 639-1), lower-case; English words are always included. */
export function stopwordsFor(lang: string): Set<string> {
  const code = (lang || 'en').toLowerCase().split('-')[0] ?? 'en';
  let set = sets.get(code);
  if (!set) {
    const all = lazy<Record<string, string[]>>('stopwords-iso');
    set = new Set([...(all.en ?? []), ...(code !== 'en' ? (all[code] ?? []) : [])].map((w) => w.toLowerCase()));
    sets.set(code, set);
  }
  return set;
}
