// One event, one story: articles from different outlets about the same event (not copies of one
// text — that is dedupe.ts) become one story that credits every outlet and links the most complete
// article. Two articles are one event when
//   - they are dated within MAX_DAYS of each other (or one is undated),
//   - their headline-and-lede names share at least two names that are not everywhere this week (a
//     name in more than a quarter of the week's stories, "Trump" in a politics week, tells nothing),
//     covering at least half of the smaller list,
//   - their headlines and ledes share other words too (a third of the smaller list), unless they
//     share three names or more,
//   - and their texts are about the same thing (tf-idf cosine of the whole texts), so a page that
//     only puts the names up top cannot join a story and lead it.
// Only articles that share a name are compared (an index by name), so a week costs about one pass,
// not every pair. The result does not depend on the order of the inputs: the groups come from
// symmetric pair decisions, and the article that leads a group is chosen by length, date and address.
import type { Article } from '../extract/types.js';
import { canonicalUrl } from '../text/canonicalUrl.js';
import { cosine, terms, tfidfVectors, type Vector } from '../text/vectors.js';
import { eventNames, type EventNames } from './eventNames.js';

export const MAX_DAYS = 3;
/** A name in more stories than this share of the week (and more than two) is too common to tell events apart. */
const COMMON_SHARE = 0.25;
/**
 * Two reports of one event share much of their vocabulary (0.2 and more for two short wire
 * reports in their own words); a stuffed page whose text is about something else shares almost
 * none (under 0.01 when it is mostly adverts).
 */
const MIN_BODY_COSINE = 0.05;
/** Candidates compared per article at most: a cap on the work for weeks full of one name. */
const MAX_CANDIDATES = 50;

export interface StoryPick {
  /** The article the story shows and links: the most complete one. */
  article: Article;
  /** Other outlets' articles about the same event, credited in the story. */
  also: Article[];
}

export interface MergedArticle {
  article: Article;
  into: Article;
  /** The names the two share, as written ("Julian Assange", "Sweden"). */
  names: string[];
}

interface Profile {
  article: Article;
  names: EventNames;
  terms: Set<string>;
  /** The whole text as a tf-idf vector over the week (its body, not only what it puts up top). */
  body: Vector;
  day?: number;
}

function dayOf(date: string | undefined): number | undefined {
  const time = date ? Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) : NaN;
  return Number.isNaN(time) ? undefined : Math.floor(time / 86_400_000);
}

function profile(article: Article, body: Vector): Profile {
  const names = eventNames(article);
  // The other words of headline and lede, names left out (they are counted on their own).
  const words = new Set(terms(`${article.title} ${article.lede}`).filter((t) => !names.keys.has(t)));
  const p: Profile = { article, names, terms: words, body };
  const day = dayOf(article.publishedAt);
  if (day !== undefined) p.day = day;
  return p;
}

function share(a: Set<string>, b: Set<string>, count: (k: string) => boolean = () => true): { shared: string[]; share: number; smaller: number } {
  const [x, y] = a.size <= b.size ? [a, b] : [b, a];
  const usable = [...x].filter(count);
  const shared = usable.filter((k) => y.has(k));
  const smaller = Math.min(usable.length, [...y].filter(count).length);
  return { shared, share: smaller ? shared.length / smaller : 0, smaller };
}

/** The names two articles share when they report one event, else undefined. */
function sameEvent(a: Profile, b: Profile, common: (key: string) => boolean): string[] | undefined {
  if (a.day !== undefined && b.day !== undefined && Math.abs(a.day - b.day) > MAX_DAYS) return undefined;
  const names = share(a.names.keys, b.names.keys, (k) => !common(k));
  if (names.shared.length < 2 || names.share < 0.5) return undefined;
  if (names.shared.length < 3 && share(a.terms, b.terms).share < 1 / 3) return undefined;
  // The names up top are the page's own claim; its text must be about the event too. A page stuffed
  // with the week's big names over a long text on something else would otherwise join the story
  // and, being longest, lead it and take its link.
  if (cosine(a.body, b.body) < MIN_BODY_COSINE) return undefined;
  return names.shared.sort();
}

/** Which article of a group leads: the longest, then the earliest, then by address (never by input order). */
function leadOrder(a: Article, b: Article): number {
  return b.wordCount - a.wordCount || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || (a.url ? canonicalUrl(a.url) : '').localeCompare(b.url ? canonicalUrl(b.url) : '') || a.sha256.localeCompare(b.sha256) || a.inputPath.localeCompare(b.inputPath);
}

export function mergeSameEvents(articles: Article[]): { picks: StoryPick[]; merged: MergedArticle[] } {
  const bodies = tfidfVectors(articles.map((a) => terms(a.text)));
  const profiles = articles.map((a, i) => profile(a, bodies[i] as Vector));
  const byName = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of p.names.keys) byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const limit = Math.max(2, COMMON_SHARE * articles.length);
  const common = (key: string) => (byName.get(key)?.length ?? 0) > limit;
  // Union-find over the pairs that report one event.
  const parent = profiles.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const shared = new Map<number, string[]>();
  profiles.forEach((p, i) => {
    const candidates = new Set<number>();
    for (const key of [...p.names.keys].sort()) {
      if (common(key)) continue;
      for (const j of byName.get(key) ?? []) if (j > i && candidates.size < MAX_CANDIDATES) candidates.add(j);
    }
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const names = sameEvent(p, profiles[j] as Profile, common);
      if (!names) continue;
      const [ri, rj] = [root(i), root(j)];
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      const display = names.map((k) => p.names.display.get(k) ?? k);
      shared.set(j, shared.get(j) ?? display);
      shared.set(i, shared.get(i) ?? display);
    }
  });
  const groups = new Map<number, Article[]>();
  profiles.forEach((p, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), p.article]));
  const picks: StoryPick[] = [];
  const merged: MergedArticle[] = [];
  // A group takes the place of its first member, so `--order given` keeps the user's order.
  for (const [, members] of [...groups].sort(([a], [b]) => a - b)) {
    const [lead, ...also] = [...members].sort(leadOrder) as [Article, ...Article[]];
    also.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || (a.source ?? '').localeCompare(b.source ?? '') || leadOrder(a, b));
    picks.push({ article: lead, also });
    for (const article of also) merged.push({ article, into: lead, names: shared.get(articles.indexOf(article)) ?? [] });
  }
  return { picks, merged };
}
