#!/usr/bin/env node
// npm run eval:editorial — the whole pipeline (offline) over real pages nobody on the team wrote:
// the 91 pages of ../shared/corpus/extraction and the 40 of ../shared/corpus/pages (add
// `--set web` for the mostly German pages of ../shared/corpus/web). Each edition is read back from
// the files crier wrote and judged with the editorial checks of `crier check`; the table counts
// each class of copy an editor would have to fix, per edition, on two halves of the pages
// (A: where rules are tuned, B: where they are confirmed).
// Then a weekly edition: the first 15 pages of ../shared/corpus/extraction (by file name) that extract
// with a date, as one `crier digest` (--order given, no period), read back from its files the same
// way (each story, and the edition's intro, big picture, brief and posts): no class may appear in it.
//   --set extraction,pages,web   which page sets (default extraction,pages)
//   --examples N                 examples per class (default 3)
//   --json FILE                  every finding of every page, for reading
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build, digest, extractArticle } from '../dist/index.js';
import { EDITORIAL_CLASSES } from '../dist/check/editorial/editorialClasses.js';
import { editorialFindings } from '../dist/check/editorial/editorialFindings.js';
import { readEditionText } from '../dist/check/editorial/editionText.js';
import { readDigestText } from '../dist/check/editorial/digestText.js';
import { requireCorpus } from './corpus.mjs';

const corpus = requireCorpus('eval:editorial', 'extraction/ground-truth.json');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sets = arg('--set', 'extraction,pages').split(',');
const exampleCount = Number(arg('--examples', '3'));
const jsonOut = arg('--json');

/** The pages of each set as [id, html]. */
function pagesOf(set) {
  if (set === 'extraction') {
    const dir = path.join(corpus, 'extraction/html');
    return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => [`extraction/${f.replace(/\.html\.gz$/, '')}`, gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')]);
  }
  if (set === 'pages') {
    const dir = path.join(corpus, 'pages');
    return readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'source.html'))).sort().map((d) => [`pages/${d}`, readFileSync(path.join(dir, d, 'source.html'), 'utf8')]);
  }
  if (set === 'web') {
    const dir = path.join(corpus, 'web/html');
    return readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => [`web/${f.replace(/\.html\.gz$/, '')}`, gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')]);
  }
  throw new Error(`unknown set ${set}`);
}

// Half A tunes, half B confirms: a stable split by the page id's hash, the same on every machine.
const halfOf = (id) => (createHash('sha1').update(id).digest()[0] % 2 === 0 ? 'A' : 'B');

const work = mkdtempSync(path.join(tmpdir(), 'crier-eval-editorial-'));
const pages = sets.flatMap(pagesOf);
const results = [];
const env = { ...process.env };
delete env.OPENAI_API_KEY;
delete env.SOURCE_DATE_EPOCH;
let failed = 0;
for (const [id, html] of pages) {
  const name = id.replace(/[^\w-]+/g, '_');
  const input = path.join(work, 'in', `${name}.html`);
  mkdirSync(path.dirname(input), { recursive: true });
  writeFileSync(input, html);
  const article = (() => {
    try {
      return extractArticle({ path: input, format: 'html', text: html, sha256: createHash('sha256').update(html).digest('hex') }).article;
    } catch {
      return undefined;
    }
  })();
  try {
    const out = path.join(work, 'out', name);
    const result = await build({ inputs: [input], out, cwd: work, env, llm: { offline: true } });
    const dir = path.resolve(work, result.editions[0].dir);
    const read = (f) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : undefined);
    const text = readEditionText({ html: read('newsletter.html'), briefJson: read('brief.json'), threadJson: read('thread.json'), eml: read('newsletter.eml') });
    const findings = editorialFindings(text, {
      lang: article?.lang ?? 'en',
      ...(article ? { articleText: article.text, links: [article.url, ...article.links.map((l) => l.href)].filter(Boolean) } : {}),
    });
    results.push({ id, half: halfOf(id), lang: article?.lang, headline: text.headline, findings });
  } catch (error) {
    failed++;
    results.push({ id, half: halfOf(id), error: String(error.message ?? error).split('\n')[0], findings: [] });
  }
}

