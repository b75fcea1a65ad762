// The words of an article, counted once, so that judging a keyword is a few map lookups instead
// of scanning the whole text with several regular expressions per candidate (a 200-article weekly
// edition spent seconds there). Words are runs of letters and digits; two words are "next to each
// other" when a single space separates them, as in a name ("Hong Kong") or a term ("bubonic plague").

export interface WordIndex {
  /** How often the word occurs, any case. */
  uses(word: string): number;
  /** How often exactly this spelling occurs. */
  exact(word: string): number;
  /** True when the word occurs right after a lower-case letter, a comma or a semicolon and a space. */
  midSentence(word: string): boolean;
  /** How often this spelling is followed by a capitalised word ("Inner" → "Mongolia"). */
  beforeName(word: string): number;
  /** The capitalised words (as written) that come right before this spelling, with their counts. */
  after(word: string): Map<string, number>;
  /** The words (lower-case) that come right after the word in any case, with their counts. */
  before(word: string): Map<string, number>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function nested(map: Map<string, Map<string, number>>, key: string): Map<string, number> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

export function buildWordIndex(text: string, lang = 'en'): WordIndex {
  const anyCase = new Map<string, number>();
  const exact = new Map<string, number>();
  const mid = new Set<string>();
  const beforeName = new Map<string, number>();
  const following = new Map<string, Map<string, number>>();
  const preceding = new Map<string, Map<string, number>>();
  let previous: { word: string; end: number } | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    const lower = word.toLocaleLowerCase(lang);
    bump(anyCase, lower);
    bump(exact, word);
    const spaced = previous !== undefined && previous.end === start - 1 && text[start - 1] === ' ';
    if (start >= 2 && text[start - 1] === ' ' && /[\p{Ll},;]/u.test(text[start - 2] ?? '')) mid.add(word);
    if (previous && spaced) {
      if (CAPITALISED.test(word)) bump(beforeName, previous.word);
      bump(nested(following, previous.word.toLocaleLowerCase(lang)), lower);
      if (CAPITALISED.test(previous.word)) bump(nested(preceding, word), previous.word);
    }
    previous = { word, end: start + word.length };
  }
  return {
    uses: (word) => anyCase.get(word.toLocaleLowerCase(lang)) ?? 0,
    exact: (word) => exact.get(word) ?? 0,
    midSentence: (word) => mid.has(word),
    beforeName: (word) => beforeName.get(word) ?? 0,
    after: (word) => preceding.get(word) ?? new Map(),
    before: (word) => following.get(word.toLocaleLowerCase(lang)) ?? new Map(),
  };
}

// Callers judge many keywords of one article in a row: keep the last index.
let last: { text: string; lang: string; index: WordIndex } | undefined;

/** The index of `text`, built once for consecutive calls with the same text. */
export function wordIndexOf(text: string, lang = 'en'): WordIndex {
  if (last?.text !== text || last.lang !== lang) last = { text, lang, index: buildWordIndex(text, lang) };
  return last.index;
}
