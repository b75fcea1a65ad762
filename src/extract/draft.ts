// What each format's extractor returns; extractArticle turns it into a full Article.
import type { ArticleImage, ArticleLink, Genre } from './types.js';

export interface ArticleDraft {
  title?: string;
  source?: string;
  byline?: string;
  publishedAt?: string;
  /** Further dates to try, in order, when publishedAt is missing or cannot be true. */
  dates?: string[];
  genre?: Genre;
  section?: string;
  url?: string;
  lang?: string;
  tags: string[];
  paragraphs: string[];
  images: ArticleImage[];
  links: ArticleLink[];
}

export function emptyDraft(): ArticleDraft {
  return { tags: [], paragraphs: [], images: [], links: [] };
}
