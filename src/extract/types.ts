// The data extract/ produces (docs/architecture.md): one article, cleaned.

export interface ArticleImage {
  src: string;
  alt: string;
  /** Pixel size as the page states it (og:image:width/height, JSON-LD, <img width height>). */
  width?: number;
  height?: number;
}

export interface ArticleLink {
  href: string;
  text: string;
}

/** What kind of piece an article is, from the page's metadata (extract/genre.ts). */
export type Genre = 'news' | 'opinion' | 'analysis' | 'review' | 'recipe' | 'list';

/** One article, cleaned: no page boilerplate ever reaches this shape. */
export interface Article {
  id: string;
  title: string;
  source?: string;
  byline?: string;
  /** Opinion, analysis, review...: compose labels the piece; absent when the page does not say. */
  genre?: Genre;
  /** The page's own section ("World", "Technology"): article:section, JSON-LD articleSection, front matter. */
  section?: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp). */
  publishedAt?: string;
  /**
   * An undated article of a weekly edition: its file's modification day (YYYY-MM-DD). It places the
   * article in the period and the order, and is never shown as the day it was published.
   */
  fileDate?: string;
  url?: string;
  lang: string;
  tags: string[];
  lede: string;
  paragraphs: string[];
  text: string;
  images: ArticleImage[];
  links: ArticleLink[];
  wordCount: number;
  inputPath: string;
  sha256: string;
}
