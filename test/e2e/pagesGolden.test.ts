// Golden threads for three real pages of the evaluation corpus (../shared/corpus, beside the
// project): a wire story with a long key quote, a story whose long sentences used to spill their
// tails into the next post, and a page whose summary holds the tail of a sentence. The corpus text
// never enters the repository: the golden files hold each post's role, length and a hash of its
// text. UPDATE_GOLDEN=1 rewrites them and prints the threads, to be read before committing. Built
// in-process without cards (helpers/inProcess.ts): the threads are the point.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { postFindings } from '../../src/check/editorial/postFindings.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { buildIn } from '../helpers/inProcess.js';

const CORPUS = path.join(ROOT, '../shared/corpus');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden/pages');
const PAGES: Record<string, string> = {
  'cbs-kidnapping': 'extraction/html/2c46804d9db4a85e8f8d31128ce0e11d02f25c7120c2faa5ec0664c604a47717.html.gz',
  'aljazeera-moon': 'extraction/html/42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc.html.gz',
  'medicalnewstoday': 'pages/medicalnewstoday/source.html',
};
const present = Object.values(PAGES).every((file) => existsSync(path.join(CORPUS, file)));
if (!present) console.log(`golden page threads skipped: the evaluation corpus is not at ${CORPUS}`);

interface ThreadJson {
  platforms: Record<string, { posts: { index: number; role: string; text: string; length: number }[] }>;
}

const fingerprint = (thread: ThreadJson) =>
  Object.fromEntries(
    Object.entries(thread.platforms).map(([platform, t]) => [platform, t.posts.map((p) => `${p.role} ${p.length} ${createHash('sha256').update(p.text).digest('hex').slice(0, 16)}`)]),
  );

describe.skipIf(!present)('golden threads of three corpus pages', () => {
  const threads: Record<string, ThreadJson> = {};
  const headlines: Record<string, string> = {};

  beforeAll(async () => {
    const work = tempDir();
    for (const [name, file] of Object.entries(PAGES)) {
      const raw = readFileSync(path.join(CORPUS, file));
      writeFileSync(path.join(work, `${name}.html`), file.endsWith('.gz') ? gunzipSync(raw) : raw);
    }
    const { editions } = await buildIn(work, { inputs: Object.keys(PAGES).map((n) => `${n}.html`), cards: false }, { OPENAI_API_KEY: '' });
    for (const edition of editions) {
      const name = path.basename(edition.input, '.html');
      threads[name] = JSON.parse(readFileSync(path.join(work, edition.dir, 'thread.json'), 'utf8')) as ThreadJson;
      headlines[name] = (JSON.parse(readFileSync(path.join(work, edition.dir, 'brief.json'), 'utf8')) as { title: string }).title;
    }
  });

  for (const name of Object.keys(PAGES)) {
    it(`${name}: the same posts as the golden file, and none an editor would fix`, () => {
      const thread = threads[name];
      expect(thread, name).toBeDefined();
      if (!thread) return;
      const file = path.join(GOLDEN, `${name}.json`);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, `${JSON.stringify(fingerprint(thread), null, 2)}\n`);
        for (const [platform, t] of Object.entries(thread.platforms)) console.log(`\n===== ${name} ${platform}\n${t.posts.map((p) => p.text).join('\n~~~~~~~~~~\n')}`);
      }
      expect(fingerprint(thread)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      const posts = Object.entries(thread.platforms).flatMap(([platform, t]) => t.posts.map((p) => ({ platform, index: p.index, text: p.text })));
      const findings = postFindings({ headline: headlines[name] ?? '', lede: [], bullets: [], body: [], brief: { summary: [], bullets: [], keywords: [] }, posts }, { lang: 'en' });
      expect(findings.filter((f) => ['fragmentPost', 'brokenQuote', 'foreignUrl', 'linkedinNumbered'].includes(f.class))).toEqual([]);
    });
  }
});
