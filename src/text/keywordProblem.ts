// What makes a keyword or hashtag bad: a stop word or contraction ("they’re", "We've"), a common
// word that is capitalised only because it opens sentences ("Given"), half of a name ("#Inner" for
// Inner Mongolia), or a word carrying a grammatical particle ("#엘제이의"). No hashtag is better
// than a bad one.
import { stopwordsFor } from './stopwordsFor.js';

// Korean particles that attach to nouns: "엘제이의" is "of LJ", not a name.
const KOREAN_PARTICLE = /(?:의|은|는|을|를|에서|에게|께서|으로|로|와|과|도|만|이다)$/u;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Why `keyword` is not a good keyword of an article in `lang`, or undefined when it is. */
export function keywordProblem(keyword: string, lang = 'en', articleText?: string): string | undefined {
  const word = keyword.replace(/^#/, '').trim();
  if (!word) return 'empty';
  if (/['’]/.test(word)) return 'contraction';
  const lower = word.toLocaleLowerCase(lang);
  if (stopwordsFor(lang).has(lower)) return 'stop word';
  if (/^\p{N}+$/u.test(word)) return 'number';
  if ((lang === 'ko' || /\p{Script=Hangul}/u.test(word)) && word.length > 2 && KOREAN_PARTICLE.test(word)) return 'particle';
  if (!articleText || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  // A capitalised word the article writes in lower case elsewhere, and capitalises only at the
  // start of sentences, is a common word ("Given", "Found").
  const mid = new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}\\b`, 'u');
  const lowerUse = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(lower)}(?:[^\\p{L}]|$)`, 'u');
  if (!mid.test(articleText) && lowerUse.test(articleText)) return 'common word';
  // Half of a name: the word is mostly followed by another capitalised word ("Inner Mongolia").
  const uses = articleText.match(new RegExp(`\\b${escapeRegExp(word)}\\b[^\\s]?`, 'gu'))?.length ?? 0;
  const joined = articleText.match(new RegExp(`\\b${escapeRegExp(word)} \\p{Lu}\\p{Ll}+`, 'gu'))?.length ?? 0;
  if (uses >= 2 && joined / uses > 0.6) return 'part of a name';
  return undefined;
}
