// One event, one story, attacked: a page stuffed with the names of the week's big story (and padded
// to look "most complete") must not take over that story's link.
import { describe, expect, it } from 'vitest';
import { mergeSameEvents } from '../../../src/select/sameEvent.js';
import type { Article } from '../../../src/types.js';
import { articleFrom } from '../../helpers/articles.js';

function report(title: string, paragraphs: string[], extra: Partial<Article>): Article {
  return { ...articleFrom(`${title}\n\n${paragraphs.join('\n\n')}`), ...extra };
}

const bbc = report(
  'Sweden drops Julian Assange rape investigation',
  [
    'Swedish prosecutors have dropped an investigation into a rape allegation against WikiLeaks co-founder Julian Assange.',
    'Deputy chief prosecutor Eva-Marie Persson said the evidence had weakened considerably because of the long period of time that had elapsed since the events in question.',
    'Mr Assange, who is in a British prison, has always denied the allegation, which dates from 2010.',
    'The investigation had been dropped and reopened several times since then, and his lawyers had argued it should be closed for good.',
  ],
  { source: 'BBC News', publishedAt: '2019-11-19', url: 'https://www.bbc.com/news/world-europe-50473792' },
);
const alBawaba = report(
  'Swedish Prosecutors Discontinue Assange Probe',
  [
    "Sweden's public prosecutor on Tuesday discontinued the investigation into a rape allegation against Julian Assange, saying the evidence was no longer strong enough.",
    'The WikiLeaks founder is serving a sentence in London for skipping bail.',
  ],
  { source: 'Al Bawaba', publishedAt: '2019-11-20', url: 'https://www.albawaba.com/news/sweden-drops-assange-1320071' },
);
const products = ['replica watches', 'designer handbags', 'diet pills', 'casino bonuses', 'cheap flights', 'crypto signals', 'phone cases', 'sneakers'];
/** Stuffed with the event's names up top, then a long page about something else. */
const spam = report(
  'Sweden drops Julian Assange rape investigation: WikiLeaks, Stockholm prosecutors and Eva-Marie Persson',
  [
    'Swedish prosecutors dropped the rape investigation into WikiLeaks founder Julian Assange on Tuesday, prosecutor Eva-Marie Persson said in Stockholm.',
    ...Array.from({ length: 40 }, (_, i) => `Best deals of the day number ${i}: ${products[i % products.length]} and ${products[(i + 3) % products.length]} at unbeatable prices, free shipping worldwide, order now before the offer ends, coupon code SAVE${i} at checkout.`),
  ],
  { source: 'BBC News', publishedAt: '2019-11-19', url: 'https://deals.example.net/assange' },
);

/** The rest of a realistic week, so the event's names are not "all over the week" (sameEvent.ts). */
const week = ['harbour', 'museum', 'school', 'ferry', 'library', 'market', 'stadium', 'hospital', 'bridge', 'orchestra'].map((topic, i) =>
  report(`The ${topic} reopens after repairs`, [`The ${topic} in the old town reopened on Monday after two years of repairs, the council said.`, `Visitors queued outside the ${topic} from early morning.`], { source: 'Town Gazette', publishedAt: `2019-11-${10 + i}` }),
);

describe('mergeSameEvents against a stuffed page', () => {
  it('does not let a page about something else lead (and link) a real story because it is longer', () => {
    for (const order of [[bbc, alBawaba, spam, ...week], [...week, spam, alBawaba, bbc]]) {
      const { picks } = mergeSameEvents(order);
      const story = picks.find((p) => p.article === bbc || p.also.includes(bbc));
      expect(story?.article.url).toBe(bbc.url);
      expect(story?.also.map((a) => a.url)).toEqual([alBawaba.url]);
    }
  });
  it('does not let it into a real story of two articles either', () => {
    const { picks, merged } = mergeSameEvents([bbc, spam, ...week]);
    expect(merged).toEqual([]);
    expect(picks.find((p) => p.article === bbc)?.also).toEqual([]);
  });
});
