// crier digest end to end: the week's articles in, one edition out, plus out/index.html. In-process
// through digest() where its result and events say it all (helpers/inProcess.ts); the bundled CLI
// for the lines it prints: progress, the summary line, --quiet.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, ROOT, tempDir } from '../helpers/paths.js';
import { checkIn, digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

function week(dir: string, count: number, date = '2026-11-25'): void {
  mkdirSync(dir, { recursive: true });
  const topics = ['ferry', 'library', 'bridge', 'school', 'budget', 'harbour', 'museum', 'park', 'tram', 'hospital', 'stadium', 'market', 'airport', 'theatre', 'festival', 'river'];
  for (let i = 0; i < count; i++) {
    const t = topics[i % topics.length] ?? 'city';
    writeFileSync(
      path.join(dir, `${String(i).padStart(2, '0')}-${t}.md`),
      `---\ntitle: "City ${i + 1}: council decides on the ${t}"\nsource: City Times\ndate: ${date}\nurl: https://citytimes.example.com/${t}-${i}\n---\nThe city council decided on Tuesday to spend ${i + 2} million euros on the ${t}, after a debate that lasted ${i + 3} hours.\n\nMayor Anna Virtanen said the ${t} plan number ${i + 1} would be finished by ${2027 + (i % 3)}. “This ${t} will serve the city for decades to come,” she told reporters after the vote on item ${i + 1}.\n\nOpponents of the ${t} said the money for project ${i + 1} should have gone to ${topics[(i + 5) % topics.length]} repairs instead.\n`,
    );
  }
}

describe('crier digest', () => {
  it('builds the week from content/ and fixtures offline, passes crier check, links every story', async () => {
    const work = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    const { result: json, events } = await digestIn(work, { inputs: ['content/', ARTICLES], edition: 12, title: 'The Brief #12', date: '2026-11-27' });
    expect(json.slug).toBe('the-brief-12');
    expect(json.stories).toHaveLength(5);
    // Where the time went, per stage; the stages add up to (about) the whole run.
    const stages = ['setupMs', 'readMs', 'selectMs', 'summarizeMs', 'composeMs', 'renderMs', 'writeMs'] as const;
    for (const stage of stages) expect(json.timings[stage]).toBeGreaterThanOrEqual(0);
    const sum = stages.reduce((n, stage) => n + (json.timings[stage] ?? NaN), 0);
    expect(Math.abs(sum - json.timings.totalMs)).toBeLessThanOrEqual(stages.length);
    expect(events).toContainEqual({ input: 'content/putin-bolton-kremlin-talks.txt', status: 'read', detail: expect.stringMatching(/^Putin/) });
    const dir = path.join(work, 'out', 'the-brief-12');
    const html = readFileSync(path.join(dir, 'newsletter.html'), 'utf8');
    expect(html).toContain('href="https://gazette.example.com/2026/11/20/harbour-ferry"');
    expect(html).toContain('In this issue');
    expect((await checkIn(work, dir)).errors).toBe(0);
    const index = readFileSync(path.join(work, 'out', 'index.html'), 'utf8');
    expect(index).toContain('<a href="the-brief-12/newsletter.html">The Brief #12</a>');
    expect(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).edition).toEqual({ kind: 'digest', title: 'The Brief #12', subject: 'The Brief #12', stories: 5, number: 12, date: '2026-11-27', period: 'date:2026-11-27', lang: 'en' });
  });

  it('keeps only the week, drops duplicates, skips unreadable articles with a line each', async () => {
    const work = tempDir();
    week(path.join(work, 'in'), 3);
    week(path.join(work, 'old'), 1, '2026-10-01');
    writeFileSync(path.join(work, 'in', 'zz-empty.md'), '');
    writeFileSync(path.join(work, 'in', 'zz-copy.md'), readFileSync(path.join(work, 'in', '00-ferry.md'), 'utf8').replace('ferry-0', 'ferry-copy'));
    const result = await runCli(['digest', '--no-cards', 'in', 'old', '--week', '2026-W48'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/✖ in\/zz-empty\.md: could not be read — in\/zz-empty\.md is empty/);
    expect(result.stderr).toMatch(/✖ old\/00-ferry\.md: skipped — dated 2026-10-01, outside 2026-W48/);
    expect(result.stderr).toMatch(/✖ in\/zz-copy\.md: skipped — duplicate of in\/00-ferry\.md \(nearly the same text\)/);
    expect(result.stdout).toMatch(/3 stories, 3 skipped/);
    expect(result.stdout).toMatch(/, 0 warnings, /);
  });

  it('--strict counts only the articles that could not be read; --quiet still names them', async () => {
    const work = tempDir();
    week(path.join(work, 'in'), 3);
    week(path.join(work, 'old'), 1, '2026-10-01');
    writeFileSync(path.join(work, 'in', 'zz-empty.md'), '');
    // One unreadable, one outside the week: one article could not be read, not two.
    await failsWith(digestIn(work, { inputs: ['in', 'old'], week: '2026-W48', strict: true, out: 'strict', cards: false }), /^crier: 1 article could not be read \(--strict\): in\/zz-empty\.md is empty \(fix or remove them, or run without --strict\)$/);
    expect(existsSync(path.join(work, 'strict'))).toBe(false);
    await digestIn(work, { inputs: ['in/00-ferry.md', 'old'], week: '2026-W48', strict: true, cards: false });
    const quiet = await runCli(['digest', '--no-cards', 'in', 'old', '--week', '2026-W48', '-q', '-o', 'quiet'], { cwd: work });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('✖ in/zz-empty.md: could not be read — in/zz-empty.md is empty (give crier an article with a title and text)\n');
  });

  it('refuses an empty week with a clear line and writes no edition', async () => {
    const work = tempDir();
    week(path.join(work, 'in'), 2);
    await failsWith(digestIn(work, { inputs: ['in'], week: '2026-W40', cards: false }), /^crier: No articles for 2026-W40 \(2 skipped\)/);
    expect(existsSync(path.join(work, 'out'))).toBe(false);
  });

  it('stays under the 102 KB clip with 15 stories (and 60), and suggests --max when it would not (100)', async () => {
    const work = tempDir();
    // One section for all stories keeps each story small: 60 of these still fit, so 15 do (15 with
    // thumbnails: weekly.test.ts).
    week(path.join(work, 'sixty'), 60);
    const { result: sixty } = await digestIn(work, { inputs: ['sixty'], out: 'sixtyout', cards: false });
    expect(readFileSync(path.join(work, sixty.dir, 'newsletter.html')).length).toBeLessThan(102 * 1024);
    expect(sixty.warnings.map((w) => w.message).join('\n')).not.toMatch(/Gmail clips/);
    week(path.join(work, 'big'), 100);
    const { result: big } = await digestIn(work, { inputs: ['big'], out: 'bigout', cards: false });
    const bigWarnings = big.warnings.map((w) => w.message).join('\n');
    expect(bigWarnings).toMatch(/Gmail clips over 102 KB: try --max \d+/);
    expect(bigWarnings).not.toMatch(/check size/); // said once, with the --max that fits
    expect(readdirSync(path.join(work, 'bigout'))).toContain('index.html');
  }, 60_000);
});

describe('crier digest --llm', () => {
  it('asks once per article and once for the week’s intro, then answers a re-run from the cache', async () => {
    const { seedAnswer, startFakeLlm } = await import('../helpers/fakeLlm.js');
    const intro = 'This week Putin and Bolton met in the Kremlin, and the city council approved a harbour ferry line.';
    const server = await startFakeLlm((_n, body) => {
      const messages = body.messages as { content: string }[];
      return messages.some((m) => m.content.includes('<stories>')) ? { content: JSON.stringify({ intro }) } : { content: seedAnswer() };
    });
    try {
      const work = tempDir();
      cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
      const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'sk-test' };
      const options = { inputs: ['content/', path.join(ARTICLES, 'harbour-ferry.md')], title: 'Week', date: '2026-11-27', llm: { llm: true, cache: true }, cards: false };
      await digestIn(work, options, env);
      // One request per article (the ferry article's answer fails grounding and is asked again once)
      // and exactly one for the week.
      const weekRequests = server.requests.filter((r) => (r.body.messages as { content: string }[]).some((m) => m.content.includes('<stories>')));
      expect(weekRequests).toHaveLength(1);
      expect(server.requests).toHaveLength(4);
      expect(readFileSync(path.join(work, 'out', 'week', 'newsletter.html'), 'utf8')).toContain(intro);
      await digestIn(work, options, env);
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });
});
