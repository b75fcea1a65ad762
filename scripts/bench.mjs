#!/usr/bin/env node
// npm run bench — speed numbers, printed (never asserted in tests).
//   1. summarizing the 60 corpus articles in one process (median / max per article)
//   2. summarizing one article and the same article 10x longer (linear growth)
//   3. splitting a 10,000-word article into threads on every platform
//   4. crier build on the seed, whole CLI, median of several runs
//   5. LLM requests per article
//   6. crier digest of 10, 50 and 200 articles, whole CLI
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { analyze, build, extractArticle, ExtractiveSummarizer, makePlatforms } from '../dist/index.js';
import { splitThread } from '../dist/compose/thread/splitThread.js';
import { corpus, root } from './corpus.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
const summarizer = new ExtractiveSummarizer();

function articleOf(id, paragraphs, title = '') {
  const text = paragraphs.join('\n\n');
  return { id, title, lang: 'en', tags: [], lede: paragraphs[0] ?? '', paragraphs, text, images: [], links: [], wordCount: text.split(/\s+/).length, inputPath: id, sha256: '' };
}

async function timeSummary(article, k = 3) {
  const started = performance.now();
  await summarizer.summarize(article, analyze(article), { sentences: k });
  return performance.now() - started;
}

console.log(`machine: ${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);

const htmlDir = path.join(corpus, 'extraction/html');
if (existsSync(htmlDir)) {
  const pages = readdirSync(htmlDir).sort().map((f) => gunzipSync(readFileSync(path.join(htmlDir, f))).toString('utf8'));
  const times = [];
  for (const [i, text] of pages.entries()) {
    const started = performance.now();
    try {
      extractArticle({ path: `page-${i}`, format: 'html', text, sha256: '' });
    } catch {
      // a page without an article still counts its time
    }
    times.push(performance.now() - started);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`extract ${pages.length} HTML pages, one process: median ${ms(median(times))}, worst ${ms(Math.max(...times))}, peak RSS ${rssMb.toFixed(0)} MB`);
} else console.log('extract pages: skipped (../shared/corpus not found)');

const pairsFile = path.join(corpus, 'summaries/pairs.jsonl');
if (existsSync(pairsFile)) {
  const pairs = readFileSync(pairsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const times = [];
  for (const pair of pairs) times.push(await timeSummary(articleOf(pair.id, pair.article.split('\n').filter(Boolean))));
  console.log(`summarize, ${pairs.length} corpus articles: median ${ms(median(times))}, max ${ms(Math.max(...times))} per article`);
} else console.log('summarize corpus: skipped (../shared/corpus not found)');

const seedParagraphs = readFileSync(path.join(root, 'content/putin-bolton-kremlin-talks.txt'), 'utf8').split('\n').filter((l) => l.length > 80);
const one = articleOf('seed', seedParagraphs);
const ten = articleOf('seed-x10', Array.from({ length: 10 }, (_, i) => seedParagraphs.map((p) => `${p} (part ${i + 1})`)).flat());
const t1 = median(await Promise.all(Array.from({ length: 1 }, () => 0)).then(async () => { const r = []; for (let i = 0; i < 15; i++) r.push(await timeSummary(one)); return r; }));
const t10 = median(await (async () => { const r = []; for (let i = 0; i < 5; i++) r.push(await timeSummary(ten)); return r; })());
console.log(`summarize, seed (${one.wordCount} words): ${ms(t1)}; 10x longer (${ten.wordCount} words): ${ms(t10)} (x${(t10 / t1).toFixed(1)})`);

const words = [];
while (words.length < 10000) words.push(...seedParagraphs.join(' ').split(/\s+/));
const big = words.slice(0, 10000).join(' ');
const paragraphs = big.match(/(?:\S+\s+){1,120}/g) ?? [big];
const platforms = makePlatforms();
for (const platform of Object.values(platforms)) {
  const runs = [];
  let posts = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    posts = splitThread([{ role: 'body', paragraphs }], platform, '1/N').length;
    runs.push(performance.now() - started);
  }
  console.log(`split 10,000 words for ${platform.name.padEnd(8)}: ${ms(median(runs))} (${posts} posts)`);
}
// Words longer than a post, in a script the fast counters do not cover (Arabic): cut by graphemes.
const longWords = ['\u0634'.repeat(1000), '\u0639'.repeat(1000), '\u0631'.repeat(400)].join(' ');
for (const platform of Object.values(platforms)) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    splitThread([{ role: 'body', paragraphs: [longWords] }], platform, '1/N');
    runs.push(performance.now() - started);
  }
  console.log(`split 3 Arabic words of 2,400 letters for ${platform.name.padEnd(8)}: ${ms(median(runs))}`);
}

// 4. crier build on the seed (the whole pipeline, all outputs, card.png and quote-card.png
//    included) against the bare mjml CLI (node node_modules/mjml/bin/mjml, no npx start-up)
//    compiling that edition's newsletter.mjml, alternating: a rebuild (the cards come from
//    .crier-cache/cards, as in the preview or any re-run), a first build (--no-cache: the cards are
//    drawn, on a second thread beside the email), --no-cards, mjml, and a build without V8's code
//    cache (NODE_DISABLE_COMPILE_CACHE: as the first run after an install). Medians, the ratio (target
//    <= 1.0), and the CPU time each used (on a busy machine the second thread helps less).
const cli = path.join(root, 'dist/bundle/cli.js');
const seedOut = mkdtempSync(path.join(tmpdir(), 'crier-bench-'));
execFileSync(process.execPath, [cli, 'build', path.join(root, 'content'), '-o', seedOut, '-q']);
const mjmlFile = path.join(seedOut, readdirSync(seedOut).find((f) => f !== 'index.html'), 'newsletter.mjml');
const mjmlCli = path.join(root, 'node_modules/mjml/bin/mjml');
const { spawnSync } = await import('node:child_process');
// A fresh process, its wall time and the CPU time it used (a preloaded script reports it on exit).
const preload = path.join(mkdtempSync(path.join(tmpdir(), 'crier-bench-')), 'cpu.cjs');
// (Worker threads load it too: only the main thread reports, for the whole process.)
writeFileSync(preload, "process.on('exit', () => { if (!require('node:worker_threads').isMainThread) return; const u = process.resourceUsage(); require('node:fs').writeSync(3, String((u.userCPUTime + u.systemCPUTime) / 1000)); });");
function timed(args, env = {}) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  return { wall: performance.now() - started, cpu: Number(child.output[3]) };
}
const series = { crier: [], cold: [], noCards: [], mjml: [], uncompiled: [] };
for (let i = 0; i < 9; i++) {
  const out = mkdtempSync(path.join(tmpdir(), 'crier-bench-'));
  series.crier.push(timed([cli, 'build', path.join(root, 'content'), '-o', path.join(out, 'a'), '-q']));
  series.cold.push(timed([cli, 'build', path.join(root, 'content'), '-o', path.join(out, 'c'), '-q', '--no-cache']));
  series.mjml.push(timed([mjmlCli, mjmlFile, '-o', path.join(out, 'x.html')]));
  series.noCards.push(timed([cli, 'build', path.join(root, 'content'), '-o', path.join(out, 'b'), '-q', '--no-cards']));
  // As the very first run after installing crier (or with a new Node): no compiled code kept yet.
  series.uncompiled.push(timed([cli, 'build', path.join(root, 'content'), '-o', path.join(out, 'd'), '-q'], { NODE_DISABLE_COMPILE_CACHE: '1' }));
}
const wall = (s) => median(s.map((r) => r.wall));
const cpu = (s) => median(s.map((r) => r.cpu));
const line = (label, s) => console.log(`${label.padEnd(66)} median ${ms(wall(s))} wall, ${ms(cpu(s))} CPU, ratio to mjml ${(wall(s) / wall(series.mjml)).toFixed(2)}`);
console.log('');
line('crier build content/ (all outputs; cards from .crier-cache)', series.crier);
line('crier build content/ --no-cache (cards drawn: a first build)', series.cold);
line('crier build content/ --no-cards', series.noCards);
line('crier build content/, no compiled code kept (a first run)', series.uncompiled);
line('node node_modules/mjml/bin/mjml newsletter.mjml (MJML alone)', series.mjml);
console.log(`ratio crier / mjml: ${(wall(series.crier) / wall(series.mjml)).toFixed(2)} (target <= 1.00) over ${series.crier.length} alternating runs`);

// 5. LLM requests per article, and per cached re-run, against a local OpenAI-compatible stub.
{
  let requests = 0;
  const answer = JSON.stringify({
    headline: 'Putin and Bolton see hope for better ties', preheader: 'A possible summit in Helsinki in mid-July, and arms control.',
    bullets: ['Putin and Bolton met in the Kremlin.', 'A summit could follow in mid-July.'], intro: 'Putin and Bolton met in the Kremlin and spoke of hope.',
    whyItMatters: 'Relations are at their worst since the Cold War.',
    posts: { x: ['Putin and Bolton met in the Kremlin.'], bluesky: ['Putin and Bolton met.'], mastodon: ['Putin and Bolton met.'], threads: ['Putin and Bolton met.'], linkedin: ['Putin and Bolton met.'] },
    hashtags: ['#Kremlin'],
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'bench', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer, refusal: null } }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const cwd = mkdtempSync(path.join(tmpdir(), 'crier-bench-llm-'));
  const env = { OPENAI_BASE_URL: `http://127.0.0.1:${server.address().port}/v1`, OPENAI_API_KEY: 'bench' };
  const options = { inputs: [path.join(root, 'content')], out: path.join(cwd, 'out'), cwd, env, llm: { llm: true } };
  await build(options);
  const first = requests;
  await build(options);
  console.log(`LLM requests per article: ${first}; per cached re-run: ${requests - first}`);
  server.close();
}

