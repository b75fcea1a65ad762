// The label an edition shows for a piece that is not straight news: readers must know an opinion
// or an analysis is one before they read its claims. News, recipes and lists carry no label, and
// neither does a headline that already says it ("Xbox One X review: …").
import type { Genre } from '../extract/types.js';

const LABELS: Partial<Record<Genre, string>> = { opinion: 'Opinion', analysis: 'Analysis', review: 'Review' };

export function genreLabel(genre: Genre | undefined, headline = ''): string | undefined {
  const label = genre ? LABELS[genre] : undefined;
  if (!label || headline.toLowerCase().includes(label.toLowerCase())) return undefined;
  return label;
}
