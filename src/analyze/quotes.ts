// Direct quotes and who said them, where the text says so:
//   “…,” Putin told Bolton.   “…,” said Sergei Karaganov.   Bolton wrote that “…”   “…” he told Putin.
// A pronoun speaker ("he told Putin") is resolved to the last named speaker in the two paragraphs before.
import type { Quote, Sentence } from './types.js';

const VERBS =
  'said|says|told|tells|added|adds|replied|replies|wrote|writes|asked|asks|explained|explains|noted|notes|warned|warns|argued|argues|insisted|insists|stressed|stresses|declared|declares|recalled|recalls|continued|continues|according to|tweeted|posted|admitted|admits|acknowledged|acknowledges|announced|announces|claimed|claims|suggested|suggests|responded|responds|remarked|concluded|conceded|emphasized|emphasised|observed';
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|der|bin|al|la|le))*";
const PRONOUN = '(?:he|she|they|He|She|They)';
const SUBJECT = `(${NAME}|${PRONOUN})`;

const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(${NAME})`, 'u');
const AFTER_NAME_FIRST = new RegExp(`^[\\s,]*${SUBJECT}\\s+(?:${VERBS})\\b`, 'u');
const BEFORE = new RegExp(`${SUBJECT}\\s+(?:${VERBS})(?:\\s+(?:${NAME}|him|her|them|reporters))?(?:\\s+that)?[\\s,:]*$`, 'u');
const SENTENCE_END_SAID = new RegExp(`(?:${VERBS})\\s+(${NAME})(?:,[^.]*)?[.!?]?$`, 'u');

/** Words that start with a capital because they open a sentence, not because they are a name. */
const NOT_NAMES = new Set(['The', 'But', 'And', 'In', 'On', 'At', 'It', 'This', 'That', 'A', 'An', 'As', 'If', 'When', 'Still']);

const QUOTE_SPAN = /“([^”]{2,}?)”|"([^"]{2,}?)"/gu;
const MIN_QUOTE_WORDS = 3;

function cleanName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const words = raw.trim().replace(/[.,]$/, '').split(/\s+/);
  while (words.length && NOT_NAMES.has(words[0] ?? '')) words.shift();
  const name = words.join(' ');
  return name || undefined;
}

function isPronoun(word: string): boolean {
  return /^(he|she|they)$/i.test(word);
}

function findSpeaker(sentence: string, start: number, end: number): string | undefined {
  const after = sentence.slice(end);
  const before = sentence.slice(0, start);
  const candidates = [
    AFTER_VERB_FIRST.exec(after)?.[1],
    AFTER_NAME_FIRST.exec(after)?.[1],
    BEFORE.exec(before)?.[1],
    SENTENCE_END_SAID.exec(sentence)?.[1],
  ];
  for (const candidate of candidates) {
    const name = isPronoun(candidate ?? '') ? candidate : cleanName(candidate);
    if (name) return name;
  }
  return undefined;
}

interface Located {
  text: string;
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

/** Sentences grouped by paragraph with their offsets, so a quote can span sentences. */
function paragraphsOf(sentences: Sentence[]): { text: string; sentences: Located[] }[] {
  const out: { text: string; sentences: Located[] }[] = [];
  let current: { text: string; sentences: Located[] } | undefined;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (!current || sentence.paragraph !== paragraph) {
      current = { text: '', sentences: [] };
      out.push(current);
      paragraph = sentence.paragraph;
    }
    const start = current.text ? current.text.length + 1 : 0;
    current.text = current.text ? `${current.text} ${sentence.text}` : sentence.text;
    current.sentences.push({ ...sentence, start, end: start + sentence.text.length });
  }
  return out;
}

export function extractQuotes(sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let lastNamed: { name: string; paragraph: number } | undefined;
  for (const paragraph of paragraphsOf(sentences)) {
    let previousSpeaker: { name: string; sentence: number } | undefined;
    for (const match of paragraph.text.matchAll(QUOTE_SPAN)) {
      const text = (match[1] ?? match[2] ?? '').trim().replace(/,$/, '');
      if (text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const start = match.index;
      const end = start + match[0].length;
      const first = paragraph.sentences.find((s) => s.end > start) ?? paragraph.sentences[0];
      const last = paragraph.sentences.find((s) => s.end >= end - 1) ?? first;
      if (!first || !last) continue;
      // Speaker cues live in the sentence(s) the quote sits in.
      const local = paragraph.text.slice(first.start, last.end);
      let speaker = findSpeaker(local, start - first.start, end - first.start);
      if (!speaker && previousSpeaker?.sentence === first.index) speaker = previousSpeaker.name;
      if (speaker && isPronoun(speaker)) {
        speaker = lastNamed && first.paragraph - lastNamed.paragraph <= 2 ? lastNamed.name : undefined;
      }
      if (speaker) {
        previousSpeaker = { name: speaker, sentence: first.index };
        lastNamed = { name: speaker, paragraph: first.paragraph };
      }
      const quote: Quote = { text, sentence: first.index };
      if (speaker) quote.speaker = speaker;
      quotes.push(quote);
    }
  }
  return quotes;
}

/** The quote a reader should see first: a named speaker, a whole thought, not too long. */
export function strongestQuote(quotes: Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let bestScore = -Infinity;
  for (const quote of quotes) {
    const words = quote.text.split(/\s+/).length;
    let score = 0;
    if (quote.speaker) score += 3;
    if (/^[\p{Lu}]/u.test(quote.text)) score += 1; // a full sentence, not a fragment
    if (words >= 8 && words <= 40) score += 2;
    else if (words > 60) score -= 2;
    score -= quote.sentence * 0.02; // earlier quotes are usually the news
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}
