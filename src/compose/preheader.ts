// The preheader: the grey line inbox lists show after the subject. 40-130 characters, from the
// summary, and never the first words of the body (clients already show those when it is missing).
import { listOf, t } from '../i18n/t.js';
import type { Summary } from '../summarize/types.js';

export const PREHEADER_MIN = 40;
export const PREHEADER_MAX = 130;

/** Cuts text to max characters at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function preheaderFor(summary: Summary, bodyStart: string, lang = 'en'): string {
  const quote = summary.quotes[0];
  const candidates = [
    ...summary.sentences.slice(1),
    quote?.speaker ? `${quote.speaker}: ${t(lang, 'quote', { text: quote.text })}` : undefined,
    summary.keywords.length ? t(lang, 'inThisIssueList', { list: listOf(lang, summary.keywords.slice(0, 5)) }) : undefined,
    summary.sentences[0],
  ].filter((c): c is string => Boolean(c));
  const opening = bodyStart.slice(0, 30).toLowerCase();
  for (const candidate of candidates) {
    const text = clip(candidate, PREHEADER_MAX);
    if (text.length >= PREHEADER_MIN && !text.toLowerCase().startsWith(opening)) return text;
  }
  return clip(candidates[0] ?? summary.headline, PREHEADER_MAX);
}
