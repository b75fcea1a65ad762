// The weekly desk attacked by whoever writes its inputs (issue 19): feeds, earlier editions in the
// output folder, articles made to hijack a story. In-process through digest() (helpers/inProcess.ts:
// its events are the lines the CLI prints, a CrierError its one line and exit code); the bundled CLI
// for the run killed mid-write (a process must die). Servers listen on 127.0.0.1 only.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths.js';
import { localServer, type LocalServer } from '../helpers/localServer.js';
import { digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const hits: string[] = [];
let site: LocalServer;
let base = '';
let port = 0;
/** /held answers only once this is called (a run kept reading while another one writes). */
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));

beforeAll(async () => {
  site = await localServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/held') {
      void held.then(() => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<!doctype html><html><head><title>Late story</title></head><body><article><h1>The late ferry story</h1>${'<p>The ferry arrived late on Thursday because of a storm over the bay, the harbour office said in a statement.</p>'.repeat(3)}</article></body></html>`);
      });
    } else if (req.url?.startsWith('/secret')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html><head><title>Instance metadata</title></head><body><article><h1>Instance metadata</h1>${`<p>${SECRET} is the role secret of this machine, served on the internal network only to the services that run on it.</p>`.repeat(3)}</article></body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  ({ port, base } = site);
});

afterAll(() => site.close());

/** An RSS feed with these items (title, link), all dated in 2026-W48. */
function rss(site: string, items: [string, string][], description = 'A short teaser.'): string {
  const entries = items.map(([title, link]) => `<item><title>${title}</title><link>${link}</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>${description}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Public News</title><link>${site}</link>${entries.join('')}</channel></rss>`;
}

/** Every file of an output folder, as one text. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.png'))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('a feed from a stranger', () => {
  it('does not make crier fetch this machine or a private network: a feed item linking to 127.0.0.1, localhost, [::1] or 2130706433 is refused unread', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'public.rss'),
      rss('https://news.example.com/', [
        ['Loopback', `${base}/secret`],
        ['By name', `http://localhost:${port}/secret-name`],
        ['IPv6', `http://[::1]:${port}/secret-v6`],
        ['Decimal', `http://2130706433:${port}/secret-decimal`],
        ['A file', 'file:///etc/passwd'],
        ['Script', 'javascript:alert(1)'],
      ]),
    );
    writeFileSync(path.join(dir, 'story.md'), `---\ntitle: Harbour plan approved\ndate: 2026-11-25\n---\n\n${'The council approved the harbour plan on Wednesday after a long debate about the ferry timetable. '.repeat(8)}\n`);
    const before = hits.length;
    const { events } = await digestIn(dir, { inputs: ['public.rss', 'story.md'], week: '2026-W48', cards: false });
    expect(events).toContainEqual({ input: `${base}/secret`, status: 'failed', detail: `${base}/secret points to a private address (127.0.0.1), which a feed's item may not reach (crier follows feed links to the public internet only; to read that page anyway, give its address on the command line)` });
    expect(events.map((e) => e.detail)).toContainEqual(expect.stringContaining('private address (::1)'));
    expect(hits.slice(before)).toEqual([]);
    expect(allText(path.join(dir, 'out'))).not.toContain(SECRET);
  });

  it('still reads a page of this machine whose address the user typed', async () => {
    const dir = tempDir();
    const { result } = await digestIn(dir, { inputs: [`${base}/secret`], cards: false });
    expect(result.stories).toHaveLength(1);
    expect(hits).toContain('/secret');
  });
});

/** A week of three stories in `dir/week`, dated in 2026-W48 (and the same files say W49 with --week). */
function week(dir: string): void {
  mkdirSync(path.join(dir, 'week'));
  for (const [i, topic] of ['harbour', 'ferry', 'museum'].entries()) {
    const text = Array.from({ length: 12 }, (_, j) => `Sentence ${j} on the ${topic} says the council voted ${j + i} times on the ${topic} plan.`).join(' ');
    writeFileSync(path.join(dir, 'week', `${topic}.md`), `---\ntitle: The ${topic} plan moves on\ndate: 2026-11-2${i + 4}\nurl: https://news.example.com/${topic}\n---\n\n${text}\n`);
  }
}

