// The offline summarizer. Each sentence is scored by
//   position   (news puts the point first),
//   centrality (LexRank-style: how similar the sentence is to the rest of the article),
//   title overlap (the headline says what the story is about),
// then picked greedily with MMR so two sentences saying the same thing are not both chosen.
// The result is always whole article sentences, in article order.
import { strongestQuote } from '../analyze/quotes.js';
import { pronounLead } from '../text/openers.js';
import { contentWords } from '../text/similarity.js';
import type { Analysis, Sentence } from '../analyze/types.js';
import type { Article } from '../extract/types.js';
import type { Summary } from './types.js';
import { whyIneligible } from './eligible.js';
import { standAlone, type SentenceEdit } from './standAlone.js';
import type { SummarizeOptions, Summarizer } from './summarizer.js';
import { cosine, terms, tfidfVectors, type Vector } from '../text/vectors.js';

export const WEIGHTS = { position: 0.4, centrality: 0.5, title: 0.2, redundancy: 0.3, quoted: 0.5, facts: 0.05, outlook: 0.1, verdict: 0.4 };

/** A review's summary leads with the verdict: sentences that judge, not the ones that set the scene. */
const VERDICT = /\b(?:verdict|overall|bottom line|in short|in the end|all in all|recommend(?:ed)?|worth (?:it|buying|the money|the price|your)|best|worst|excellent|outstanding|disappointing|impressive|superb|terrific|flawed|mediocre|shines|falls short|the (?:good|bad)|stars?)\b/i;
export function verdict(text: string): number {
  return VERDICT.test(text) ? 1 : 0;
}

/**
 * Sentences further apart than this are not compared: the graph stays banded, so time grows
 * linearly with article length (every sentence of a news-length article still sees all the others).
 */
const GRAPH_WINDOW = 60;

/** Power iteration of PageRank over the similarity graph (LexRank, continuous version). */
function lexRank(vectors: Vector[], iterations = 30, damping = 0.85): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  // The edges as flat arrays (from, to, weight), both directions: the iterations below run over
  // them 30 times, and typed arrays keep that a tight loop without an object per edge.
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + 1 + GRAPH_WINDOW); j++) {
      const w = cosine(vectors[i] as Vector, vectors[j] as Vector);
      if (w <= 0.05) continue;
      from.push(i, j);
      to.push(j, i);
      weight.push(w, w);
      sums[i] = (sums[i] as number) + w;
      sums[j] = (sums[j] as number) + w;
    }
  }
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  // Each edge's share of its source's rank, normalised once instead of in every iteration.
  const share = Float64Array.from(weight, (w, e) => (damping * w) / (sums[edgeFrom[e] as number] as number));
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let k = 0; k < iterations; k++) {
    next.fill((1 - damping) / n);
    for (let e = 0; e < share.length; e++) {
      const target = edgeTo[e] as number;
      next[target] = (next[target] as number) + (share[e] as number) * (rank[edgeFrom[e] as number] as number);
    }
    [rank, next] = [next, rank];
  }
  let max = 0;
  for (const r of rank) max = Math.max(max, r);
  return Array.from(rank, (r) => r / (max || 1));
}

/** Share of the sentence inside quotation marks: summaries report, they rarely quote at length. */
export function quotedShare(text: string): number {
  let quoted = 0;
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) quoted += match[0].length;
  return text.length ? quoted / text.length : 0;
}

/** "What's next" sentences (plans, expectations, possibilities) are what editors put in a brief. */
const OUTLOOK = /\b(will|would|could|may|might|expects?|expected|plans?|planned|set to|is to|are to|likely|hopes? to|aims? to|next)\b/i;
export function outlook(text: string): number {
  return OUTLOOK.test(text) ? 1 : 0;
}

