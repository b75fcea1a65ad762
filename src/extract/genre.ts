// What kind of piece an article is, from the page's own metadata: JSON-LD @type
// (OpinionNewsArticle, AnalysisNewsArticle, Review, Recipe), article:section ("Opinion",
// "Commentary"), the URL path (/opinion/, /commentisfree/, /reviews/), a label before the headline
// ("Column:", "Analysis |", "… review:"). Compose labels opinion and analysis so the reader knows
// whose claims they read; a review leads with its verdict; a recipe or a list is not a news story.
import type { Genre } from './types.js';

export interface GenreHints {
  types?: string[] | undefined;
  section?: string | undefined;
  url?: string | undefined;
  title?: string | undefined;
  byline?: string | null | undefined;
}

const TYPE_GENRES: [RegExp, Genre][] = [
  [/^(?:OpinionNewsArticle|Opinion|SatiricalArticle)$/, 'opinion'],
  [/^(?:AnalysisNewsArticle|BackgroundNewsArticle)$/, 'analysis'],
  [/^(?:Review|ReviewNewsArticle|CriticReview|UserReview|EmployerReview)$/, 'review'],
  [/^Recipe$/, 'recipe'],
];
const SECTION_GENRES: [RegExp, Genre][] = [
  [/^(?:opinions?|commentary|comment|columns?|columnists?|editorials?|op-?eds?|views|letters|perspectives?|meinung|kommentar|opinião|opinión|opinion[es]?|tribune|chroniques?)$/i, 'opinion'],
  [/^(?:analysis|news analysis|analyse|explainer)$/i, 'analysis'],
  [/^(?:reviews?|critics?|kritik|critiques?)$/i, 'review'],
  [/^(?:recipes?|rezepte?|receitas?|recetas?|recettes?)$/i, 'recipe'],
];
const PATH_GENRES: [RegExp, Genre][] = [
  [/\/(?:opinions?|commentisfree|commentary|columnists?|columns?|editorials?|op-?eds?|meinung|opiniao|opinion)\//i, 'opinion'],
  [/\/(?:analysis|news-analysis)\//i, 'analysis'],
  [/\/(?:reviews?)\//i, 'review'],
  [/\/(?:recipes?|rezepte?|receitas?|recetas?|recettes?)\//i, 'recipe'],
];
const TITLE_GENRES: [RegExp, Genre][] = [
  [/^(?:opinion|column|commentary|editorial|op-ed|the \S+ view on)\b\s*[:|–—-]?/i, 'opinion'],
  [/^(?:analysis|news analysis)\s*[:|–—-]/i, 'analysis'],
  [/^review\s*[:|–—-]|\breview\s*:|\breview$/i, 'review'],
  // "15 Tips to Overcome Binge Eating", "7 key questions…": a numbered list (a year is not a count).
  [/^(?!(?:19|20)\d{2}\b)\d{1,3}\s+(?:\p{L}+\s+){0,2}(?:tips|things|ways|reasons|questions|ideas|facts|steps|signs|rules|lessons|mistakes|habits|tricks|foods|places|books|films|movies|songs|games|apps|gadgets|deals|best|of the best)\b/iu, 'list'],
];

function firstMatch(rules: [RegExp, Genre][], value: string | undefined): Genre | undefined {
  if (!value) return undefined;
  return rules.find(([pattern]) => pattern.test(value))?.[1];
}

export function genreOf(hints: GenreHints): Genre | undefined {
  const types = hints.types ?? [];
  for (const type of types) {
    const genre = firstMatch(TYPE_GENRES, type);
    if (genre) return genre;
  }
  let path: string | undefined;
  try {
    path = hints.url ? new URL(hints.url).pathname : undefined;
  } catch {
    path = undefined;
  }
  const specific =
    firstMatch(SECTION_GENRES, hints.section?.trim()) ??
    firstMatch(PATH_GENRES, path) ??
    firstMatch(TITLE_GENRES, hints.title?.trim()) ??
    (/^editorial(?: board)?$/i.test(hints.byline?.trim() ?? '') ? 'opinion' : undefined);
  if (specific) return specific;
  return types.some((t) => /^(?:NewsArticle|ReportageNewsArticle)$/.test(t)) ? 'news' : undefined;
}
