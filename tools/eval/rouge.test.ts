import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, rougeL, rougeN, tokenize } from './rouge.js';
import { FIXTURES, ROOT } from '../../test/helpers/paths.js';

const dir = path.join(FIXTURES, 'rouge');
const lines = (file: string) => readFileSync(path.join(dir, file), 'utf8').split('\n');
interface Case {
  target: string;
  prediction: string;
  type: 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';
  stem: boolean;
  R: number;
  P: number;
  F: number;
}
const { cases } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { cases: Case[] };

function text(ref: string): string {
  const [file, line] = ref.split(':line');
  return line ? (lines(file ?? '')[Number(line) - 1] ?? '') : readFileSync(path.join(dir, file ?? ''), 'utf8');
}

describe('ROUGE scorer', () => {
  it.each(cases.map((c) => [`${c.type} stem=${c.stem} ${c.target}`, c] as const))('matches ROUGE-1.5.5: %s', (_n, c) => {
    const target = text(c.target);
    const prediction = text(c.prediction);
    let s;
    if (c.type === 'rougeLsum') {
      const sents = (t: string) => t.split('\n').filter(Boolean).map((x) => tokenize(x, c.stem));
      s = rougeLsum(sents(target), sents(prediction));
    } else if (c.type === 'rougeL') s = rougeL(tokenize(target, c.stem), tokenize(prediction, c.stem));
    else s = rougeN(tokenize(target, c.stem), tokenize(prediction, c.stem), c.type === 'rouge1' ? 1 : 2);
    expect(s.recall).toBeCloseTo(c.R, 4);
    expect(s.precision).toBeCloseTo(c.P, 4);
    expect(s.f).toBeCloseTo(c.F, 4);
  });

  it('tokenizes like rouge-score: lower case, non-alphanumerics as spaces, stems only long tokens', () => {
    expect(tokenize("The cats' running-shoes, 2 dogs", false)).toEqual(['the', 'cats', 'running', 'shoes', '2', 'dogs']);
    expect(tokenize('The cats running dogs', true)).toEqual(['the', 'cat', 'run', 'dog']);
  });

  const corpus = path.join(ROOT, '../shared/corpus/summaries');
  it.skipIf(!existsSync(corpus))('matches the Lead-3 reference scores of the corpus (no stemming: exactly)', () => {
    const pairs = readFileSync(path.join(corpus, 'pairs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const reference = JSON.parse(readFileSync(path.join(corpus, 'lead3-reference-scores.json'), 'utf8'));
    const byId = new Map<string, { reference_summary: string }>(pairs.map((p: { id: string; reference_summary: string }) => [p.id, p]));
    for (const item of reference.items) {
      const pair = byId.get(item.id) ?? { reference_summary: "" };
      const plain = rouge(pair.reference_summary, item.hypothesis, false);
      for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
        expect(plain[key].f, `${item.id} ${key}`).toBeCloseTo(item.nostem[key].f, 6);
      }
      // The npm stemmer is the original Porter; NLTK's variant differs on a few words.
      const stemmed = rouge(pair.reference_summary, item.hypothesis, true);
      for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
        expect(Math.abs(stemmed[key].f - item[key].f), `${item.id} ${key}`).toBeLessThan(0.035);
      }
    }
  });
});
