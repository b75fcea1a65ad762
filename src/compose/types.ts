// The data compose/ produces (docs/architecture.md): what an edition says, before it is rendered.
import type { Quote } from '../analyze/types.js';
import type { BriefStyle } from '../config/choices.js';
import type { Article, ArticleImage } from '../extract/types.js';
import type { Thread } from '../platforms/types.js';
import type { Slot } from '../schedule/planSlots.js';
import type { Summary } from '../summarize/types.js';

export type { BriefStyle };

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
  /** The quote brief.md shows: named, and not inside a summary sentence the reader has just read. */
  quote?: Quote;
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
  schedule?: Slot;
}

/** One story of a weekly edition. */
export interface Story {
  index: number;
  anchor: string;
  /** The article the story shows and links: of several outlets' reports of one event, the most complete. */
  article: Article;
  /** Other outlets' articles about the same event, merged into this story (select/sameEvent.ts). */
  also: Article[];
  summary: Summary;
  headline: string;
  /** Every outlet that reported it, the linked one first ("BBC News, Al Bawaba"). */
  sources: string[];
  /** The outlets as one credit line. */
  source?: string;
  date?: string;
  /** 2-3 sentences. */
  sentences: string[];
  quote?: Quote;
  url?: string;
  /** A thumbnail beside the headline: the article's lead image (https), sized for the email. */
  image?: StoryImage;
  /** The section the story is in, when the edition has sections. */
  topic?: string;
}

export interface StoryImage {
  src: string;
  /** The page's own description of the image, or empty (the headline is right beside it). */
  alt: string;
  width: number;
  height: number;
}

/** brief.json of a weekly edition: the intro, a line per story, the strong quotes. */
export interface DigestBrief {
  title: string;
  subject: string;
  summary: string[];
  bullets: string[];
  keywords: string[];
  quotes: Quote[];
  readingMinutes: number;
  style: 'digest';
  bigPicture?: DigestEdition['bigPicture'];
  /** The edition's language. */
  lang: string;
}

/** A heading of the weekly edition and the stories under it (story indexes, in reading order). */
export interface DigestSection {
  topic: string;
  heading: string;
  stories: number[];
}

/** The weekly edition: many articles in, one newsletter, brief and thread out. */
export interface DigestEdition {
  slug: string;
  /** The newsletter's name: config newsletter.name, or the default name in the edition's language. */
  name: string;
  /** The edition's name: the masthead, the archive page, brief.md ("The Brief #12 — 2026-W48"). */
  title: string;
  /** The email's subject line: the top headlines, or --title. */
  subject: string;
  edition?: number;
  /** Display strings of the period. */
  period: { from?: string; to?: string; label: string };
  date?: string;
  intro: string;
  /** The grey line inbox lists show after the subject: the intro's first sentence. */
  preheader: string;
  /** In reading order (section by section when there are sections). */
  stories: Story[];
  /** Topic headings, with six stories or more (absent with `--sections off`). */
  sections?: DigestSection[];
  /** Two or three sentences on what recurs across the stories, or what the week leaves out. */
  bigPicture?: { sentences: string[] };
  threads: Thread[];
  brief: DigestBrief;
  /** The language the edition speaks (interface text, dates): --lang / config, else most stories'. */
  lang: string;
}
