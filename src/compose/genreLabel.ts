// The label an edition shows for a piece that is not straight news: readers must know an opinion
// or an analysis is one before they read its claims. News, recipes and lists carry no label, and
// neither does a headline that already says it ("Xbox One X review: …"). The label is in the
// edition's language ("Meinung", "Analyse", "Rezension").
import { t } from '../i18n/t.js';
import type { Genre } from '../extract/types.js';

const LABELS: Partial<Record<Genre, string>> = { opinion: 'genreOpinion', analysis: 'genreAnalysis', review: 'genreReview' };

export function genreLabel(genre: Genre | undefined, headline = '', lang = 'en'): string | undefined {
  const key = genre ? LABELS[genre] : undefined;
  if (!key) return undefined;
  // A headline that already says it in either language ("Opinion | …" over a German edition) needs no label.
  const labels = [t(lang, key), t('en', key)];
  if (labels.some((label) => headline.toLocaleLowerCase().includes(label.toLocaleLowerCase()))) return undefined;
  return labels[0];
}