describe('earlier editions planted in the output folder', () => {
  it('a manifest.json of the wrong types, with __proto__ keys, an edition number of 1e308, or linked to /dev/zero or out of the folder neither stops, hangs nor renumbers the next edition', async () => {
    const dir = tempDir();
    week(dir);
    await digestIn(dir, { inputs: ['week'], week: '2026-W48', edition: 7, cards: false });
    const plant = (slug: string, manifest: string) => {
      mkdirSync(path.join(dir, 'out', slug));
      writeFileSync(path.join(dir, 'out', slug, 'manifest.json'), manifest);
    };
    plant('types', '{"version":"1","edition":{"kind":"digest","title":5,"date":7},"inputs":{"a":1},"files":"no"}');
    plant('nulls', '{"version":"1","edition":{"kind":"digest","title":"Nulls","date":"2026-10-01","number":2},"inputs":[null,5,{"url":{"x":1},"fingerprint":12}],"files":[null]}');
    plant('proto', '{"version":"1","__proto__":{"number":1000},"edition":{"kind":"digest","title":"Proto","__proto__":{"number":99},"date":"2026-10-02"},"inputs":[],"files":[]}');
    plant('huge-number', '{"version":"1","edition":{"kind":"digest","title":"Huge","number":1e308,"date":"2026-10-03"},"inputs":[],"files":[]}');
    mkdirSync(path.join(dir, 'out', 'zero'));
    symlinkSync('/dev/zero', path.join(dir, 'out', 'zero', 'manifest.json'));
    writeFileSync(path.join(dir, 'elsewhere.json'), '{"version":"1","edition":{"kind":"digest","title":"Linked <b>in</b>","number":500,"date":"2026-10-04"},"inputs":[],"files":[]}');
    mkdirSync(path.join(dir, 'out', 'linked'));
    symlinkSync(path.join(dir, 'elsewhere.json'), path.join(dir, 'out', 'linked', 'manifest.json'));

    // It ends (no hang on /dev/zero), without an error (a TypeError would be a bug's stack trace).
    const { result } = await digestIn(dir, { inputs: ['week'], since: '2026-11-23', until: '2026-12-06', repeat: true, cards: false });
    expect(result).toMatchObject({ edition: 8 });
    const archive = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(archive).toContain('Nulls');
    expect(archive).not.toContain('Linked');
  });
});

describe('two runs into one output folder at once', () => {
  it('never gives two editions one number: the run that finishes second writes nothing and says to run again', async () => {
    const dir = tempDir();
    week(dir);
    await digestIn(dir, { inputs: ['week'], week: '2026-W48', edition: 1, cards: false });
    // Two runs in this process behave as two processes would: the folder's number is read when a
    // run begins and checked under the lock when it writes. The slow run reads the folder (edition
    // #1 is the last), then waits on a page...
    const period = { since: '2026-11-01', repeat: true, cards: false } as const;
    const slow = digestIn(dir, { inputs: ['week', `${base}/held`], until: '2026-12-20', ...period });
    while (!hits.includes('/held')) await new Promise((resolve) => setTimeout(resolve, 20));
    // ...while another run writes edition #2.
    const { result: fast } = await digestIn(dir, { inputs: ['week'], until: '2026-12-19', ...period });
    expect(fast).toMatchObject({ edition: 2 });
    release();
    await failsWith(slow, /^crier: Another run wrote edition #2 into out\/ while this one was reading its articles; nothing was written \(run crier digest again: this edition becomes #3\)$/);
    expect(readdirSync(path.join(dir, 'out')).filter((n) => !n.startsWith('.')).sort()).toEqual(['index.html', 'the-brief-1-2026-w48', 'the-brief-2-2026-12-19']);
    const { result: again } = await digestIn(dir, { inputs: ['week', `${base}/held`], until: '2026-12-20', ...period });
    expect(again).toMatchObject({ edition: 3 });
  });
});

describe('a run killed while it swapped an edition in', () => {
  it('the next run of that week still rebuilds it under its number, instead of writing a second, unnumbered edition beside it', async () => {
    const dir = tempDir();
    week(dir);
    await digestIn(dir, { inputs: ['week'], week: '2026-W48', edition: 1, cards: false });
    const killed = await runCli(['digest', 'week', '--week', '2026-W48', '--no-cards', '--out', 'out'], { cwd: dir, env: { CRIER_TEST_FAULT: 'swapped-out=kill' } });
    expect(killed.code).toBeNull();
    const { result: again } = await digestIn(dir, { inputs: ['week'], week: '2026-W48', cards: false });
    expect(again).toMatchObject({ edition: 1, slug: 'the-brief-1-2026-w48' });
    expect(readdirSync(path.join(dir, 'out')).filter((n) => !n.startsWith('.'))).toEqual(['index.html', 'the-brief-1-2026-w48']);
  });
});