/** Names, places and numbers per word: the facts a brief is made of. */
export function factDensity(text: string): number {
  let words = 0;
  let facts = 0;
  for (const match of text.matchAll(WORD_WITH_PUNCTUATION)) {
    const word = match[0];
    // A number anywhere in the word, or a capital after any opening quote or bracket (not first).
    if (DIGIT.test(word) || (words > 0 && CAPITALISED.test(word))) facts++;
    words++;
  }
  return words === 0 ? 0 : Math.min(1, (facts / words) * 3);
}
const WORD_WITH_PUNCTUATION = /\S+/g;
const DIGIT = /\d/;
const CAPITALISED = /^[“"‘(]*\p{Lu}/u;

function positionScore(sentence: Sentence, total: number): number {
  // The lead sentence matters most; the decay flattens after the first paragraphs.
  const byIndex = 1 / Math.sqrt(1 + sentence.index);
  const byParagraph = sentence.paragraph === 0 ? 1 : 0.6 / Math.sqrt(sentence.paragraph);
  return total <= 1 ? 1 : 0.6 * byIndex + 0.4 * byParagraph;
}

export interface RankedSentence {
  /** The sentence as the summary prints it (dateline or leaning connective removed). */
  sentence: Sentence;
  score: number;
  vector: Vector;
  edits: SentenceEdit[];
  /** A pronoun opens it ("She added…"): it may be a bullet but never the lead. */
  pronoun: boolean;
}

/** Sentences that can stand alone, in the form they would be printed, with the edits made. */
function standAlonePool(article: Article, sentences: Sentence[]): { sentence: Sentence; edits: SentenceEdit[] }[] {
  const pool: { sentence: Sentence; edits: SentenceEdit[] }[] = [];
  for (const sentence of sentences) {
    const fixed = standAlone(sentence.text, article.lang);
    if (fixed.leans || whyIneligible(fixed.text, { lang: article.lang, headline: article.title, ...(article.genre ? { genre: article.genre } : {}) })) continue;
    pool.push({ sentence: fixed.text === sentence.text ? sentence : { ...sentence, text: fixed.text }, edits: fixed.edits });
  }
  return pool;
}

export function rankSentences(article: Article, sentences: Sentence[]): RankedSentence[] {
  const standing = standAlonePool(article, sentences);
  // An article with no sentence that stands alone still gets a summary: its sentences as they are.
  const pool = standing.length > 0 ? standing.map((s) => s.sentence) : sentences;
  const documents = pool.map((s) => terms(s.text));
  const vectors = tfidfVectors(documents);
  const centrality = lexRank(vectors);
  const titleTerms = new Set(terms(article.title));
  return pool.map((sentence, i) => {
    const vector = vectors[i] as Vector;
    let overlap = 0;
    for (const term of new Set(documents[i])) if (titleTerms.has(term)) overlap++;
    const title = titleTerms.size ? overlap / titleTerms.size : 0;
    const score =
      WEIGHTS.position * positionScore(sentence, pool.length) +
      WEIGHTS.centrality * (centrality[i] ?? 0) +
      WEIGHTS.title * Math.min(1, title * 1.5) +
      WEIGHTS.facts * factDensity(sentence.text) +
      WEIGHTS.outlook * outlook(sentence.text) +
      (article.genre === 'review' ? WEIGHTS.verdict * verdict(sentence.text) : 0) -
      WEIGHTS.quoted * (quotedShare(sentence.text) > 0.5 ? quotedShare(sentence.text) : 0);
    return { sentence, score, vector, edits: standing[i]?.edits ?? [], pronoun: pronounLead(sentence.text, article.lang) !== undefined };
  });
}

/** Two sentences this alike say the same thing: a summary prints only one of them. */
const SAME_THING = 0.6;
/** How many of the best-scored sentences the selection looks at. */
const CANDIDATES = 60;
function saysTheSame(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 4) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SAME_THING;
}

/**
 * Maximal marginal relevance: the best sentence that adds something new, one at a time. Never two
 * sentences that say the same thing, and never a lead (the first in article order) that opens on a
 * pronoun naming nobody.
 */
export function selectSentences(ranked: RankedSentence[], options: SummarizeOptions, lang = 'en'): RankedSentence[] {
  const chosen: RankedSentence[] = [];
  // Only the best-scored sentences compete: a summary of a few sentences never reaches further down,
  // and a 10,000-paragraph article whose sentences all say the same thing stays linear.
  const remaining = [...ranked].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index).slice(0, Math.max(CANDIDATES, options.sentences * 10));
  // Content words of the sentences compared so far: each candidate is compared only with the few
  // chosen ones, so a long article stays linear.
  const seen = new Map<RankedSentence, Set<string>>();
  const wordsOf = (r: RankedSentence) => {
    let set = seen.get(r);
    if (!set) seen.set(r, (set = contentWords(r.sentence.text, lang)));
    return set;
  };
  const deferred: RankedSentence[] = [];
  let words = 0;
  while (chosen.length < options.sentences && remaining.length > 0) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    remaining.forEach((candidate, i) => {
      const similarity = Math.max(0, ...chosen.map((c) => cosine(c.vector, candidate.vector)));
      const value = candidate.score - WEIGHTS.redundancy * similarity;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    });
    const [best] = remaining.splice(bestIndex, 1);
    if (!best) break;
    const length = best.sentence.text.split(/\s+/).length;
    if (options.maxWords !== undefined && chosen.length > 0 && words + length > options.maxWords) continue;
    // Never two sentences that say the same thing (the better one was chosen first).
    if (chosen.some((c) => saysTheSame(wordsOf(c), wordsOf(best)))) continue;
    const lead = chosen.every((c) => c.sentence.index > best.sentence.index);
    // A pronoun may not open the summary; it waits until a sentence before it is chosen.
    if (best.pronoun && lead && (chosen.length > 0 || remaining.some((r) => !r.pronoun))) {
      deferred.push(best);
      continue;
    }
    chosen.push(best);
    words += length;
    const first = Math.min(...chosen.map((c) => c.sentence.index));
    for (const d of deferred.filter((x) => x.sentence.index > first)) remaining.push(...deferred.splice(deferred.indexOf(d), 1));
  }
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index);
}

export class ExtractiveSummarizer implements Summarizer {
  readonly name = 'extractive';

  summarize(article: Article, analysis: Analysis, options: SummarizeOptions): Promise<Summary> {
    const picked = selectSentences(rankSentences(article, analysis.sentences), options, article.lang);
    const sentences = picked.map((s) => s.sentence.text);
    const edits = picked.flatMap((s) => s.edits);
    const key = strongestQuote(analysis.quotes);
    // The strongest quote leads the list so templates can take quotes[0].
    const quotes = key ? [key, ...analysis.quotes.filter((q) => q !== key)] : analysis.quotes;
    return Promise.resolve({
      sentences,
      headline: article.title,
      bullets: sentences,
      quotes,
      keywords: analysis.keywords,
      method: 'extractive',
      ...(edits.length ? { edits } : {}),
    });
  }
}
