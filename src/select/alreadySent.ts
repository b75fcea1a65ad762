// Memory of the weekly desk: a story an earlier edition in the same output folder already ran is not
// run again. Earlier editions are known from their manifest.json (write/pastEditions.ts reads them):
// each story's canonical URL and text fingerprint. The same URL (tracking parameters aside) or the
// same text (fingerprints a few bits apart) is the same story. `--repeat` turns this off.
import type { Article } from '../extract/types.js';
import { canonicalUrl } from '../text/canonicalUrl.js';
import { fingerprint, fingerprintDistance, SAME_TEXT_BITS } from '../text/fingerprint.js';

/** What a later edition needs to know of an earlier one. */
export interface PastEdition {
  slug: string;
  title: string;
  number?: number;
  /** YYYY-MM-DD. */
  date?: string;
  /** The period it covered ("2026-W48", "2026-11-01..2026-11-30"): running it again is a rebuild, not a new edition. */
  period?: string;
  stories: { url?: string; fingerprint?: string }[];
}

export interface EditionPlan {
  /** The edition's number: --edition, else the number of the earlier run of this period, else the last number + 1. */
  number?: number;
  /** The earlier editions whose stories are not run again (a rebuild of this edition is not one of them). */
  earlier: PastEdition[];
}

export function planEdition(past: PastEdition[], options: { edition?: number; period?: string }): EditionPlan {
  // The same period again (or the same number) is this edition rebuilt: its stories are not "already sent".
  const again = (p: PastEdition) => (options.period !== undefined && p.period === options.period) || (options.edition !== undefined && p.number === options.edition);
  const earlier = past.filter((p) => !again(p));
  if (options.edition !== undefined) return { number: options.edition, earlier };
  const rebuilt = past.filter(again).map((p) => p.number ?? 0);
  const last = Math.max(0, ...earlier.map((p) => p.number ?? 0));
  const number = rebuilt.length ? Math.max(...rebuilt) : last + 1;
  // Numbers start when the user gives one: an edition never numbered stays unnumbered.
  return { ...(number > 0 && (rebuilt.length || last > 0) ? { number } : {}), earlier };
}

/** Where a story ran: "#12, 2026-11-20", or the edition's title when it had no number. */
export function ranIn(edition: PastEdition): string {
  return [edition.number !== undefined ? `#${edition.number}` : `“${edition.title}”`, edition.date].filter(Boolean).join(', ');
}

/** The memory as two lookups: canonical URL -> edition, and every fingerprint with its edition. */
export class SentStories {
  private readonly urls = new Map<string, PastEdition>();
  private readonly prints: { print: string; edition: PastEdition }[] = [];

  constructor(editions: PastEdition[]) {
    // Newest first, so a story sent twice is said to have run in its latest edition.
    const newest = [...editions].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.number ?? 0) - (a.number ?? 0));
    for (const edition of newest) {
      for (const story of edition.stories) {
        if (story.url && !this.urls.has(story.url)) this.urls.set(story.url, edition);
        if (story.fingerprint) this.prints.push({ print: story.fingerprint, edition });
      }
    }
  }

  /** The earlier edition that ran this article, if one did. */
  find(article: Article): PastEdition | undefined {
    const url = article.url ? this.urls.get(canonicalUrl(article.url)) : undefined;
    if (url || this.prints.length === 0) return url;
    const print = fingerprint(article);
    return this.prints.find((p) => fingerprintDistance(p.print, print) <= SAME_TEXT_BITS)?.edition;
  }
}