/** The weekly edition of 15 dev pages, judged story by story and as a whole. */
async function weeklyEdition() {
  const dir = path.join(corpus, 'extraction/html');
  const inDir = path.join(work, 'week', 'in');
  mkdirSync(inDir, { recursive: true });
  const articles = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()) {
    const html = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    let article;
    try {
      article = extractArticle({ path: f, format: 'html', text: html, sha256: createHash('sha256').update(html).digest('hex') }).article;
    } catch {
      continue;
    }
    if (!article.publishedAt) continue;
    writeFileSync(path.join(inDir, `${String(articles.length).padStart(2, '0')}-${f.slice(0, 12)}.html`), html);
    articles.push(article);
    if (articles.length === 15) break;
  }
  const newest = articles.map((a) => a.publishedAt.slice(0, 10)).sort().pop();
  const result = await digest({ inputs: [inDir], out: path.join(work, 'week', 'out'), cwd: work, env, llm: { offline: true }, order: 'given', sections: true, date: newest });
  const out = path.resolve(work, result.dir);
  const read = (f) => (existsSync(path.join(out, f)) ? readFileSync(path.join(out, f), 'utf8') : undefined);
  const week = readDigestText({ html: read('newsletter.html'), briefJson: read('brief.json'), threadJson: read('thread.json'), eml: read('newsletter.eml') });
  const bare = (u) => (u ?? '').replace(/[?#].*$/, '').replace(/\/$/, '');
  const links = articles.flatMap((a) => [a.url, ...a.links.map((l) => l.href)]).filter(Boolean);
  const findings = [];
  for (const story of week.stories) {
    const article = articles.find((a) => bare(a.url) === bare(story.url)) ?? articles.find((a) => a.title === story.headline);
    for (const f of editorialFindings(story, { lang: article?.lang ?? 'en', ...(article ? { articleText: article.text, links: [article.url, ...article.links.map((l) => l.href)].filter(Boolean) } : {}) })) findings.push({ ...f, where: `${story.headline.slice(0, 40)} [${f.where}]` });
  }
  const lang = JSON.parse(read('brief.json') ?? '{}').lang ?? 'en';
  for (const f of editorialFindings(week.edition, { lang, links })) findings.push({ ...f, where: `edition [${f.where}]` });
  return { result, week, findings, bytes: Buffer.byteLength(read('newsletter.html') ?? '') };
}
const weekly = await weeklyEdition();
rmSync(work, { recursive: true, force: true });

const built = results.filter((r) => !r.error);
const rate = (list, cls) => (list.length ? list.reduce((n, r) => n + r.findings.filter((f) => f.class === cls).length, 0) / list.length : 0);
const halves = { A: built.filter((r) => r.half === 'A'), B: built.filter((r) => r.half === 'B') };
console.log(`eval:editorial — ${built.length} editions from ${pages.length} pages (${sets.join(', ')}); ${failed} failed to build`);
console.log(`half A (tune) ${halves.A.length}, half B (confirm) ${halves.B.length}; numbers are findings per edition\n`);
console.log('| class | all | A | B | editions with it |');
console.log('|---|---|---|---|---|');
for (const cls of EDITORIAL_CLASSES) {
  const withIt = built.filter((r) => r.findings.some((f) => f.class === cls)).length;
  console.log(`| ${cls} | ${rate(built, cls).toFixed(2)} | ${rate(halves.A, cls).toFixed(2)} | ${rate(halves.B, cls).toFixed(2)} | ${withIt} |`);
}
const together = ['danglingOpener', 'pronounLead', 'stampOrCaption', 'badKeyword', 'repeatedLine', 'altIsHeadline'];
const sum = (list) => together.reduce((n, c) => n + rate(list, c), 0);
console.log(`\ntogether (${together.join(', ')}): all ${sum(built).toFixed(2)}, A ${sum(halves.A).toFixed(2)}, B ${sum(halves.B).toFixed(2)} per edition (target < 0.2)`);
const clean = built.filter((r) => r.findings.length === 0).length;
console.log(`editions with no finding at all: ${clean}/${built.length}`);
if (exampleCount > 0) {
  console.log('\nExamples:');
  for (const cls of EDITORIAL_CLASSES) {
    const examples = built.flatMap((r) => r.findings.filter((f) => f.class === cls).map((f) => `${r.id} [${f.where}] ${f.text.slice(0, 160)}`));
    if (examples.length) console.log(`- ${cls}:\n    ${examples.slice(0, exampleCount).join('\n    ')}`);
  }
}
for (const r of results.filter((x) => x.error)) console.log(`failed: ${r.id}: ${r.error}`);

const { result: week, findings: weekFindings } = weekly;
console.log(`\nweekly edition of ${week.stories.length} dev pages (${weekly.week.sections.length} sections: ${weekly.week.sections.join(', ') || 'none'}; ${week.merged.length} merged; newsletter.html ${(weekly.bytes / 1024).toFixed(1)} KB):`);
console.log(`  subject: ${weekly.week.edition.subject}`);
console.log(`  findings: ${weekFindings.length} (target 0)`);
for (const cls of EDITORIAL_CLASSES) {
  const of = weekFindings.filter((f) => f.class === cls);
  if (of.length) console.log(`  - ${cls} ${of.length}: ${of.slice(0, exampleCount || 3).map((f) => `${f.where} ${f.text.slice(0, 120)}`).join('\n      ')}`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ editions: results, weekly: weekFindings }, null, 2)}\n`);
