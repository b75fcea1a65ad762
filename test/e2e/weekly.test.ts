// The weekly desk end to end (issue 19): feeds as inputs (files, and a feed served on 127.0.0.1 whose
// items link to pages on the same server), a broken feed, one event from two outlets as one story,
// two editions in one folder, the subject line, thumbnails within Gmail's clip. In-process through
// digest() (helpers/inProcess.ts: its result is what --json prints, its events the progress lines);
// the bundled CLI for the merge, whose ↳ line only the CLI prints.
import { cpSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { localServer, type LocalServer } from '../helpers/localServer.js';
import { checkIn, digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const FEEDS = path.join(FIXTURES, 'feeds');
const read = (...parts: string[]) => readFileSync(path.join(...parts), 'utf8');

/** A page of the served site: its own <title> and date differ from the feed's, which must win. */
function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Riverside Post</title><meta property="og:site_name" content="Riverside Post"><meta property="article:published_time" content="2026-10-01T09:00:00Z"><meta property="og:image" content="https://riverside.example.com/img/${title.length}.jpg"><meta property="og:image:width" content="800"><meta property="og:image:height" content="600"></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let site: LocalServer;
let base = '';

beforeAll(async () => {
  site = await localServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Riverside Post</title><link>${base}/</link><description>Riverside news</description>
<item><title>Bridge repairs close the river road</title><link>${base}/bridge?utm_source=rss&amp;gclid=abc</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>The river road closes for bridge repairs.</description></item>
<item><title>School canteen serves local food</title><link>${base}/canteen</link><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate><description>Local farms supply the school canteen.</description></item>
<item><title>A page that is gone</title><link>${base}/gone</link><pubDate>Thu, 26 Nov 2026 08:00:00 GMT</pubDate><description>Removed.</description></item>
<item><title>Last month's fair</title><link>${base}/fair</link><pubDate>Thu, 01 Oct 2026 08:00:00 GMT</pubDate><description>Old news.</description></item>
</channel></rss>`);
    } else if (req.url?.startsWith('/bridge')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Old bridge headline', [
        'The river road will close for six weeks from Monday while engineers repair the old stone bridge, the roads office said on Tuesday.',
        'Cracks found in two arches during an inspection in October made the repairs urgent. Buses will take a detour over the northern bridge, adding ten minutes to the trip into town.',
        'Cyclists and walkers can still cross on a temporary footbridge. The roads office expects the work to cost 1.2 million euros.',
      ]));
    } else if (req.url === '/canteen') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Old canteen headline', [
        'Pupils at the riverside school now eat vegetables, bread and milk from farms within thirty kilometres, after the school changed its canteen supplier this autumn.',
        'The head cook, Lena Dahl, said the new menu cost about the same as the old one. Parents asked for the change in a petition signed by four hundred families.',
      ]));
    } else if (req.url === '/fair') {
      res.writeHead(500);
      res.end('never fetched: the feed dates it outside the week');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  base = site.base;
});

afterAll(() => site.close());

describe('feeds as inputs', () => {
  it('reads RSS, Atom and JSON Feed files: each item an article from its own text, with the feed’s title, date and clean link; a broken feed is one line', async () => {
    const work = tempDir();
    cpSync(FEEDS, path.join(work, 'feeds'), { recursive: true });
    const { result: json, events } = await digestIn(work, { inputs: ['feeds/harbour.rss', 'feeds/northside.atom', 'feeds/museum.json', 'feeds/broken.rss'], since: '2026-11-25', until: '2026-11-29', cards: false });
    expect(events).toContainEqual({ input: 'feeds/broken.rss', status: 'failed', detail: expect.stringMatching(/^feeds\/broken\.rss is not a readable feed: its XML is malformed/) });
    // The library item (24 November) and the festival (June) are outside the period: skipped unread.
    expect(events).toContainEqual({ input: 'https://gazette.example.com/2026/11/24/library', status: 'skipped', detail: 'dated 2026-11-24, outside 2026-11-25 – 2026-11-29' });
    expect(json.stories.map((s) => `${s.title} (${s.sources.join(', ')})`).sort()).toEqual([
      'Council approves year-round harbour ferry (Harbour Gazette)',
      'Harbour museum reopens after repairs (Museum News)',
      'Tram line & bus lanes: the plan (Northside Courier)',
    ]);
    const html = read(work, json.dir, 'newsletter.html');
    // The link readers get has no tracking parameters of the feed's or the share's.
    expect(html).toContain('href="https://gazette.example.com/2026/11/25/harbour-ferry"');
    expect(html).not.toMatch(/utm_|fbclid/);
    // Thumbnails: the feed's image, 120 px wide, its height from its own size (1200 x 800) or assumed (1.91:1).
    expect(html).toMatch(/<img src="https:\/\/gazette\.example\.com\/img\/ferry\.jpg" alt="" width="120" height="80"/);
    expect(html).toMatch(/<img src="https:\/\/museum\.example\.net\/img\/hall\.jpg" alt="" width="120" height="63"/);
  });

  it('reads a feed URL, fetching each item’s page with read-ahead: titles, dates and links from the feed, a missing page one line', async () => {
    const work = tempDir();
    const { result: json, events } = await digestIn(work, { inputs: [`${base}/feed.xml`], week: '2026-W48', cards: false });
    expect(events).toContainEqual({ input: `${base}/gone`, status: 'failed', detail: expect.stringContaining(`${base}/gone returned HTTP 404`) });
    expect(events).toContainEqual({ input: `${base}/fair`, status: 'skipped', detail: 'dated 2026-10-01, outside 2026-W48' });
    expect(json.stories.map((s) => `${s.title} ${s.date?.slice(0, 10)}`)).toEqual(['School canteen serves local food 2026-11-25', 'Bridge repairs close the river road 2026-11-24']);
    const html = read(work, json.dir, 'newsletter.html');
    expect(html).toContain(`href="${base}/bridge"`);
    expect(html).not.toContain('Old bridge headline');
    expect(html).toContain('Riverside Post');
  });

  it('reads the feeds the config lists (digest.feeds) when no input is given', async () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'crier.config.json'), JSON.stringify({ digest: { feeds: [`${base}/feed.xml`] } }));
    const { result } = await digestIn(work, { inputs: [], week: '2026-W48', cards: false });
    expect(result.stories).toHaveLength(2);
    // Without inputs or feeds: a usage error (the CLI's exit 2 and this line: errors.test.ts).
    await failsWith(digestIn(tempDir(), { inputs: [], week: '2026-W48', cards: false }), /^crier: No input given \(pass files, folders or feeds, or list feeds under digest\.feeds in crier\.config\.json\)$/, 2);
  });
});

/** Two outlets' own reports of one event, and another story: Markdown files written for the tests. */
function sameEventWeek(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a-bbc.md'), `---\ntitle: Sweden drops Julian Assange rape investigation\nsource: BBC News\ndate: 2026-11-24\nurl: https://www.bbc.example/news/assange\n---\nSwedish prosecutors have dropped an investigation into a rape allegation against WikiLeaks co-founder Julian Assange.\n\nDeputy chief prosecutor Eva-Marie Persson said the evidence had weakened considerably because of the long time that had passed since the events in question.\n\nMr Assange, who is in a British prison, has always denied the allegation, which dates from 2010. The investigation had been dropped and reopened several times.\n`);
  writeFileSync(path.join(dir, 'b-albawaba.md'), `---\ntitle: Swedish Prosecutors Discontinue Assange Probe\nsource: Al Bawaba\ndate: 2026-11-25\nurl: https://www.albawaba.example/news/assange-probe\n---\nSweden's public prosecutor on Tuesday discontinued the investigation into a rape allegation against Julian Assange, saying the evidence was no longer strong enough.\n\nThe WikiLeaks founder is serving a sentence in London.\n`);
  writeFileSync(path.join(dir, 'c-ferry.md'), `---\ntitle: Council approves harbour ferry\nsource: Harbour Gazette\ndate: 2026-11-25\nurl: https://gazette.example.com/ferry\n---\nThe city council voted on Wednesday to fund a year-round electric ferry between the market square and the eastern islands.\n\nConstruction of two piers starts in March, and the first crossings are planned for the autumn.\n`);
}

describe('one event, one story', () => {
  it('merges two outlets’ reports of one event, says so in the progress lines, credits both and links the more complete one', async () => {
    const work = tempDir();
    sameEventWeek(path.join(work, 'in'));
    const result = await runCli(['digest', '--no-cards', 'in', '--week', '2026-W48', '--json'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('↳ in/b-albawaba.md: merged with in/a-bbc.md (same event: Julian Assange, Sweden)');
    const json = JSON.parse(result.stdout);
    expect(json.stories).toHaveLength(2);
    expect(json.merged).toEqual([{ input: 'in/b-albawaba.md', into: 'in/a-bbc.md', names: ['Julian Assange', 'Sweden'] }]);
    const html = read(work, json.dir, 'newsletter.html');
    expect(html).toContain('<span class="source">BBC News, Al Bawaba</span>');
    expect(html).toContain('href="https://www.bbc.example/news/assange"');
    expect(html).not.toContain('href="https://www.albawaba.example');
    // Newest first: the ferry (25 November), then the merged story (its linked report is of the 24th).
    expect(html).toContain('This week: 2 stories from Harbour Gazette, BBC News and Al Bawaba. Leading: Council approves harbour ferry.');
  });
});

describe('memory of sent stories', () => {
  it('skips in the second edition what the first sent, says where it ran, numbers the next edition; --repeat includes it', async () => {
    const work = tempDir();
    sameEventWeek(path.join(work, 'week47'));
    await digestIn(work, { inputs: ['week47'], since: '2026-11-20', until: '2026-11-26', edition: 12, date: '2026-11-26', cards: false });
    // The next week: the ferry story again (another save of the same page), the Al Bawaba report again, one new story.
    mkdirSync(path.join(work, 'week48'));
    writeFileSync(path.join(work, 'week48', 'ferry-again.md'), read(work, 'week47', 'c-ferry.md').replace('url: https://gazette.example.com/ferry', 'url: https://gazette.example.com/ferry?utm_source=newsletter'));
    writeFileSync(path.join(work, 'week48', 'albawaba-copy.md'), read(work, 'week47', 'b-albawaba.md').replace(/url: .*\n/, ''));
    writeFileSync(path.join(work, 'week48', 'library.md'), `---\ntitle: Library opens late on Fridays\nsource: Northside Courier\ndate: 2026-11-27\n---\nThe central library will stay open until ten in the evening on Fridays from next month, after a pilot scheme drew three thousand visitors in four weeks.\n\nStudents and shift workers used the late hours most, the culture office said.\n`);
    const { result: json, events } = await digestIn(work, { inputs: ['week48'], since: '2026-11-20', until: '2026-11-30', cards: false });
    expect(events).toContainEqual({ input: 'week48/ferry-again.md', status: 'skipped', detail: 'already in #12, 2026-11-26' });
    expect(events).toContainEqual({ input: 'week48/albawaba-copy.md', status: 'skipped', detail: 'already in #12, 2026-11-26' });
    expect(json.edition).toBe(13);
    expect(json.stories.map((s) => s.title)).toEqual(['Library opens late on Fridays']);
    const manifest = JSON.parse(read(work, json.dir, 'manifest.json'));
    expect(manifest.edition).toMatchObject({ kind: 'digest', number: 13, period: '2026-11-20..2026-11-30' });
    expect(manifest.inputs[0]).toEqual({ path: 'week48/library.md', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const index = read(work, 'out', 'index.html');
    expect(index).toMatch(/Edition 13 · November 30, 2026 · weekly edition, 1 story/);
    expect(index).toMatch(/Edition 12 · November 26, 2026 · weekly edition, 2 stories/);
    // The same period again rebuilds #13 (its own stories are not "already sent"); --repeat runs the sent ones too.
    const { result: rebuilt } = await digestIn(work, { inputs: ['week48'], since: '2026-11-20', until: '2026-11-30', repeat: true, cards: false });
    expect(rebuilt.edition).toBe(13);
    expect(rebuilt.stories.map((s) => s.title).sort()).toEqual(['Council approves harbour ferry', 'Library opens late on Fridays', 'Swedish Prosecutors Discontinue Assange Probe']);
  });
});

describe('a re-run', () => {
  it('rebuilds the same edition (its number, its stories) when the same articles are given again without a period', async () => {
    const work = tempDir();
    sameEventWeek(path.join(work, 'in'));
    const { result: a } = await digestIn(work, { inputs: ['in'], edition: 4, cards: false });
    const { result: b } = await digestIn(work, { inputs: ['in'], cards: false });
    expect(b.edition).toBe(4);
    expect(b.skipped).toEqual([]);
    expect(b.stories).toEqual(a.stories);
  });
});

describe('an undated article', () => {
  it('is placed in the week by its file’s modification day, which is never printed as its date', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'in'));
    const file = path.join(work, 'in', 'ferry.md');
    writeFileSync(file, '# Ferry timetable changes in December\n\nThe harbour ferry will run every twenty minutes from the first of December, the port office said, after a summer of long queues at both piers.\n\nThe new timetable adds two late crossings on Fridays and Saturdays. Tickets keep their price.\n');
    const saved = new Date('2026-11-25T10:00:00Z');
    utimesSync(file, saved, saved);
    const { result: json } = await digestIn(work, { inputs: ['in'], week: '2026-W48' });
    expect(json.warnings).toContainEqual({ code: 'file-date', input: 'in/ferry.md', message: expect.stringContaining("using the file's modification time 2026-11-25 to place it (not shown as its date)") });
    expect(json.stories).toHaveLength(1);
    expect(json.stories[0]?.date).toBeUndefined();
    const text = read(work, json.dir, 'newsletter.txt');
    expect(text).not.toMatch(/November 25, 2026/);
    await failsWith(digestIn(work, { inputs: ['in'], week: '2026-W40' }), /^crier: No articles for 2026-W40/);
  });
});

describe('the email', () => {
  it('has the top headlines as its subject, the intro’s first sentence as preheader; crier check warns on a subject that is only the name', async () => {
    const work = tempDir();
    sameEventWeek(path.join(work, 'in'));
    const { result: json } = await digestIn(work, { inputs: ['in'], week: '2026-W48', cards: false });
    // Both headlines, the longer one shortened at a word so that the line fits in 78 characters.
    expect(json.subject).toBe('Council approves harbour ferry · Sweden drops Julian Assange rape…');
    const html = read(work, json.dir, 'newsletter.html');
    expect(html).toContain(`<title>${json.subject}</title>`);
    expect((await simpleParser(read(work, json.dir, 'newsletter.eml'))).subject).toBe(json.subject);
    expect(html).toMatch(/display:none[^>]*>This week: 2 stories from Harbour Gazette, BBC News and Al Bawaba\./);
    const check = await checkIn(work, json.dir);
    expect(check.findings.find((f) => f.check === 'subject')).toEqual({ check: 'subject', level: 'ok', message: `${json.subject.length} characters` });
    const { result: named } = await digestIn(work, { inputs: ['in'], week: '2026-W48', title: 'The Brief', out: 'named', cards: false });
    expect((await checkIn(work, named.dir)).findings).toContainEqual({ check: 'subject', level: 'warning', message: 'the subject "The Brief" is only the newsletter\'s name; say what is inside (the top headlines, or --title)' });
  });

  it('shows thumbnails and stays under Gmail’s 102 KB clip with 15 stories; the minimal theme stays text-only', async () => {
    const work = tempDir();
    const topics = ['ferry', 'library', 'bridge', 'school', 'budget', 'harbour', 'museum', 'park', 'tram', 'hospital', 'stadium', 'market', 'airport', 'theatre', 'festival'];
    mkdirSync(path.join(work, 'in'));
    topics.forEach((t, i) => {
      writeFileSync(
        path.join(work, 'in', `${String(i).padStart(2, '0')}-${t}.md`),
        `---\ntitle: "Council decides on the ${t} plan number ${i + 1}"\nsource: City Times\ndate: 2026-11-25\nurl: https://citytimes.example.com/${t}-${i}?utm_source=x&fbclid=y\nimage: https://citytimes.example.com/img/${t}-with-a-rather-long-file-name-${i}.jpg\nimage_alt: "The ${t} seen from the town hall, where the council met on Tuesday"\n---\nThe city council decided on Tuesday to spend ${i + 2} million euros on the ${t}, after a debate that lasted ${i + 3} hours and drew a full public gallery.\n\nMayor Anna Virtanen said the ${t} plan number ${i + 1} would be finished by ${2027 + (i % 3)}. “This ${t} will serve the city for decades to come, and it will pay for itself,” she told reporters after the vote on item ${i + 1}.\n\nOpponents of the ${t} said the money for project ${i + 1} should have gone to repairs of the ${topics[(i + 5) % topics.length]} instead.\n`,
      );
    });
    const { result: json } = await digestIn(work, { inputs: ['in'], week: '2026-W48', cards: false });
    const html = read(work, json.dir, 'newsletter.html');
    const thumbnails = html.match(/<td class="thumbnail"/g) ?? [];
    expect(thumbnails).toHaveLength(15);
    expect(html).toContain('alt="The ferry seen from the town hall, where the council met on Tuesday" width="120" height="63"');
    const bytes = Buffer.byteLength(html);
    console.log(`15 stories with thumbnails: newsletter.html ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(102 * 1024);
    expect(json.warnings.map((w) => w.message).join('\n')).not.toMatch(/Gmail clips/);
    writeFileSync(path.join(work, 'crier.config.json'), JSON.stringify({ theme: 'minimal' }));
    const { result: minimal } = await digestIn(work, { inputs: ['in'], week: '2026-W48', out: 'minimal', cards: false });
    const plain = read(work, minimal.dir, 'newsletter.html');
    expect(plain).not.toContain('<img');
  }, 60_000);
});
