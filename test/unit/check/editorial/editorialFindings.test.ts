import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../../../src/build.js';
import { editorialFindings } from '../../../../src/check/editorial/editorialFindings.js';
import { readEditionText, type EditionText } from '../../../../src/check/editorial/editionText.js';
import { SEED, tempDir } from '../../../helpers/paths.js';

const clean: EditionText = {
  headline: 'Council funds the island ferry',
  source: 'Harbour Gazette',
  byline: 'Jane Doe',
  date: 'June 27, 2018',
  url: 'https://example.com/ferry',
  lede: ['The city council voted on Monday to fund a ferry line between the market square and the islands.'],
  bullets: ['The first ferry is due in the autumn of 2027, officials said.', 'Tickets will cost less than the bus.'],
  quote: { text: 'This ferry changes island life for good', speaker: 'Mayor Ann Berg' },
  body: ['Islanders have asked for a ferry since the bridge closed in 2015.'],
  image: { src: 'https://example.com/ferry.jpg', alt: '' },
  brief: { summary: ['The city council voted on Monday to fund a ferry line.'], bullets: ['Tickets will cost less than the bus.'], keywords: ['ferry', 'islands'] },
  posts: [
    { platform: 'x', index: 1, text: 'Council funds the island ferry: the first boat sails in 2027.\n\n1/2' },
    { platform: 'x', index: 2, text: 'Tickets will cost less than the bus.\n\nhttps://example.com/ferry\n\n2/2' },
    { platform: 'linkedin', index: 1, text: 'Council funds the island ferry.\n\nhttps://example.com/ferry' },
  ],
};

const classes = (edition: EditionText, articleText?: string) =>
  editorialFindings(edition, { lang: 'en', today: new Date('2026-11-30'), ...(articleText ? { articleText } : {}) }).map((f) => f.class).sort();

describe('editorialFindings', () => {
  it('finds nothing in copy an editor would ship', () => {
    expect(editorialFindings(clean, { lang: 'en', today: new Date('2026-11-30') })).toEqual([]);
  });

  it('does not call a Japanese paragraph a fragment: it has no spaces but ends with 。', () => {
    const edition: EditionText = { ...clean, body: ['そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。'] };
    expect(classes(edition)).not.toContain('bodyOrphan');
  });

  it('does not call a post a fragment because the post before it was the headline or ended on a quote’s credit', () => {
    const edition: EditionText = {
      ...clean,
      posts: [
        { platform: 'x', index: 1, text: 'Council funds the island ferry\n\n1/3' },
        { platform: 'x', index: 2, text: 'The city council voted on Monday to fund a ferry line.\n\n“This ferry changes island life for good” — Mayor Ann Berg\n\n2/3' },
        { platform: 'x', index: 3, text: 'Read the full story: https://example.com/ferry\n\n3/3' },
      ],
    };
    expect(classes(edition)).not.toContain('fragmentPost');
  });

  it('names each class an editor would fix, once per problem', () => {
    const bad: EditionText = {
      ...clean,
      headline: 'Council funds the island ferry - Harbour Gazette',
      source: 'https://www.harbourgazette.com',
      byline: 'By JANE DOE, Staff Writer',
      date: 'January 1, 1',
      lede: ['She said the council voted “to fund the ferry.'],
      bullets: ['But the first ferry is not due until 2027.', 'HONOLULU, Hawaii (HawaiiNewsNow) - Crews worked overnight on the pier.', 'As one captain told me, the sea is rough.', 'Updated 10:32 AM ET'],
      quote: { text: 'This ferry changes island life for good', speaker: 'Berg' },
      body: ['This ferry changes island life for good, said the mayor.', 'Here is how it works:'],
      image: { src: 'https://example.com/ferry.jpg', alt: 'Council funds the island ferry - Harbour Gazette' },
      brief: { summary: ['She said the council voted “to fund the ferry.'], bullets: ['But the first ferry is not due until 2027.'], keywords: ['they’re', 'ferry'] },
      posts: [
        { platform: 'x', index: 1, text: 'Council funds the island ferry - Harbour Gazette\n\n1/2' },
        { platform: 'x', index: 2, text: 'a former harbour master.\n\nhttps://tracker.example.net/p #The\n\n2/2' },
        { platform: 'linkedin', index: 1, text: 'Ferry news.\n\n1/2' },
        { platform: 'linkedin', index: 2, text: 'More.https://example.com/ferryMore\n\n2/2' },
      ],
    };
    const found = new Set(classes(bad, 'Mayor Ann Berg said the ferry would run. Berg smiled.'));
    for (const c of ['brokenQuote', 'dateline', 'stampOrCaption', 'danglingOpener', 'pronounLead', 'firstPerson', 'repeatedQuote', 'shortSpeaker', 'sourceName', 'placeholderDate', 'badKeyword', 'bodyOrphan', 'altIsHeadline', 'titleSiteName', 'bylineNotName', 'fragmentPost', 'foreignUrl', 'bareHeadlineHook', 'badHashtag', 'linkedinNumbered'] as const) {
      expect(found, c).toContain(c);
    }
    // The same broken lead shown in the email and the brief is one problem, not two.
    expect(classes(bad).filter((c) => c === 'brokenQuote')).toHaveLength(1);
  });

  // False positive fixed: "Space.com" and "CBSSports.com" were reported as URLs; they are the brands' names.
  it('takes a brand that looks like a domain for a name, and a URL or a bare host for a URL', () => {
    for (const source of ['Space.com', 'CBSSports.com', 'Phys.org', 'Express.co.uk', 'TMZ.COM']) expect(classes({ ...clean, source }), source).toEqual([]);
    for (const source of ['https://www.hawaiinewsnow.com', 'www.x.com', 'tmz.com']) expect(classes({ ...clean, source }), source).toEqual(['sourceName']);
  });

  // False positive fixed: a subtitle that starts with the site's name is not the site's name.
  it('tells a site name after the headline from a subtitle', () => {
    const url = 'https://blog.comwrap.com/comwrap-auf-der-dmexco-2018';
    const titleFindings = (edition: EditionText) => classes(edition).filter((c) => c === 'titleSiteName');
    expect(titleFindings({ ...clean, url, source: 'Comwrap', headline: 'Take C.A.R.E. - comwrap auf der DMEXCO 2018' })).toEqual([]);
    expect(titleFindings({ ...clean, url: 'https://vortexcannon.org/x', source: 'Vortex Cannon', headline: 'Dare to Play 3 – Vortex Cannon Entertainment' })).toEqual(['titleSiteName']);
  });

  it('reads an edition folder back: headline, lede, bullets, quote, posts', async () => {
    const dir = tempDir();
    const result = await build({ inputs: [SEED], out: path.join(dir, 'out'), cwd: dir, llm: { offline: true }, date: '2018-06-27' });
    const folder = path.resolve(dir, result.editions[0]?.dir ?? '');
    const read = (f: string) => readFileSync(path.join(folder, f), 'utf8');
    const text = readEditionText({ html: read('newsletter.html'), briefJson: read('brief.json'), threadJson: read('thread.json'), eml: read('newsletter.eml') });
    expect(text.headline).toBe('Putin, top Trump aide see hope of better ties in Kremlin talks');
    expect(text.source).toBe('Bloomberg');
    expect(text.lede[0]).toMatch(/^Russian President Vladimir Putin/);
    expect(text.bullets.length).toBeGreaterThan(0);
    expect(text.quote?.text).toMatch(/^Your visit to Moscow/);
    expect(text.posts.filter((p) => p.platform === 'x').length).toBeGreaterThan(1);
    expect(text.emlDate).toMatch(/2018/);
  });
});
