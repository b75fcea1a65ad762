import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analyze/analyze.js';
import { composeDigest } from '../../../../src/compose/digest/composeDigest.js';
import { inRange, parseRange } from '../../../../src/select/dateRange.js';
import { dedupe } from '../../../../src/select/dedupe.js';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../../../src/summarize/extractive.js';
import { articleFrom } from '../../../helpers/articles.js';

describe('parseRange', () => {
  it('--week 2025-W53 says 2025 has 52 weeks (and 2026-W53 exists)', () => {
    expect(() => parseRange({ week: '2025-W53' })).toThrow('--week 2025-W53: 2025 has 52 ISO weeks');
    expect(() => parseRange({ week: '2025-W00' })).toThrow('2025 has 52 ISO weeks');
    expect(parseRange({ week: '2026-W53' })).toEqual({ since: '2026-12-28', until: '2027-01-03', week: '2026-W53' });
  });

  it('turns an ISO week into Monday to Sunday', () => {
    expect(parseRange({ week: '2026-W48' })).toEqual({ since: '2026-11-23', until: '2026-11-29', week: '2026-W48' });
    expect(parseRange({ week: '2026-W01' }).since).toBe('2025-12-29');
    expect(inRange('2026-11-29T22:00:00Z', parseRange({ week: '2026-W48' }))).toBe(true);
    expect(inRange('2026-11-30', parseRange({ week: '2026-W48' }))).toBe(false);
  });

  it('says what is wrong with a week or a range', () => {
    expect(() => parseRange({ week: '2026-W54' })).toThrow('--week 2026-W54: 2026 has 53 ISO weeks');
    expect(() => parseRange({ week: 'W48' })).toThrow(/not an ISO week/);
    expect(() => parseRange({ since: '2026-12-01', until: '2026-11-01' })).toThrow(/is after --until/);
    expect(() => parseRange({ week: '2026-W48', since: '2026-11-01' })).toThrow(/cannot be combined/);
  });
});

const story = (title: string, body: string, url?: string) => ({ ...articleFrom(`${title}\n\n${body}`), ...(url ? { url } : {}) });

describe('dedupe', () => {
  it('drops the same URL (tracking parameters aside) and nearly the same text', () => {
    const body = 'The council voted on Wednesday to fund a year-round electric ferry between the market square and the islands. Construction starts in March.';
    const a = story('Ferry approved', body, 'https://example.com/ferry');
    const b = story('Ferry approved (updated)', 'Completely different words here about another topic entirely, nothing shared at all today.', 'https://www.example.com/ferry/?utm_source=x');
    const c = story('Council funds ferry', `${body} A spokesperson confirmed it.`);
    const d = story('Library hours', 'The library will stay open until ten on Fridays after a pilot drew three thousand visitors.');
    const { kept, dropped } = dedupe([a, b, c, d]);
    expect(kept.map((k) => k.title)).toEqual(['Ferry approved', 'Library hours']);
    expect(dropped.map((x) => x.reason)).toEqual(['same URL', 'nearly the same text']);
  });

  it('of two saves of one story keeps the one without tracking parameters, in the first one’s place', () => {
    const body = 'The council voted on Wednesday to fund a year-round electric ferry between the market square and the islands. Construction starts in March.';
    const shared = story('Ferry approved', body, 'https://example.com/ferry?utm_source=fb&fbclid=IwAR0abc');
    const other = story('Library hours', 'The library will stay open until ten on Fridays after a pilot drew three thousand visitors.');
    const clean = story('Ferry approved', body, 'https://example.com/ferry');
    const { kept, dropped } = dedupe([shared, other, clean]);
    expect(kept.map((k) => k.url ?? k.title)).toEqual(['https://example.com/ferry', 'Library hours']);
    expect(dropped).toEqual([{ article: shared, duplicateOf: clean, reason: 'same URL' }]);
  });
});

