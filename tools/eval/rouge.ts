// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 with the behaviour of Google's `rouge-score` package:
// lower-case, every non-alphanumeric run is a space, Porter stemming of tokens longer than 3
// characters (optional), and for Lsum one sentence per line with the union-LCS of the summary level.
// Used by `npm run eval:summaries` (compiled to dist-tools/ by `npm run build:tools`); not part of
// the product: crier never loads it, and stemmer is a dev dependency.
import { stemmer } from 'stemmer';

export interface Score {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeL: Score;
  rougeLsum: Score;
}

export function tokenize(text: string, stem: boolean): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return stem ? tokens.map((t) => (t.length > 3 ? stemmer(t) : t)).filter((t) => /^[a-z0-9]+$/.test(t)) : tokens;
}

function score(hits: number, predictionCount: number, referenceCount: number): Score {
  const precision = hits / Math.max(predictionCount, 1);
  const recall = hits / Math.max(referenceCount, 1);
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(reference: string[], prediction: string[], n: number): Score {
  const ref = ngrams(reference, n);
  const pred = ngrams(prediction, n);
  let hits = 0;
  for (const [gram, count] of pred) hits += Math.min(count, ref.get(gram) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, total(pred), total(ref));
}

function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] as number[];
    const prev = table[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table;
}

export function rougeL(reference: string[], prediction: string[]): Score {
  const lcs = lcsTable(reference, prediction)[reference.length]?.[prediction.length] ?? 0;
  return score(lcs, prediction.length, reference.length);
}

/** Indices into `ref` of one LCS with `can`, backtracked as rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.unshift(i - 1);
      i--;
      j--;
    } else if ((t[i]?.[j - 1] ?? 0) > (t[i - 1]?.[j] ?? 0)) j--;
    else i--;
  }
  return out;
}

export function rougeLsum(reference: string[][], prediction: string[][]): Score {
  const m = reference.reduce((n, s) => n + s.length, 0);
  const n = prediction.reduce((k, s) => k + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f: 0 };
  const countsR = new Map<string, number>();
  const countsC = new Map<string, number>();
  for (const s of reference) for (const t of s) countsR.set(t, (countsR.get(t) ?? 0) + 1);
  for (const s of prediction) for (const t of s) countsC.set(t, (countsC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const can of prediction) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i] as string;
      if ((countsC.get(token) ?? 0) > 0 && (countsR.get(token) ?? 0) > 0) {
        hits++;
        countsC.set(token, (countsC.get(token) ?? 0) - 1);
        countsR.set(token, (countsR.get(token) ?? 0) - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** All four scores of a prediction against a reference (sentences separated by newlines). */
export function rouge(reference: string, prediction: string, stem = true): RougeScores {
  const ref = tokenize(reference, stem);
  const pred = tokenize(prediction, stem);
  const sents = (text: string) =>
    text
      .split('\n')
      .filter((s) => s.length > 0)
      .map((s) => tokenize(s, stem));
  return {
    rouge1: rougeN(ref, pred, 1),
    rouge2: rougeN(ref, pred, 2),
    rougeL: rougeL(ref, pred),
    rougeLsum: rougeLsum(sents(reference), sents(prediction)),
  };
}
