#!/usr/bin/env node
// npm run eval:extract — crier's HTML extraction on ../shared/corpus/extraction (91 real pages with
// human ground truth), scored with the article-extraction-benchmark metric beside Readability.js and
// trafilatura's stored outputs; then the boilerplate probes and metadata of ../shared/corpus/pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { extractArticle } from '../dist/index.js';
import { aggregate, shingleMatch } from '../dist-tools/eval/shingles.js';
import { requireCorpus } from './corpus.mjs';

const corpus = requireCorpus('eval:extract', 'extraction/ground-truth.json');
const verbose = process.argv.includes('--verbose');

function extract(html, label) {
  const input = { path: label, format: 'html', text: html, sha256: createHash('sha256').update(html).digest('hex') };
  try {
    return extractArticle(input).article;
  } catch (error) {
    if (verbose) console.log(`  ${label}: ${error.message}`);
    return undefined;
  }
}

const truth = JSON.parse(readFileSync(path.join(corpus, 'extraction/ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const peers = Object.fromEntries(['readability_js', 'trafilatura'].map((p) => [p, JSON.parse(readFileSync(path.join(corpus, `extraction/peer-${p}.json`), 'utf8'))]));
const ours = [];
const times = [];
const worst = [];
for (const id of ids) {
  const html = gunzipSync(readFileSync(path.join(corpus, 'extraction/html', `${id}.html.gz`))).toString('utf8');
  const started = performance.now();
  const article = extract(html, id.slice(0, 12));
  times.push(performance.now() - started);
  const score = shingleMatch(truth[id].articleBody, article?.text ?? '');
  ours.push(score);
  worst.push({ id: id.slice(0, 12), score });
}
const rows = [['crier', aggregate(ours)], ...Object.entries(peers).map(([name, out]) => [name, aggregate(ids.map((id) => shingleMatch(truth[id].articleBody, out[id]?.articleBody ?? '')))])];
console.log(`Extraction, ${ids.length} pages (article-extraction-benchmark metric)\n`);
console.log(`${'extractor'.padEnd(16)} ${'F1'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(8)}`);
for (const [name, m] of rows) console.log(`${name.padEnd(16)} ${m.f1.toFixed(4).padStart(6)} ${m.precision.toFixed(4).padStart(10)} ${m.recall.toFixed(4).padStart(8)}`);
times.sort((a, b) => a - b);
console.log(`\ntime per page: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms`);
if (verbose) {
  worst.sort((a, b) => a.score.tp - b.score.tp);
  for (const w of worst.slice(0, 15)) console.log(`  ${w.id} tp ${w.score.tp.toFixed(2)} fp ${w.score.fp.toFixed(2)} fn ${w.score.fn.toFixed(2)}`);
}

// Boilerplate probes and metadata on the Readability test pages.
const pagesDir = path.join(corpus, 'pages');
const probes = JSON.parse(readFileSync(path.join(pagesDir, 'boilerplate_probes.json'), 'utf8'));
let leaks = 0;
let probeCount = 0;
const agree = { title: [0, 0], byline: [0, 0] };
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
for (const page of readdirSync(pagesDir).filter((d) => existsSync(path.join(pagesDir, d, 'source.html'))).sort()) {
  const html = readFileSync(path.join(pagesDir, page, 'source.html'), 'utf8');
  const article = extract(html, page);
  const text = article ? `${article.title}\n${article.text}` : '';
  for (const [phrase, info] of Object.entries(probes[page] ?? {})) {
    if (info.in_expected !== false) continue;
    probeCount++;
    if (article?.text.includes(phrase)) {
      leaks++;
      if (verbose) console.log(`  leak: ${page}: "${phrase}"`);
    }
  }
  const expected = JSON.parse(readFileSync(path.join(pagesDir, page, 'expected-metadata.json'), 'utf8'));
  for (const [key, field] of [['title', 'title'], ['byline', 'byline']]) {
    if (!expected[field]) continue;
    agree[key][1]++;
    if (norm(article?.[key]) === norm(expected[field])) agree[key][0]++;
    else if (verbose) console.log(`  ${key} ${page}: "${article?.[key]}" vs "${expected[field]}"`);
  }
  void text;
}
console.log(`\nboilerplate probes (${probeCount} phrases marked in_expected: false on 40 pages): ${leaks} leaked`);
console.log(`metadata agreement with expected-metadata.json: title ${agree.title[0]}/${agree.title[1]}, byline ${agree.byline[0]}/${agree.byline[1]}`);
