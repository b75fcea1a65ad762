// Hashtags for posts: names first ("#InnerMongolia"), then a key term only when the headline is
// about it ("#Plague"); none when no good one exists — a bad hashtag is worse than none. A name
// keyword that the article mostly writes with a neighbour ("Hong Kong", "Home Depot") becomes the
// whole name; a month or a weekday is a date, not a topic.
import { toHashtag } from '../../analyze/keywords.js';
import { keywordProblem } from '../../text/keywordProblem.js';
import { NO_SPACE_SCRIPT, tokensOf } from '../../text/tokens.js';
import { stopwordsFor } from '../../text/stopwordsFor.js';

/** A word whose letters have no upper and lower case (Arabic, Hebrew, Devanagari, CJK, Hangul). */
const caseless = (word: string) => {
  const letter = /\p{L}/u.exec(word)?.[0];
  return letter !== undefined && letter.toUpperCase() === letter.toLowerCase();
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}'’-]*";

const calendars = new Map<string, Set<string>>();

/** Month and weekday names in the article's language (and English), lower case. */
function calendarWords(lang: string): Set<string> {
  const known = calendars.get(lang);
  if (known) return known;
  const words = new Set<string>();
  calendars.set(lang, words);
  for (const locale of [lang, 'en']) {
    try {
      const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) words.add(month.format(Date.UTC(2021, m, 1)).toLocaleLowerCase(locale));
      for (let d = 0; d < 7; d++) words.add(day.format(Date.UTC(2021, 0, 3 + d)).toLocaleLowerCase(locale));
    } catch {
      // an unknown language tag: English names only
    }
  }
  return words;
}

/**
 * The name a single capitalised word belongs to, when the article writes it with the same
 * capitalised neighbour in most of its uses ("Kong" -> "Hong Kong"); undefined when it is mostly a
 * part of different names ("University" of Pennsylvania, Johns Hopkins University…: no topic of its
 * own); the word itself otherwise.
 */
function wholeName(word: string, text: string | undefined, lang: string): string | undefined {
  if (!text || word.includes(' ')) return word;
  const stop = stopwordsFor(lang);
  const name = (w: string | undefined) => (w && !stop.has(w.toLocaleLowerCase(lang)) ? w : undefined);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${CAPITALISED}) )?${escapeRegExp(word)}(?: (${CAPITALISED})| of ${CAPITALISED})?(?![\\p{L}\\p{N}])`, 'gu');
  const names = new Map<string, number>();
  let uses = 0;
  let inNames = 0;
  for (const m of text.matchAll(pattern)) {
    uses++;
    const before = name(m[1]);
    const after = name(m[2]);
    if (before || after || m[0].includes(' of ')) inNames++;
    if (before || after) {
      const whole = [before, word, after].filter(Boolean).join(' ');
      names.set(whole, (names.get(whole) ?? 0) + 1);
    }
  }
  if (!uses) return word;
  const [best, n] = [...names.entries()].sort((a, b) => b[1] - a[1])[0] ?? [word, 0];
  if (n / uses >= 0.6) return best;
  return inNames / uses >= 0.6 ? undefined : word;
}

export function hashtagsFor(keywords: string[], headline: string, lang: string, max: number, blocklist: string[] = [], articleText?: string): string[] {
  if (max <= 0) return [];
  const blocked = new Set(blocklist.map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  const calendar = calendarWords(lang);
  const headlineWords = new Set(tokensOf(headline.toLocaleLowerCase(lang), lang));
  // Chinese, Japanese, Arabic, Hebrew, Hindi, Korean… have no capitals to tell a name: there a
  // keyword the headline also uses counts as one ("福岡市", "القاهرة").
  const inHeadline = (w: string) => (NO_SPACE_SCRIPT.test(w) ? headline.includes(w) : headlineWords.has(w));
  // A name the headline uses is the story's topic even when the text mostly writes it inside other
  // names ("Jakarta" of "Provinsi Jakarta", "PT MRT Jakarta").
  const names = keywords.filter((k) => /^\p{Lu}/u.test(k)).flatMap((k) => wholeName(k, articleText, lang) ?? (inHeadline(k.toLocaleLowerCase(lang)) ? [k] : []));
  const minLength = (w: string) => (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) ? 2 : caseless(w) ? 3 : 4);
  let terms = keywords.filter((k) => !/^\p{Lu}/u.test(k) && k.split(' ').some((w) => [...w].length >= minLength(w) && inHeadline(w)));
  // A Chinese or Japanese headline opens on its subject ("成都地铁…", "福岡市地下鉄…"): the terms it
  // names first go first, before the generic ones further on ("线路", "开通").
  if (NO_SPACE_SCRIPT.test(headline)) terms = [...terms].sort((a, b) => headline.indexOf(a) - headline.indexOf(b));
  const tags: string[] = [];
  for (const keyword of [...names, ...terms]) {
    // A brand spelt in lower case ("my6sense", "iPhone") keeps its spelling.
    const tag = /^\p{Ll}[\p{L}]*[\p{Lu}\p{N}][\p{L}\p{N}]*$/u.test(keyword) ? `#${keyword}` : toHashtag(keyword);
    if (!tag || tags.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) continue;
    if (blocked.has(tag.slice(1).toLocaleLowerCase()) || blocked.has(keyword.toLocaleLowerCase()) || keyword.split(/\s+/).some((w) => blocked.has(w.toLocaleLowerCase()))) continue;
    if (calendar.has(keyword.toLocaleLowerCase(lang))) continue;
    // The tag is checked as it is printed too: "#Shares" from "shares" is a capitalised common word.
    if (!keyword.includes(' ') && (keywordProblem(keyword, lang) || keywordProblem(tag, lang, articleText))) continue;
    tags.push(tag);
    if (tags.length >= max) break;
  }
  return tags;
}
