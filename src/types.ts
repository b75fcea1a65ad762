// The plain data that flows between pipeline stages (DESIGN.md §2).
// Every stage takes and returns these shapes; only load/ and write/ touch the disk.

/** What load/ hands to extract/: the raw bytes of one input and where they came from. */
export interface LoadedInput {
  /** Path as the user gave it (or "-" for stdin, or the URL). */
  path: string;
  /** Which extractor reads it, decided from the extension (or the content type of a URL). */
  format: 'text' | 'markdown' | 'html';
  /** The decoded text (BOM removed). */
  text: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /** The final URL of a fetched page (after redirects), used to make links absolute. */
  url?: string;
  /** Modification time of the file, when it has one (used by the weekly edition). */
  mtime?: Date;
}

export interface ArticleImage {
  src: string;
  alt: string;
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
  /** ISO 8601 date (YYYY-MM-DD or full timestamp). */
  publishedAt?: string;
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

/** A sentence of the article with where it sits (used for scoring and to keep article order). */
export interface Sentence {
  text: string;
  /** Index of the sentence in the whole article. */
  index: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

export interface Quote {
  text: string;
  /** The speaker's full name, from their first mention in the article. */
  speaker?: string;
  /** Who the speaker is, when the article says ("Russian President", "former Kremlin adviser"). */
  role?: string;
  /** Index of the sentence that holds the quote. */
  sentence: number;
}

/** What analyze/ adds to an Article. */
export interface Analysis {
  sentences: Sentence[];
  quotes: Quote[];
  keywords: string[];
}

/** A minimal edit that lets an article sentence stand alone in a summary. */
export interface SentenceEdit {
  /** The article's sentence. */
  from: string;
  /** What the summary prints. */
  to: string;
  reason: 'dateline' | 'opener';
}

export interface Summary {
  /** Whole article sentences in article order (minus a dateline or opening connective: see edits). */
  sentences: string[];
  headline: string;
  bullets: string[];
  quotes: Quote[];
  keywords: string[];
  method: 'extractive' | 'llm';
  model?: string;
  /** The model's wording, for the fields that passed grounding (absent offline). */
  llm?: LlmWording;
  /** What went wrong or was replaced while summarizing (goes to manifest.json and stderr). */
  warnings?: string[];
  /** Sentences printed with a dateline or a leaning connective removed (goes to manifest.json). */
  edits?: SentenceEdit[];
  /** How the model was used, for manifest.json. */
  usage?: LlmUsage;
}

export interface LlmWording {
  intro?: string;
  preheader?: string;
  whyItMatters?: string;
  posts?: Partial<Record<PlatformId, string[]>>;
  hashtags?: string[];
}

export interface LlmUsage {
  model: string;
  baseUrlHost: string;
  tokensIn: number;
  tokensOut: number;
  requests: number;
  cacheHit: boolean;
  /** Which response format the server accepted: json_schema, json_object or text. */
  format?: string;
}

export type PlatformId = 'x' | 'bluesky' | 'mastodon' | 'threads' | 'linkedin';

export type PostRole = 'hook' | 'body' | 'cta';

export interface Post {
  index: number;
  role: PostRole;
  text: string;
  length: number;
  limit: number;
  ok: boolean;
}

export interface Thread {
  platform: PlatformId;
  limit: number;
  /** How `length` is counted, in words a user understands. */
  counting: string;
  posts: Post[];
}

export type BriefStyle = 'tldr' | 'brevity';

export interface Brief {
  title: string;
  /** "Opinion", "Analysis", "Review" (absent for news). */
  label?: string;
  summary: string[];
  bullets: string[];
  keywords: string[];
  quotes: Quote[];
  readingMinutes: number;
  style: BriefStyle;
  /** "Why it matters" line of the brevity style. */
  whyItMatters?: string;
  url?: string;
  source?: string;
}

/** The view model the newsletter template renders. */
export interface Newsletter {
  name: string;
  /** "Opinion", "Analysis", "Review": shown above the headline (absent for news). */
  label?: string;
  subject: string;
  preheader: string;
  headline: string;
  source?: string;
  byline?: string;
  date?: string;
  lede: string[];
  /** Key points under the lede. */
  bullets: string[];
  /** The article's lead image, when it has an https one. */
  image?: ArticleImage;
  quote?: Quote;
  excerpt: string[];
  url?: string;
  footer: string;
  brandColor: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Everything one run produces from one article, before it is rendered. */
export interface Edition {
  slug: string;
  title: string;
  date?: string;
  articles: Article[];
  summary: Summary;
  newsletter: Newsletter;
  threads: Thread[];
  brief: Brief;
  /** When to post, if the run was given --schedule-start. */
  schedule?: import('./schedule/planSlots.js').Slot;
}

/** A rendered file, in memory, ready to be written. */
export interface OutputFile {
  path: string;
  /** Text, or bytes for binary files (screenshots). */
  content: string | Uint8Array;
}

/** One story of a weekly edition. */
export interface Story {
  index: number;
  anchor: string;
  article: Article;
  summary: Summary;
  headline: string;
  source?: string;
  date?: string;
  /** 2-3 sentences. */
  sentences: string[];
  quote?: Quote;
  url?: string;
}

/** The weekly edition: many articles in, one newsletter, brief and thread out. */
export interface DigestEdition {
  slug: string;
  title: string;
  edition?: number;
  /** Display strings of the period. */
  period: { from?: string; to?: string; label: string };
  date?: string;
  intro: string;
  stories: Story[];
  bigPicture?: { index: number; headline: string; related: number };
  threads: Thread[];
}
