// Two outlets' reports of one event, written for the tests (Sweden dropping the Assange
// investigation): the same event in their own words, for the same-event merge and its attack tests.
import type { Article } from '../../src/types.js';
import { articleFrom } from './articles.js';

export function report(title: string, paragraphs: string[], extra: Partial<Article>): Article {
  return { ...articleFrom(`${title}\n\n${paragraphs.join('\n\n')}`), ...extra };
}

export const bbc = report(
  'Sweden drops Julian Assange rape investigation',
  [
    'Swedish prosecutors have dropped an investigation into a rape allegation against WikiLeaks co-founder Julian Assange.',
    'Deputy chief prosecutor Eva-Marie Persson said the evidence had weakened considerably because of the long period of time that had elapsed since the events in question.',
    'Mr Assange, who is in a British prison, has always denied the allegation, which dates from 2010.',
    'The investigation had been dropped and reopened several times since then, and his lawyers had argued it should be closed for good.',
  ],
  { source: 'BBC News', publishedAt: '2019-11-19', url: 'https://www.bbc.com/news/world-europe-50473792' },
);
export const alBawaba = report(
  'Swedish Prosecutors Discontinue Assange Probe',
  [
    "Sweden's public prosecutor on Tuesday discontinued the investigation into a rape allegation against Julian Assange, saying the evidence was no longer strong enough.",
    'The WikiLeaks founder is serving a sentence in London for skipping bail.',
  ],
  { source: 'Al Bawaba', publishedAt: '2019-11-20', url: 'https://www.albawaba.com/news/sweden-drops-assange-1320071' },
);
