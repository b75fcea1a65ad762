// Language tags as crier uses them: the article's language (front matter, <html lang>, detection) or
// the user's --lang / config `language`, cleaned into a BCP 47 tag that Intl accepts. The interface
// text, dates, numbers, direction and fonts of an edition all follow one tag.

/** The languages whose interface text ships with crier (templates/locales/<code>.json). */
export const BUILTIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'ja', 'zh', 'ko', 'id'] as const;

/** Written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, Sorani, Sindhi, Uyghur. */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/**
 * A usable tag from whatever the page or the user said: "de, at, ch" -> "de", "pt_BR" -> "pt-BR",
 * "EN-gb" -> "en-GB"; "und", empty or unparseable -> `fallback`.
 */
export function languageTag(code: string | undefined, fallback = 'en'): string {
  const first = (code ?? '').trim().split(/[\s,;]+/)[0]?.replace(/_/g, '-') ?? '';
  if (!first || /^und\b/i.test(first) || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return fallback;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** "pt-BR" -> "pt"; "iw" (Hebrew's old code) -> "he". */
export function baseLanguage(tag: string): string {
  const base = (tag.split('-')[0] ?? 'en').toLowerCase();
  return base === 'iw' ? 'he' : base;
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

/** "Finnish (fi)" for warnings. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/**
 * The language an edition speaks to its readers: --lang or config `language` when given, else the
 * article's own language.
 */
export function interfaceLanguage(configured: string | undefined, articleLang: string | undefined): string {
  return languageTag(configured, languageTag(articleLang));
}

/** The language most articles are in (the first one's on a tie): a weekly edition speaks one language. */
export function mostCommonLanguage(langs: (string | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const lang of langs) {
    const tag = languageTag(lang);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  let best = 'en';
  let most = 0;
  for (const [tag, count] of counts) {
    if (count > most) {
      best = tag;
      most = count;
    }
  }
  return best;
}