// 6. The weekly edition from 10, 50 and 200 articles (corpus articles, or generated): `crier digest`
//    as a user runs it (the bundled CLI, a fresh process each time), 5 runs per size: median and
//    worst wall time, and the peak memory of the process (target: 200 under 3 s and 300 MB, linear).
{
  const { spawnSync } = await import('node:child_process');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  // Real article texts: the corpus's summaries and extraction ground truth (151), else the seed.
  const texts = [];
  if (existsSync(pairsFile)) {
    for (const p of readFileSync(pairsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l))) texts.push(p.article.split('\n'));
    const truth = JSON.parse(readFileSync(path.join(corpus, 'extraction/ground-truth.json'), 'utf8'));
    for (const v of Object.values(truth)) texts.push(v.articleBody.split(/\n+/).filter(Boolean));
  } else texts.push(seedParagraphs);
  console.log('');
  // A preloaded script reports the CLI's peak memory as it exits. (Not an --input-type=module
  // wrapper: worker threads inherit the process's flags, and the card worker cannot take that one.)
  const rssPreload = path.join(mkdtempSync(path.join(tmpdir(), 'crier-bench-')), 'rss.cjs');
  writeFileSync(rssPreload, "process.on('exit', () => { if (require('node:worker_threads').isMainThread) require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)); });");
  const rows = [];
  for (const n of [10, 50, 200]) {
    const dir = mkdtempSync(path.join(tmpdir(), `crier-week-${n}-`));
    mkdirSync(path.join(dir, 'in'));
    for (let i = 0; i < n; i++) {
      // Past the number of real texts, an article is the first half of one and the second half of
      // another, so it is not a duplicate of any other (the digest drops duplicates).
      const a = texts[i % texts.length];
      const b = texts[(i * 7 + 3) % texts.length];
      const paragraphs = i < texts.length ? a : [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))];
      const title = (paragraphs[0] ?? 'Story').split(/(?<=[.!?])\s/)[0].slice(0, 90).replace(/"/g, "'");
      writeFileSync(path.join(dir, 'in', `${String(i).padStart(3, '0')}.md`), `---\ntitle: "${title} (${i})"\ndate: 2026-11-${String(23 + (i % 7)).padStart(2, '0')}\nurl: https://example.com/${i}\n---\n${paragraphs.join('\n\n')}\n`);
    }
    const walls = [];
    let rss = 0;
    let result = {};
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const child = spawnSync(process.execPath, ['--require', rssPreload, cli, 'digest', 'in', '-o', `out-${run}`, '--date', '2026-11-29', '--json', '-q'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
      walls.push(performance.now() - started);
      if (child.status !== 0) throw new Error(`crier digest failed: ${child.stderr}`);
      rss = Math.max(rss, Number(child.output[3]) / 1024);
      result = JSON.parse(child.stdout);
    }
    const perArticle = n > 10 ? ` (+${((median(walls) - rows[0]) / (n - 10)).toFixed(1)} ms per article over 10)` : '';
    rows.push(median(walls));
    console.log(`crier digest of ${String(n).padStart(3)} articles: median ${(median(walls) / 1000).toFixed(2)} s wall, worst ${(Math.max(...walls) / 1000).toFixed(2)} s, peak RSS ${rss.toFixed(0)} MB, ${result.stories.length} stories, ${result.skipped.length} skipped${perArticle}`);
  }
}
