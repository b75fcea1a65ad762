// Memory of the weekly desk: what earlier editions in the output folder ran, and which number this
// edition takes.
import { describe, expect, it } from 'vitest';
import { planEdition, ranIn, SentStories, type PastEdition } from '../../../src/select/alreadySent.js';
import { editionPeriod } from '../../../src/select/editionPeriod.js';
import { fingerprint, fingerprintDistance, SAME_TEXT_BITS } from '../../../src/text/fingerprint.js';
import { canonicalUrl } from '../../../src/text/canonicalUrl.js';
import { readFileSync } from 'node:fs';
import { articleFrom } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

const ferryText = 'The city council voted 41 to 18 on Wednesday to fund a year-round electric ferry between the market square and the eastern islands, the first new harbour route in two decades. Construction of two piers starts in March, and the first crossings are planned for the autumn. Residents of the islands have asked for a winter connection since the ice road closed in 2019, the mayor said after the vote.';
const ferry = { ...articleFrom(`Council approves harbour ferry\n\n${ferryText}`), url: 'https://gazette.example.com/ferry?utm_source=fb&fbclid=IwAR0' };
const library = articleFrom('Library opens late on Fridays\n\nThe central library will stay open until ten in the evening on Fridays from next month, the culture office said, after a pilot scheme drew more than three thousand visitors in four weeks. Students and shift workers used the late hours most.');

const edition = (number: number | undefined, stories: PastEdition['stories'], extra: Partial<PastEdition> = {}): PastEdition => ({ slug: `the-brief-${number}`, title: `The Brief #${number}`, stories, ...(number !== undefined ? { number } : {}), ...extra });

describe('fingerprint', () => {
  it('gives the same text the same fingerprint, a lightly edited save a near one, another story a far one', () => {
    expect(fingerprint(ferryText)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintDistance(fingerprint(ferryText), fingerprint(ferryText))).toBe(0);
    // The seed article (about 550 words) saved twice, once with a word changed.
    const seed = readFileSync(SEED, 'utf8');
    const edited = seed.replace('Kremlin', 'Kremlin palace');
    expect(edited).not.toBe(seed);
    expect(fingerprintDistance(fingerprint(seed), fingerprint(edited))).toBeLessThanOrEqual(SAME_TEXT_BITS);
    expect(fingerprintDistance(fingerprint(ferryText), fingerprint(library.text))).toBeGreaterThan(16);
    expect(fingerprintDistance('zz', fingerprint(ferryText))).toBe(64);
  });
});

describe('SentStories', () => {
  it('finds a story an earlier edition ran by its address, tracking parameters aside', () => {
    const sent = new SentStories([edition(12, [{ url: canonicalUrl('https://www.gazette.example.com/ferry/') }], { date: '2026-11-20' })]);
    const found = sent.find(ferry);
    expect(found?.number).toBe(12);
    expect(ranIn(found as PastEdition)).toBe('#12, 2026-11-20');
    expect(sent.find(library)).toBeUndefined();
  });

  it('finds it by its text when it comes from another address (a second save, a syndicated copy)', () => {
    const sent = new SentStories([edition(3, [{ fingerprint: fingerprint(ferryText) }], { date: '2026-10-02' })]);
    expect(sent.find({ ...ferry, url: 'https://other.example.com/ferry-copy' })?.number).toBe(3);
    expect(sent.find(library)).toBeUndefined();
  });

  it('names an edition without a number by its title, and the latest one when a story ran twice', () => {
    const print = fingerprint(ferryText);
    const sent = new SentStories([edition(undefined, [{ fingerprint: print }], { title: 'Harbour news', date: '2026-09-01' }), edition(undefined, [{ fingerprint: print }], { title: 'Harbour weekly', date: '2026-09-08' })]);
    expect(ranIn(sent.find(ferry) as PastEdition)).toBe('“Harbour weekly”, 2026-09-08');
  });
});

describe('planEdition', () => {
  const past = [edition(11, [], { period: '2026-W46' }), edition(12, [], { period: '2026-W47' })];

  it('numbers the next edition after the last one, and remembers every earlier edition', () => {
    expect(planEdition(past, { period: '2026-W48' })).toEqual({ number: 13, earlier: past });
  });

  it('rebuilds an edition of the same period with its own number; its own stories are not "already sent"', () => {
    expect(planEdition(past, { period: '2026-W47' })).toEqual({ number: 12, earlier: [past[0]] });
  });

  it('takes --edition as given and leaves that edition out of the memory', () => {
    expect(planEdition(past, { edition: 12, period: '2026-W50' })).toEqual({ number: 12, earlier: [past[0]] });
  });

  it('starts no numbering of its own: an output folder without numbered editions gets none', () => {
    expect(planEdition([edition(undefined, [], { period: '2026-W40' })], { period: '2026-W41' }).number).toBeUndefined();
    expect(planEdition([], {}).number).toBeUndefined();
  });
});

describe('editionPeriod', () => {
  it('is the week, the --since/--until days, the edition date, else the days the articles span', () => {
    const read = [
      { input: 'a', article: { ...ferry, publishedAt: '2026-11-27T10:00:00Z' } },
      { input: 'b', article: { ...library, publishedAt: '2026-11-24' } },
      { input: 'c', outside: '2026-10-01' },
    ];
    expect(editionPeriod({ week: '2026-W48', since: '2026-11-23', until: '2026-11-29' }, '2026-11-30', read)).toEqual({ period: '2026-W48' });
    expect(editionPeriod({ since: '2026-11-20' }, undefined, read)).toEqual({ period: '2026-11-20..' });
    expect(editionPeriod({}, '2026-11-30', read)).toEqual({ period: 'date:2026-11-30' });
    expect(editionPeriod({}, undefined, read)).toEqual({ period: 'dates:2026-11-24..2026-11-27' });
    expect(editionPeriod({}, undefined, [])).toEqual({});
  });
});
