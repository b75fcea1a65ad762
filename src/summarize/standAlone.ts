// The minimal edits that let an article sentence stand alone in a summary: a wire dateline comes
// off the front ("VIENNA — Talks resumed" -> "Talks resumed"), and so does a connective that leans
// on the sentence before ("But the council voted" -> "The council voted"). Every edit is returned,
// so the summary can say what it changed; nothing else in the sentence is touched.
import { stripDateline } from '../text/datelines.js';
import { danglingOpener, dropOpener } from '../text/openers.js';
import type { SentenceEdit } from './types.js';

export type { SentenceEdit };

export interface StandAlone {
  text: string;
  edits: SentenceEdit[];
  /** Set when the sentence leans on another and no small edit fixes it. */
  leans?: string;
}

export function standAlone(sentence: string, lang = 'en'): StandAlone {
  const edits: SentenceEdit[] = [];
  let text = sentence;
  const { text: undated, dateline } = stripDateline(text);
  if (dateline) {
    edits.push({ from: text, to: undated, reason: 'dateline' });
    text = undated;
  }
  const opener = danglingOpener(text, lang);
  if (opener) {
    const dropped = dropOpener(text, lang);
    if (!dropped) return { text, edits, leans: opener };
    edits.push({ from: text, to: dropped, reason: 'opener' });
    text = dropped;
  }
  // Edits chain; the summary reports one edit from the article's sentence to what it prints.
  return { text, edits: edits.length > 1 ? [{ from: sentence, to: text, reason: edits[edits.length - 1]?.reason ?? 'opener' }] : edits };
}
