// Which sentences may appear in a summary at all: never a question to the reader, a caption,
// a byline, a dateline-only line or a fragment.

const CAPTION = /^(photo|image|picture|file photo|video|credit|caption|source)\b.{0,20}[:|]/i;
const BYLINE = /^(by|reporting by|additional reporting by|editing by|written by)\s/i;
const DATELINE_ONLY = /^[\p{Lu} .,'’-]{2,40}(\([^)]+\))?\s*[-–—:]?\s*$/u;
const TIMESTAMP = /^(updated|published|posted|last updated|first published)\b/i;
const EDITORIAL = /^(editor['’]s note|correction|clarification|note to readers|this (article|story) (was|has been))\b/i;
const MIN_WORDS = 6;

export function isEligible(sentence: string): boolean {
  const text = sentence.trim();
  if (text.split(/\s+/).length < MIN_WORDS) return false;
  if (/\?["”’)]*$/.test(text)) return false;
  if (CAPTION.test(text) || BYLINE.test(text) || TIMESTAMP.test(text) || EDITORIAL.test(text) || DATELINE_ONLY.test(text)) return false;
  // A sentence with an unclosed quote was cut from a multi-sentence quote: it reads oddly alone.
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  return opens === closes;
}
