// Hashtags for posts: names first ("#InnerMongolia"), then a key term only when the headline is
// about it ("#Plague"); none when no good one exists — a bad hashtag is worse than none.
import { toHashtag } from '../../analyze/keywords.js';
import { keywordProblem } from '../../text/keywordProblem.js';
import { NO_SPACE_SCRIPT, tokensOf } from '../../text/tokens.js';

/** A word whose letters have no upper and lower case (Arabic, Hebrew, Devanagari, CJK, Hangul). */
const caseless = (word: string) => {
  const letter = /\p{L}/u.exec(word)?.[0];
  return letter !== undefined && letter.toUpperCase() === letter.toLowerCase();
};

export function hashtagsFor(keywords: string[], headline: string, lang: string, max: number, blocklist: string[] = []): string[] {
  if (max <= 0) return [];
  const blocked = new Set(blocklist.map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  const headlineWords = new Set(tokensOf(headline.toLocaleLowerCase(lang), lang));
  // Chinese, Japanese, Arabic, Hebrew, Hindi, Korean… have no capitals to tell a name: there a
  // keyword the headline also uses counts as one ("福岡市", "القاهرة").
  const inHeadline = (w: string) => (NO_SPACE_SCRIPT.test(w) ? headline.includes(w) : headlineWords.has(w));
  const names = keywords.filter((k) => /^\p{Lu}/u.test(k));
  const minLength = (w: string) => (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) ? 2 : caseless(w) ? 3 : 4);
  let terms = keywords.filter((k) => !/^\p{Lu}/u.test(k) && k.split(' ').some((w) => [...w].length >= minLength(w) && inHeadline(w)));
  // A Chinese or Japanese headline opens on its subject ("成都地铁…", "福岡市地下鉄…"): the terms it
  // names first go first, before the generic ones further on ("线路", "开通").
  if (NO_SPACE_SCRIPT.test(headline)) terms = [...terms].sort((a, b) => headline.indexOf(a) - headline.indexOf(b));
  const tags: string[] = [];
  for (const keyword of [...names, ...terms]) {
    const tag = toHashtag(keyword);
    if (!tag || tags.includes(tag)) continue;
    if (blocked.has(tag.slice(1).toLocaleLowerCase()) || blocked.has(keyword.toLocaleLowerCase())) continue;
    if (!keyword.includes(' ') && keywordProblem(keyword, lang)) continue;
    tags.push(tag);
    if (tags.length >= max) break;
  }
  return tags;
}
