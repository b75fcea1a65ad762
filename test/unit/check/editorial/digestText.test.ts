// The weekly edition read back from its files for the editorial checks: each story on its own
// (headline, outlets, date, sentences, quote, thumbnail), the edition's intro, big picture, brief
// and posts; `crier check` judges a weekly edition story by story.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { readDigestText } from '../../../../src/check/editorial/digestText.js';
import { editorialCheck } from '../../../../src/check/editorial/editorialCheck.js';
import { composeDigest } from '../../../../src/compose/digest/composeDigest.js';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults.js';
import { loadTemplates } from '../../../../src/render/loadTemplates.js';
import { renderDigest } from '../../../../src/render/renderDigest.js';
import { parseRange } from '../../../../src/select/dateRange.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import type { Article } from '../../../../src/types.js';
import { articleFrom } from '../../../helpers/articles.js';

async function weekFiles(stories: [string, string, Partial<Article>][]) {
  const items = await Promise.all(
    stories.map(async ([title, body, extra]) => {
      const article = { ...articleFrom(`${title}\n\n${body}`), ...extra };
      return { article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 }) };
    }),
  );
  const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
  const rendered = await renderDigest(digest, await loadTemplates(undefined, process.cwd()), DEFAULT_CONFIG);
  const files = Object.fromEntries(rendered.files.map((f) => [f.path, String(f.content)]));
  return { html: files['newsletter.html'] ?? '', briefJson: files['brief.json'] ?? '', threadJson: files['thread.json'] ?? '', eml: files['newsletter.eml'] ?? '' };
}

describe('readDigestText', () => {
  it('reads each story of a rendered weekly edition, and the edition’s own lines', async () => {
    const files = await weekFiles([
      ['Ferry line approved', 'The council approved the harbour ferry line to the islands on Wednesday. The ferry will run all year.', { source: 'Harbour Gazette', publishedAt: '2026-11-25', url: 'https://gazette.example.com/ferry', images: [{ src: 'https://gazette.example.com/ferry.jpg', alt: 'The ferry at the pier', width: 600, height: 400 }] }],
      ['Library opens late', 'The library will stay open until ten on Fridays. Visitors asked for the late hours.', { source: 'Northside Courier', publishedAt: '2026-11-24' }],
    ]);
    const week = readDigestText(files);
    expect(week.stories.map((s) => [s.headline, s.source, s.date, s.lede.length, s.url ?? null])).toEqual([
      ['Ferry line approved', 'Harbour Gazette', 'November 25, 2026', 2, 'https://gazette.example.com/ferry'],
      ['Library opens late', 'Northside Courier', 'November 24, 2026', 2, null],
    ]);
    expect(week.stories[0]?.image).toEqual({ src: 'https://gazette.example.com/ferry.jpg', alt: 'The ferry at the pier' });
    expect(week.edition.headline).toBe('The Brief — 2026-W48');
    expect(week.edition.subject).toBe('Ferry line approved · Library opens late');
    expect(week.edition.lede[0]).toBe('This week: 2 stories from Harbour Gazette and Northside Courier. Leading: Ferry line approved.');
    expect(week.edition.posts.length).toBeGreaterThan(0);
  });

  it('lets crier check judge a weekly edition story by story', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry approved</title></head><body><div class="intro"><p>This week: 1 story.</p></div><div class="story"><h2 class="headline">Ferry approved</h2><div class="lede"><p>The council approved the ferry yesterday.</p></div></div></body></html>`;
    const findings = editorialCheck({ html, brief: JSON.stringify({ title: 'The Brief', summary: ['This week: 1 story.'], bullets: [], keywords: [], style: 'digest' }) });
    expect(findings).toEqual([{ check: 'stale time', level: 'warning', message: '“Ferry approved” email lede: “The council approved the ferry yesterday.” (readers open the email days later: write the date)', editorial: true }]);
  });
});
