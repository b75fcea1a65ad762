// The article-extraction-benchmark metric (scrapinghub): tokens are \w+ runs, 4-gram shingles with
// counts, per page tp/fp/fn normalised to sum 1; precision and recall are means over pages and F1
// comes from the two means. Used by `npm run eval:extract` (compiled by `npm run build:tools`); not
// part of the product.

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

export function aggregate(pages: PageScore[]): Metrics {
  const precisionOf = ({ tp, fp, fn }: PageScore) => (tp + fp > 0 ? tp / (tp + fp) : fp === 0 && fn === 0 ? 1 : 0);
  const recallOf = ({ tp, fp, fn }: PageScore) => (tp + fn > 0 ? tp / (tp + fn) : fp === 0 && fn === 0 ? 1 : 0);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const precision = mean(pages.map(precisionOf));
  const recall = mean(pages.map(recallOf));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
