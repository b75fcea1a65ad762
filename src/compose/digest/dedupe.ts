// Duplicate stories in a week: the same URL, or nearly the same text (two saves of one page, a wire
// story run by two sites). Word 5-gram shingles; Jaccard similarity at or over 0.6 is a duplicate.
import type { Article } from '../../types.js';

const THRESHOLD = 0.6;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
  if (set.size === 0 && words.length) set.add(words.join(' '));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  // Jaccard can never exceed min/max of the sizes: skip the comparison when that is already too low.
  if (Math.min(a.size, b.size) < THRESHOLD * Math.max(a.size, b.size)) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) if (key.startsWith('utm_')) u.searchParams.delete(key);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

export interface Deduped {
  kept: Article[];
  dropped: { article: Article; duplicateOf: Article; reason: string }[];
}

/** A cheap string hash: shingles whose hash is 0 mod SAMPLE are the same sample in every article. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
const SAMPLE = 8;

export function dedupe(articles: Article[]): Deduped {
  const kept: { article: Article; shingles: Set<string>; url?: string }[] = [];
  const dropped: Deduped['dropped'] = [];
  // Near-duplicates share most shingles, so they share sampled ones: only articles that share a
  // sample (or are too short to have one) are compared in full. Linear instead of all pairs.
  const bySample = new Map<string, number[]>();
  const unsampled: number[] = [];
  for (const article of articles) {
    const url = article.url ? canonicalUrl(article.url) : undefined;
    const sh = shingles(article.text);
    const samples = [...sh].filter((s) => hash(s) % SAMPLE === 0);
    const candidates = new Set<number>(unsampled);
    for (const s of samples) for (const i of bySample.get(s) ?? []) candidates.add(i);
    if (samples.length === 0) kept.forEach((_, i) => candidates.add(i));
    const byUrl = url ? kept.find((k) => k.url === url) : undefined;
    const same = byUrl ?? [...candidates].map((i) => kept[i]).find((k) => k !== undefined && jaccard(k.shingles, sh) >= THRESHOLD);
    if (same) {
      dropped.push({ article, duplicateOf: same.article, reason: url && same.url === url ? 'same URL' : 'nearly the same text' });
      continue;
    }
    const index = kept.length;
    kept.push({ article, shingles: sh, ...(url ? { url } : {}) });
    if (samples.length === 0) unsampled.push(index);
    for (const s of samples) bySample.set(s, [...(bySample.get(s) ?? []), index]);
  }
  return { kept: kept.map((k) => k.article), dropped };
}
