// Duplicate stories in a week: the same URL, or nearly the same text (two saves of one page, a wire
// story run by two sites). Word 5-gram shingles; Jaccard similarity at or over 0.6 is a duplicate.
import type { Article } from '../extract/types.js';
import { canonicalUrl, trackingCount } from '../text/canonicalUrl.js';
import { shinglesOf } from '../text/shingles.js';

const THRESHOLD = 0.6;

function jaccard(a: Set<number>, b: Set<number>): number {
  // Jaccard can never exceed min/max of the sizes: skip the comparison when that is already too low.
  if (Math.min(a.size, b.size) < THRESHOLD * Math.max(a.size, b.size)) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

export interface Deduped {
  kept: Article[];
  dropped: { article: Article; duplicateOf: Article; reason: string }[];
}

/** Shingles whose hash is 0 mod SAMPLE are the same sample in every article that has them. */
const SAMPLE = 8;

export function dedupe(articles: Article[]): Deduped {
  const kept: { article: Article; shingles: Set<number>; url?: string }[] = [];
  const dropped: Deduped['dropped'] = [];
  // Near-duplicates share most shingles, so they share sampled ones: only articles that share a
  // sample (or are too short to have one) are compared in full. Linear instead of all pairs.
  const bySample = new Map<number, number[]>();
  const unsampled: number[] = [];
  const byUrlKey = new Map<string, (typeof kept)[number]>();
  for (const article of articles) {
    const url = article.url ? canonicalUrl(article.url) : undefined;
    const sh = shinglesOf(article);
    const samples = [...sh].filter((s) => s % SAMPLE === 0);
    const candidates = new Set<number>(unsampled);
    for (const s of samples) for (const i of bySample.get(s) ?? []) candidates.add(i);
    if (samples.length === 0) kept.forEach((_, i) => candidates.add(i));
    const byUrl = url ? byUrlKey.get(url) : undefined;
    const same = byUrl ?? [...candidates].map((i) => kept[i]).find((k) => k !== undefined && jaccard(k.shingles, sh) >= THRESHOLD);
    if (same) {
      const reason = url && same.url === url ? 'same URL' : 'nearly the same text';
      if (trackingCount(article.url) < trackingCount(same.article.url)) {
        // Of two saves of one story, keep the one reached without a tracking link, in the first one's place.
        dropped.push({ article: same.article, duplicateOf: article, reason });
        same.article = article;
      } else {
        dropped.push({ article, duplicateOf: same.article, reason });
      }
      continue;
    }
    const index = kept.length;
    const entry = { article, shingles: sh, ...(url ? { url } : {}) };
    kept.push(entry);
    if (url) byUrlKey.set(url, entry);
    if (samples.length === 0) unsampled.push(index);
    for (const s of samples) {
      const list = bySample.get(s);
      if (list) list.push(index);
      else bySample.set(s, [index]);
    }
  }
  return { kept: kept.map((k) => k.article), dropped };
}
