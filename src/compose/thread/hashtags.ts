// Hashtags for posts: names first ("#InnerMongolia"), then a key term only when the headline is
// about it ("#Plague"); none when no good one exists — a bad hashtag is worse than none.
import { toHashtag } from '../../analyze/keywords.js';
import { keywordProblem } from '../../text/keywordProblem.js';

export function hashtagsFor(keywords: string[], headline: string, lang: string, max: number, blocklist: string[] = []): string[] {
  if (max <= 0) return [];
  const blocked = new Set(blocklist.map((b) => b.replace(/^#/, '').toLocaleLowerCase()));
  const headlineWords = new Set((headline.toLocaleLowerCase(lang).match(/[\p{L}\p{N}]+/gu) ?? []));
  const names = keywords.filter((k) => /^\p{Lu}/u.test(k));
  const terms = keywords.filter((k) => !/^\p{Lu}/u.test(k) && k.split(' ').some((w) => w.length >= 4 && headlineWords.has(w)));
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
