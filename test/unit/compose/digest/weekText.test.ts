// True text in the weekly edition: the intro credits each story's own outlets, "Leading" names the
// story read first, "this week" only for a week, and the big picture says only what the stories show.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { composeDigest, type DigestItem } from '../../../../src/compose/digest/composeDigest.js';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults.js';
import { parseRange } from '../../../../src/select/dateRange.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import type { Article } from '../../../../src/types.js';
import { articleFrom } from '../../../helpers/articles.js';

const summarizer = new ExtractiveSummarizer();
async function item(title: string, body: string, extra: Partial<Article> = {}, also: Article[] = []): Promise<DigestItem> {
  const article = { ...articleFrom(`${title}\n\n${body}`), ...extra };
  return { article, also, summary: await summarizer.summarize(article, analyze(article), { sentences: 3 }) };
}
const other = (title: string, source: string | undefined, extra: Partial<Article> = {}) => ({ ...articleFrom(`${title}\n\nA second outlet told the same story in words of its own, at some length.`), ...(source ? { source } : {}), ...extra });

describe('the weekly intro', () => {
  it('credits a merged story to every outlet that reported it, and a story without a source to none', async () => {
    const items = [
      await item('Sweden drops Assange investigation', 'Swedish prosecutors dropped the investigation into Julian Assange on Tuesday. The evidence had weakened, they said.', { source: 'BBC News', publishedAt: '2026-11-24' }, [other('Assange probe dropped', 'Al Bawaba', { publishedAt: '2026-11-24' })]),
      await item('Library opens late', 'The library will stay open until ten on Fridays. Visitors asked for the late hours.', { publishedAt: '2026-11-25' }),
      await item('Ferry line approved', 'The council approved the harbour ferry line to the islands. The ferry will run all year.', { source: 'Reuters', publishedAt: '2026-11-26' }),
    ];
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
    expect(digest.intro).toBe('This week: 3 stories, 2 from BBC News, Al Bawaba and Reuters. Leading: Sweden drops Assange investigation.');
    expect(digest.stories[0]?.source).toBe('BBC News, Al Bawaba');
    expect(digest.stories[1]?.source).toBeUndefined();
    expect(digest.bigPicture?.sentences).toContain('More than one outlet reported “Sweden drops Assange investigation”.');
  });

  it('names as leading the story read first once the stories are in sections', async () => {
    const items = [
      await item('A walk in the hills', 'It was a lovely day for a walk. We saw three deer.', { publishedAt: '2026-11-24' }),
      await item('Council votes on the budget bill', 'The council passed the budget bill after a long vote. The mayor welcomed it.', { publishedAt: '2026-11-24' }),
      await item('Shares fall as investors fear inflation', 'Stock markets fell on Monday. Investors sold shares.', { publishedAt: '2026-11-24' }),
      await item('Nadal wins the Davis Cup match', 'The tennis champion won the tournament match. Fans cheered.', { publishedAt: '2026-11-24' }),
      await item('Film festival opens', 'The film festival opened with a new album launch. Music fans came.', { publishedAt: '2026-11-24' }),
      await item('Second match for the league leaders', 'The coach praised the players after the season opener. The league resumes.', { publishedAt: '2026-11-24' }),
    ];
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
    expect(digest.sections?.map((s) => s.heading)).toEqual(['Politics', 'Business', 'Sport', 'Culture', 'More stories']);
    expect(digest.stories[0]?.headline).toBe('Council votes on the budget bill');
    expect(digest.intro).toMatch(/Leading: Council votes on the budget bill\.$/);
    expect(digest.stories.map((s) => s.anchor)).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-6']);
    expect(composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }), sections: false }).sections).toBeUndefined();
  });

  it('leaves a headline its own question mark or ellipsis, without a full stop after it', async () => {
    const items = [await item('Wie kann ich schnell abnehmen?', 'Wie man schnell abnehmen kann, haben sich viele schon gefragt. Ein Plan hilft dabei.', { title: 'Wie kann ich schnell abnehmen?', publishedAt: '2026-11-24', lang: 'de' })];
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
    expect(digest.intro).toMatch(/Top-Thema: Wie kann ich schnell abnehmen\?$/);
  });

  it('names the edition with the default name in its language, in the title, the folder and the posts', async () => {
    const items = [await item('Bundestag stimmt über das Gesetz ab', 'Die Koalition hat eine knappe Mehrheit im Parlament. Die Opposition stimmte dagegen.', { publishedAt: '2026-11-24', lang: 'de' })];
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
    expect(digest.name).toBe('Das Briefing');
    expect(digest.title).toMatch(/^Das Briefing/);
    expect(digest.slug).toMatch(/^das-briefing/);
    const custom = composeDigest(items, { config: { ...DEFAULT_CONFIG, newsletter: { ...DEFAULT_CONFIG.newsletter, name: 'Hafenpost' } }, range: parseRange({ week: '2026-W48' }) });
    expect(custom.title).toMatch(/^Hafenpost/);
  });

  it('says "this week" for a week, "in this edition" for a month without --week', async () => {
    const spread = [await item('First story', 'Something happened in the city.', { publishedAt: '2026-10-01' }), await item('Second story', 'Something else happened there.', { publishedAt: '2026-11-02' })];
    expect(composeDigest(spread, { config: DEFAULT_CONFIG, range: {} }).intro).toMatch(/^In this edition: 2 stories\./);
    expect(composeDigest(spread, { config: DEFAULT_CONFIG, range: parseRange({ since: '2026-10-01' }) }).intro).toMatch(/^In this edition: /);
    expect(composeDigest(spread, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W44' }) }).intro).toMatch(/^This week: /);
    const close = [await item('First story', 'Something happened in the city.', { publishedAt: '2026-11-20' }), await item('Second story', 'Something else happened there.', { publishedAt: '2026-11-30' })];
    expect(composeDigest(close, { config: DEFAULT_CONFIG, range: {} }).intro).toMatch(/^This week: /);
    expect(composeDigest(close, { config: { ...DEFAULT_CONFIG, language: 'de' }, range: { since: '2026-09-01', until: '2026-11-30' } }).intro).toMatch(/^In dieser Ausgabe: /);
  });
});

