#!/usr/bin/env node
// npm run eval:summaries — crier's extractive summarizer vs Lead-3 (Lead-1 for XSum) on
// ../shared/corpus/summaries/pairs.jsonl, ROUGE-1/2/Lsum F1 (rouge-score behaviour, Porter stemming).
// Lead-k is the reference's own Lead-k output (lead3-reference-scores.json), scored with the same scorer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, ExtractiveSummarizer } from '../dist/index.js';
import { rouge } from '../dist-tools/eval/rouge.js';
import { requireCorpus } from './corpus.mjs';

const corpus = path.join(requireCorpus('eval:summaries', 'summaries/pairs.jsonl'), 'summaries');

const pairs = readFileSync(path.join(corpus, 'pairs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const lead = new Map(JSON.parse(readFileSync(path.join(corpus, 'lead3-reference-scores.json'), 'utf8')).items.map((i) => [i.id, i.hypothesis]));
const datasetOf = (id) => id.split('-')[0];

export function articleOf(pair) {
  const paragraphs = pair.article.split('\n').map((l) => l.trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  return {
    id: pair.id, title: pair.title ?? '', lang: 'en', tags: [], lede: paragraphs[0] ?? '', paragraphs, text,
    images: [], links: [], wordCount: text.split(/\s+/).length, inputPath: pair.id, sha256: '',
  };
}

const summarizer = new ExtractiveSummarizer();
const keys = ['rouge1', 'rouge2', 'rougeLsum'];
const rows = [];
const times = [];
for (const pair of pairs) {
  const article = articleOf(pair);
  const k = datasetOf(pair.id) === 'xsum' ? 1 : 3;
  const started = performance.now();
  const summary = await summarizer.summarize(article, analyze(article), { sentences: k });
  times.push(performance.now() - started);
  const ours = rouge(pair.reference_summary, summary.sentences.join('\n'));
  const base = rouge(pair.reference_summary, lead.get(pair.id));
  rows.push({ dataset: datasetOf(pair.id), ours, base });
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const fmt = (x) => (100 * x).toFixed(2).padStart(6);
console.log(`ROUGE F1 x100, crier (extractive) vs Lead-3 (Lead-1 for XSum), ${pairs.length} articles\n`);
console.log(`${'dataset'.padEnd(12)} ${'n'.padStart(3)}  ${keys.map((k) => `${k.padStart(9)} crier / lead`).join('  ')}`);
const groups = [...new Set(rows.map((r) => r.dataset)), 'overall'];
const result = {};
for (const group of groups) {
  const set = group === 'overall' ? rows : rows.filter((r) => r.dataset === group);
  const cells = keys.map((k) => {
    const o = mean(set.map((r) => r.ours[k].f));
    const b = mean(set.map((r) => r.base[k].f));
    result[group] = { ...(result[group] ?? {}), [k]: { crier: o, lead: b } };
    return `${' '.repeat(9)}${fmt(o)} / ${fmt(b)}${o >= b ? ' ' : '*'}`;
  });
  console.log(`${group.padEnd(12)} ${String(set.length).padStart(3)}  ${cells.join('  ')}`);
}
console.log('\n(* = below Lead-k)');
times.sort((a, b) => a - b);
console.log(`summarize time per article: median ${times[Math.floor(times.length / 2)].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
