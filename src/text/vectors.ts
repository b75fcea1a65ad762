// Bag-of-words vectors for sentence similarity: lower-cased content words, light suffix stripping,
// TF-IDF weighted over the article's own sentences.
import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** A cheap stem so "talks"/"talk" and "relations"/"relation" meet; not linguistics, just overlap. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * A sparse unit vector: term ids in ascending order and their weights. Ids are only comparable
 * between vectors made by the same tfidfVectors call. (Sorted typed arrays make a dot product a
 * merge of two short lists; a week of articles takes hundreds of thousands of them.)
 */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

export function tfidfVectors(documents: string[][]): Vector[] {
  const vocabulary = new Map<string, number>();
  const idsOf = documents.map((doc) => {
    const ids = new Int32Array(doc.length);
    doc.forEach((term, k) => {
      let id = vocabulary.get(term);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(term, id);
      }
      ids[k] = id;
    });
    return ids.sort();
  });
  const df = new Int32Array(vocabulary.size);
  for (const ids of idsOf) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (k === 0 || id !== ids[k - 1]) df[id] = (df[id] as number) + 1;
    }
  }
  const n = documents.length;
  return idsOf.map((sorted) => {
    // Runs of one id in the sorted list are that term's frequency.
    const unique: number[] = [];
    const weights: number[] = [];
    for (let k = 0; k < sorted.length; ) {
      const id = sorted[k] as number;
      let tf = 0;
      while (k < sorted.length && sorted[k] === id) {
        tf++;
        k++;
      }
      unique.push(id);
      weights.push(tf * Math.log(1 + n / (df[id] || 1)));
    }
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    return { ids: Int32Array.from(unique), weights: Float64Array.from(weights, (w) => w / norm) };
  });
}

/** Cosine similarity of two unit vectors from the same tfidfVectors call. */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * For each vector, its summed cosine with all the others: v·(Σw) − v·v. Linear in the number of
 * vectors instead of comparing every pair.
 */
export function similarityToOthers(vectors: Vector[]): number[] {
  let size = 0;
  for (const v of vectors) for (const id of v.ids) size = Math.max(size, id + 1);
  const total = new Float64Array(size);
  for (const v of vectors) v.ids.forEach((id, k) => (total[id] = (total[id] as number) + (v.weights[k] as number)));
  return vectors.map((v) => {
    let dot = 0;
    v.ids.forEach((id, k) => (dot += (v.weights[k] as number) * ((total[id] as number) - (v.weights[k] as number))));
    return dot;
  });
}