describe('the big picture', () => {
  it('says which name recurs across the stories and where, in words the stories show', async () => {
    const items = [
      await item('Assange loses appeal in London', 'Julian Assange lost his appeal against extradition in London on Monday.', { source: 'A', publishedAt: '2026-11-01' }),
      await item('Sweden drops Assange case', 'Prosecutors in Sweden dropped their case against Assange.', { source: 'B', publishedAt: '2026-11-10' }),
      await item('WikiLeaks founder’s health worsens', 'Doctors said Assange was unwell in Belmarsh prison.', { source: 'C', publishedAt: '2026-11-20' }),
      await item('Ferry line approved', 'The council approved the harbour ferry line to the islands.', { source: 'D', publishedAt: '2026-11-21' }),
    ];
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: {} });
    expect(digest.bigPicture?.sentences[0]).toBe('Assange comes up in 3 of the 4 stories: “Assange loses appeal in London”, “Sweden drops Assange case” and “WikiLeaks founder’s health worsens”.');
    for (const headline of ['Assange loses appeal in London', 'Sweden drops Assange case', 'WikiLeaks founder’s health worsens']) expect(digest.stories.find((s) => s.headline === headline)).toBeDefined();
  });

  it('says nothing when nothing recurs and no outlet dominates', async () => {
    const items = [
      await item('Ferry line approved', 'The council approved the harbour ferry line.', { source: 'A' }),
      await item('Library opens late', 'The library stays open until ten on Fridays.', { source: 'B' }),
      await item('Bus lanes planned', 'New bus lanes are planned on the harbour road.', { source: 'C' }),
    ];
    expect(composeDigest(items, { config: DEFAULT_CONFIG, range: {} }).bigPicture).toBeUndefined();
  });
});

describe('story links', () => {
  it('lose the tracking of a share or a feed before crier adds its own UTM to the newsletter’s own site', async () => {
    const items = [
      await item('Ferry line approved', 'The council approved the harbour ferry line.', { url: 'https://www.gazette.example.com/ferry?utm_source=rss&utm_medium=feed&fbclid=IwAR0&gclid=x&mc_cid=1&id=7' }),
      await item('Library opens late', 'The library stays open until ten on Fridays.', { url: 'https://other.example.org/library?utm_campaign=spring&ref_src=twsrc' }),
    ];
    const config = { ...DEFAULT_CONFIG, newsletter: { ...DEFAULT_CONFIG.newsletter, siteUrl: 'https://gazette.example.com' }, utm: { source: 'newsletter', medium: 'email', campaign: '{slug}', domains: [] } };
    const digest = composeDigest(items, { config, range: parseRange({ week: '2026-W48' }) });
    expect(digest.stories.map((s) => s.url)).toEqual([
      `https://www.gazette.example.com/ferry?id=7&utm_source=newsletter&utm_medium=email&utm_campaign=${digest.slug}`,
      'https://other.example.org/library',
    ]);
  });
});
