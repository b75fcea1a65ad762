// One event, one story, attacked: a page stuffed with the names of the week's big story (and padded
// to look "most complete") must not take over that story's link.
import { describe, expect, it } from 'vitest';
import { mergeSameEvents } from '../../../src/select/sameEvent.js';
import { alBawaba, bbc, report } from '../../helpers/sameEventReports.js';

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
