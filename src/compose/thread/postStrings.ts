// Every word crier itself writes into a post, in one place: the interface text catalogue (issue 18)
// will move these into a locale file, so nothing here is spelled out anywhere else.
import { plural } from '../../text/plural.js';

export const POST_STRINGS = {
  /** Marks a sentence cut at a clause: the end of the first part and the start of the next. */
  ellipsis: '…',
  /** How a LinkedIn post lists its points (LinkedIn shows no Markdown). */
  bullet: '•',
  readFullStory: (source: string | undefined, link: string) => `Read the full story${source ? ` (${source})` : ''}: ${link}`,
  sourceOnly: (source: string) => `Source: ${source}`,
  weekHook: (title: string, period: string) => (period ? `${title} — ${period}` : title),
  weekCount: (stories: number) => `${plural(stories, 'story', 'stories')} worth your time this week.`,
  weekLeading: (headline: string) => `Leading: ${headline}${/[.!?…]$/.test(headline) ? '' : '.'}`,
  weekMore: (more: number) => `…and ${plural(more, 'more story', 'more stories')} in the newsletter.`,
  weekClose: (name: string, siteUrl: string | undefined) => (siteUrl ? `That's the week from ${name}. More at ${siteUrl}` : `That's the week from ${name}.`),
} as const;
