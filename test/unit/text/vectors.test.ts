import { describe, expect, it } from 'vitest';
import { cosine, similarityToOthers, terms, tfidfVectors } from '../../../src/text/vectors.js';

/** The textbook definition, with maps: what the typed-array version must agree with. */
function naive(documents: string[][]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  return documents.map((doc) => {
    const v = new Map<string, number>();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + documents.length / (df.get(t) ?? 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}
const naiveCosine = (a: Map<string, number>, b: Map<string, number>) => [...a].reduce((s, [t, w]) => s + w * (b.get(t) ?? 0), 0);

const sentences = [
  'The council approved the harbour ferry line to the islands on Wednesday.',
  'The ferry will run all year, the council said.',
  'Two new piers for the harbour ferry will be built in March.',
  'Opponents want bus lanes instead.',
  'Nothing here overlaps.',
  '',
];

describe('terms', () => {
  it('lets singular and plural meet, and leaves stop words out', () => {
    expect(terms('The Ferries were sailing to the islands')).toEqual(['ferry', 'sail', 'island']);
    const [a, b] = tfidfVectors([terms('One ferry to the island'), terms('Ferries to islands')]);
    expect(cosine(a!, b!)).toBeCloseTo(1, 12);
  });
});

describe('tfidfVectors and cosine', () => {
  const docs = sentences.map(terms);
  const vectors = tfidfVectors(docs);
  const reference = naive(docs);

  it('gives 1 for a sentence with itself, 0 for sentences with no word in common', () => {
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
    expect(cosine(vectors[0]!, vectors[4]!)).toBe(0);
    expect(cosine(vectors[5]!, vectors[0]!)).toBe(0);
  });

  it('agrees with the textbook TF-IDF cosine on every pair', () => {
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j++) expect(cosine(vectors[i]!, vectors[j]!)).toBeCloseTo(naiveCosine(reference[i]!, reference[j]!), 12);
    }
  });

  it('sums each sentence’s similarity to all the others without comparing every pair', () => {
    const sums = similarityToOthers(vectors);
    sums.forEach((sum, i) => {
      const pairwise = vectors.reduce((s, w, j) => (i === j ? s : s + cosine(vectors[i]!, w)), 0);
      expect(sum).toBeCloseTo(pairwise, 12);
    });
  });
});
