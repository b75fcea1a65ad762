// The weekly desk attacked by whoever writes its inputs (issue 19): feeds, earlier editions in the
// output folder, articles made to hijack a story. The built CLI where what it prints or writes is
// the point; the library in-process where the CLI adds nothing. Servers listen on 127.0.0.1 only.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths.js';
import { localServer, type LocalServer } from '../helpers/localServer.js';
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
    const r = await runCli(['digest', 'public.rss', 'story.md', '--week', '2026-W48', '--no-cards', '--out', 'out'], { cwd: dir });
    expect(r.stderr).toContain(`✖ ${base}/secret: could not be read — ${base}/secret points to a private address (127.0.0.1), which a feed's item may not reach (crier follows feed links to the public internet only; to read that page anyway, give its address on the command line)`);
    expect(r.stderr).toContain('private address (::1)');
    expect(hits.slice(before)).toEqual([]);
    expect(r.code).toBe(0);
    expect(allText(path.join(dir, 'out'))).not.toContain(SECRET);
  });

  it('still reads a page of this machine whose address the user typed', async () => {
    const dir = tempDir();
    const r = await runCli(['digest', `${base}/secret`, '--no-cards', '--out', 'out', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
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
    const first = await runCli(['digest', 'week', '--week', '2026-W48', '--edition', '7', '--no-cards', '--out', 'out'], { cwd: dir });
    expect(first.code).toBe(0);
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

    const r = await runCli(['digest', 'week', '--since', '2026-11-23', '--until', '2026-12-06', '--no-cards', '--repeat', '--out', 'out', '--json'], { cwd: dir });
    expect(r.stderr).not.toMatch(/unexpected error|TypeError|\n\s+at /);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ edition: 8 });
    const archive = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(archive).toContain('Nulls');
    expect(archive).not.toContain('Linked');
  });
});

describe('two runs into one output folder at once', () => {
  it('never gives two editions one number: the run that finishes second writes nothing and says to run again', async () => {
    const dir = tempDir();
    week(dir);
    expect((await runCli(['digest', 'week', '--week', '2026-W48', '--edition', '1', '--no-cards', '--out', 'out'], { cwd: dir })).code).toBe(0);
    // The slow run reads the folder (edition #1 is the last), then waits on a page...
    const slow = runCli(['digest', 'week', `${base}/held`, '--since', '2026-11-01', '--until', '2026-12-20', '--repeat', '--no-cards', '--out', 'out'], { cwd: dir });
    while (!hits.includes('/held')) await new Promise((resolve) => setTimeout(resolve, 20));
    // ...while another run writes edition #2.
    const fast = await runCli(['digest', 'week', '--since', '2026-11-01', '--until', '2026-12-19', '--repeat', '--no-cards', '--out', 'out', '--json'], { cwd: dir });
    expect(JSON.parse(fast.stdout)).toMatchObject({ edition: 2 });
    release();
    const late = await slow;
    expect(late.stderr).toContain('crier: Another run wrote edition #2 into out/ while this one was reading its articles; nothing was written (run crier digest again: this edition becomes #3)');
    expect(late.code).toBe(1);
    expect(readdirSync(path.join(dir, 'out')).filter((n) => !n.startsWith('.')).sort()).toEqual(['index.html', 'the-brief-1-2026-w48', 'the-brief-2-2026-12-19']);
    const again = await runCli(['digest', 'week', `${base}/held`, '--since', '2026-11-01', '--until', '2026-12-20', '--repeat', '--no-cards', '--out', 'out', '--json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ edition: 3 });
  });
});

describe('a run killed while it swapped an edition in', () => {
  it('the next run of that week still rebuilds it under its number, instead of writing a second, unnumbered edition beside it', async () => {
    const dir = tempDir();
    week(dir);
    expect((await runCli(['digest', 'week', '--week', '2026-W48', '--edition', '1', '--no-cards', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const killed = await runCli(['digest', 'week', '--week', '2026-W48', '--no-cards', '--out', 'out'], { cwd: dir, env: { CRIER_TEST_FAULT: 'swapped-out=kill' } });
    expect(killed.code).toBeNull();
    const again = await runCli(['digest', 'week', '--week', '2026-W48', '--no-cards', '--out', 'out', '--json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ edition: 1, slug: 'the-brief-1-2026-w48' });
    expect(readdirSync(path.join(dir, 'out')).filter((n) => !n.startsWith('.'))).toEqual(['index.html', 'the-brief-1-2026-w48']);
  });
});