describe('composeDigest', () => {
  it('writes an intro from the stories, a subject from the top headlines, and the preheader from the intro', async () => {
    const bodies = [
      ['Ferry line approved', 'The council approved the harbour ferry line to the islands on Wednesday. The ferry will run all year.'],
      ['Ferry piers to be built', 'Two new piers for the harbour ferry will be built in March. The ferry needs them before it can run.'],
      ['Ferry opponents protest', 'Opponents of the harbour ferry protested at the council. They want bus lanes instead of the ferry.'],
      ['Island residents welcome ferry', 'Residents of the islands welcomed the harbour ferry decision. The ice road closed in 2019.'],
    ];
    const items = await Promise.all(
      bodies.map(async ([t, b]) => {
        const article = story(t ?? '', b ?? '');
        return { article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 }) };
      }),
    );
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }), edition: 12 });
    expect(digest.title).toBe('The Brief #12 — 2026-W48');
    expect(digest.slug).toBe('the-brief-12-2026-w48');
    expect(digest.intro).toBe('This week: 4 stories. Leading: Ferry line approved.');
    expect(digest.subject).toBe('Ferry line approved · Ferry piers to be built · Ferry opponents protest');
    // The intro's first sentence is too short for an inbox list: the next one joins it.
    expect(digest.preheader).toBe('This week: 4 stories. Leading: Ferry line approved.');
    expect(digest.period.label).toMatch(/^Week 48, 2026 \(November 23\s–\s29, 2026\)$/); // ICU's range, thin spaces round the dash
    const x = digest.threads.find((t) => t.platform === 'x');
    expect(x?.posts[0]?.role).toBe('hook');
    expect(x?.posts.every((p) => p.ok)).toBe(true);
  });
});

describe('the weekly intro', () => {
  const summarize = async (article: ReturnType<typeof story>) => ({ article, summary: await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 }) });
  const sourced = (title: string, source: string | undefined, body: string, url?: string) => ({ ...story(title, body, url), ...(source ? { source } : {}) });

  it('counts the stories that name a source, names the first story as leading, and links without tracking', async () => {
    const items = await Promise.all(
      [
        sourced('Ferry line approved', 'Harbour Gazette', 'The council approved the harbour ferry line to the islands on Wednesday. The ferry will run all year from the market square.', 'https://harbour.example/ferry?utm_source=fb&utm_medium=social&fbclid=IwAR0xyz&id=7'),
        sourced('Library opens late', 'Harbour Gazette', 'The library will stay open until ten on Fridays. Library visitors asked for the late hours.'),
        sourced('Bus lanes planned', undefined, 'New bus lanes are planned on the harbour road. The bus lanes open in spring.'),
        sourced('Budget: ferry, library and bus lanes', 'Harbour Gazette', 'The budget funds the harbour ferry, the library late hours and the bus lanes. The ferry, the library and the bus lanes share the budget.'),
      ].map(summarize),
    );
    const digest = composeDigest(items, { config: DEFAULT_CONFIG, range: parseRange({ week: '2026-W48' }) });
    // The unsourced story is not credited to Harbour Gazette; "Leading" names the first in the contents.
    expect(digest.intro).toBe('This week: 4 stories, 3 from Harbour Gazette. Leading: Ferry line approved.');
    // Nothing recurs by name; what the week leaves out is the rest of the press.
    expect(digest.bigPicture?.sentences).toEqual(['Harbour Gazette supplied 3 of the 4 stories.']);
    expect(digest.stories[0]?.url).toBe('https://harbour.example/ferry?id=7');
    const x = digest.threads.find((t) => t.platform === 'x');
    expect(x?.posts.map((p) => p.text).join('\n')).not.toMatch(/fbclid|utm_/);
  });

  it('names every source when every story has one', async () => {
    const items = await Promise.all([sourced('One', 'A', 'First story text is here today.'), sourced('Two', 'B', 'Second story text is here today.')].map(summarize));
    expect(composeDigest(items, { config: DEFAULT_CONFIG, range: {} }).intro).toMatch(/^This week: 2 stories from A and B\. Leading: One\./);
  });
});
