// The data load/ hands to extract/ (docs/architecture.md).

/** The raw bytes of one input, decoded, and where they came from. */
export interface LoadedInput {
  /** Path as the user gave it (or "-" for stdin, or the URL). */
  path: string;
  /**
   * Which extractor reads it, decided from the extension (or the content type of a URL). A feed is
   * not read as an article: the weekly edition turns each of its items into an input (loadAhead).
   */
  format: 'text' | 'markdown' | 'html' | 'feed';
  /** The decoded text (BOM removed). */
  text: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /** The final URL of a fetched page (after redirects), used to make links absolute. */
  url?: string;
  /** Modification time of the file, when it has one (used by the weekly edition). */
  mtime?: Date;
  /** An item of a feed: what the feed says of it, which wins over what the page says (extractArticle). */
  feed?: FeedFields;
}

/** What a feed says of one of its items (load/feed.ts). */
export interface FeedFields {
  /** The feed the item came from, as the user gave it. */
  feed: string;
  title?: string;
  /** The item's link. */
  url?: string;
  /** ISO 8601. */
  publishedAt?: string;
  /** The feed's own name: the source when the page names none. */
  source?: string;
  byline?: string;
  section?: string;
  image?: { src: string; width?: number; height?: number };
  lang?: string;
}
