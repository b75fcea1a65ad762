// What makes a keyword or hashtag bad: a stop word or contraction ("they’re", "We've"), a common
// word that is capitalised only because it opens sentences ("Given"), half of a name ("#Inner" for
// Inner Mongolia), or a word carrying a grammatical particle ("#엘제이의"). No hashtag is better
// than a bad one.
import { stopwordsFor } from './stopwordsFor.js';
import { wordIndexOf } from './wordIndex.js';
import { baseForms, type BaseForms } from './wordForms.js';

// Japanese particles after a name or a noun: "東京の", "福岡市は".
const JAPANESE_PARTICLE = /[\p{Script=Han}\p{Script=Katakana}ー](?:の|は|が|を|に|で|と|も|へ|から|まで|より)$/u;

let lastForms: { text: string; lang: string; forms: BaseForms } | undefined;
/** The article's word forms, kept for the next call: keywords are checked one by one against one text. */
function formsOf(text: string, lang: string): BaseForms {
  if (lastForms?.text !== text || lastForms.lang !== lang) lastForms = { text, lang, forms: baseForms(text.split(/(?<=[.!?…])\s+/u), lang) };
  return lastForms.forms;
}

// German nouns are all capitalised, so a capital says nothing of a name: the most general nouns
// are never a keyword or a hashtag ("#Frau", "#Jahrhundert", "#Leben", "Abs" for Absatz).
const GERMAN_GENERIC = new Set(['frau', 'frauen', 'mann', 'männer', 'mensch', 'menschen', 'leute', 'kind', 'kinder', 'jahr', 'jahre', 'jahren', 'jahres', 'monat', 'monate', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'zeit', 'jahrhundert', 'leben', 'welt', 'teil', 'ende', 'anfang', 'seite', 'beispiel', 'art', 'fall', 'frage', 'fragen', 'thema', 'themen', 'sache', 'dinge', 'ding', 'weg', 'prozent', 'euro', 'million', 'millionen', 'milliarden', 'beratung', 'informationen', 'abs', 'nr', 'sitz', 'stelle', 'grund', 'problem', 'probleme', 'möglichkeit', 'möglichkeiten', 'hilfe', 'bereich', 'bereiche', 'ziel', 'blick', 'hand', 'artikel']);

// Korean particles that attach to nouns: "엘제이의" is "of LJ", not a name.
const KOREAN_PARTICLE = /(?:의|은|는|을|를|에서|에게|께서|으로|로|와|과|도|만|이다)$/u;

/** Why `keyword` is not a good keyword of an article in `lang`, or undefined when it is. */
export function keywordProblem(keyword: string, lang = 'en', articleText?: string): string | undefined {
  const word = keyword.replace(/^#/, '').trim();
  if (!word) return 'empty';
  if (/['’]/.test(word)) return 'contraction';
  const lower = word.toLocaleLowerCase(lang);
  if (stopwordsFor(lang).has(lower)) return 'stop word';
  if (/^\p{N}+$/u.test(word)) return 'number';
  if ((lang === 'ko' || /\p{Script=Hangul}/u.test(word)) && word.length > 2 && KOREAN_PARTICLE.test(word)) return 'particle';
  if (JAPANESE_PARTICLE.test(word)) return 'particle';
  if (/^de\b/.test(lang) && GERMAN_GENERIC.has(lower)) return 'common word';
  if (articleText && /^(?:ru|uk|pl)\b/.test(lang)) {
    // "#Казани" when the article also says "Казань"; or a form the article only ever inflects.
    const form = formsOf(articleText, lang).get(word);
    if (form === null || (form !== undefined && form !== word)) return 'case ending';
  }
  if (!articleText || !/^\p{L}\p{Ll}+$/u.test(word)) return undefined;
  const index = wordIndexOf(articleText, lang);
  const stop = stopwordsFor(lang);
  // A capitalised word the article writes in lower case elsewhere, and capitalises only at the
  // start of sentences, is a common word ("Given", "Found").
  // (A hashtag capitalises a key term on purpose: "#Plague" for a story that says "plague" again
  // and again is a key term, not a sentence-initial accident.)
  const lowerUses = index.exact(lower);
  if (!index.midSentence(word) && lowerUses > 0 && lowerUses < 3) return 'common word';
  // Half of a name: the word is mostly followed by another capitalised word ("Inner Mongolia").
  const uses = index.uses(word);
  if (uses >= 2 && index.beforeName(word) / uses > 0.6) return 'part of a name';
  // ... or mostly preceded by one ("Kong" of Hong Kong; "Putin" after "Vladimir" once is fine).
  let preceded = 0;
  for (const [name, n] of index.after(word)) if (!stop.has(name.toLocaleLowerCase(lang))) preceded += n;
  if (uses >= 2 && preceded / uses > 0.8) return 'part of a name';
  // Half of a term: the word is mostly followed by the same word ("bubonic plague", "feather duvet").
  let most = 0;
  for (const [next, n] of index.before(word)) if (!stop.has(next) && /^\p{L}+$/u.test(next)) most = Math.max(most, n);
  if (uses >= 2 && most / uses > 0.6) return 'part of a term';
  return undefined;
}
