import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle.js';
import { loaded } from '../../helpers/articles.js';
import { FIXTURES } from '../../helpers/paths.js';

const page = readFileSync(path.join(FIXTURES, 'pages/news-article.html'), 'utf8');
const { article } = extractArticle(loaded(page, 'html', 'news-article.html'));

describe('HTML extraction', () => {
  it('takes metadata from JSON-LD and OpenGraph, best source first', () => {
    expect(article).toMatchObject({
      title: 'Council approves year-round harbour ferry',
      byline: 'Maria Lindqvist',
      source: 'The Harbour Gazette',
      publishedAt: '2026-11-20T06:30:00.000Z',
      url: 'https://gazette.example.com/2026/11/20/ferry',
      lang: 'en',
      tags: ['transport', 'harbour'],
    });
  });

  it('keeps the story paragraphs and subheadings, in order', () => {
    expect(article.paragraphs[0]).toMatch(/^The city council voted 41 to 18/);
    expect(article.paragraphs).toContain('A long campaign');
    expect(article.paragraphs[article.paragraphs.length - 1]).toMatch(/autumn of 2027/);
  });

  it('leaves out navigation, share bars, captions, ads, sign-ups, related links, comments, cookies and footers', () => {
    for (const junk of ['Home', 'Share on', 'Photo: Shipyard', 'Advertisement', 'Sign up', 'Related', 'Bus lanes plan', 'Comments', 'waited years', 'cookies', 'All rights reserved', 'should never appear']) {
      expect(article.text, junk).not.toContain(junk);
    }
  });

  it('makes links and images absolute and keeps only http(s)', () => {
    expect(article.links).toEqual([
      { href: 'https://gazette.example.com/transport/plan.pdf', text: "transport department's plan" },
      { href: 'https://council.example.com/minutes', text: 'council minutes' },
    ]);
    expect(article.images).toContainEqual({ src: 'https://gazette.example.com/img/ferry.jpg', alt: 'The new ferry as drawn by the shipyard' });
    expect(article.images[0]?.src).toBe('https://gazette.example.com/img/ferry-lead.jpg');
  });

  it('puts a newline between blocks so words never glue together', () => {
    const { article: a } = extractArticle(loaded('<html><body><article><p>First paragraph of a long enough story about the harbour ferry and the islands, which goes on for a while.</p><div>Second block with more words about the council vote on Wednesday evening in the hall.</div><p>Third paragraph ends the story with the timetable for the ferry and the new piers.</p></article></body></html>', 'html'));
    expect(a.text).not.toMatch(/while\.Second|hall\.Third/);
    expect(a.paragraphs.length).toBe(3);
  });

  it('refuses a page without an article', () => {
    expect(() => extractArticle(loaded('<html><body><nav><a href="/">Home</a></nav></body></html>', 'html', 'home.html'))).toThrow(/home\.html has no article/);
  });

  const story = (middle: string) =>
    `<html><head><link rel="canonical" href="https://news.example.org/2026/11/20/ferry"></head><body><article>
      <p>The city council voted on Wednesday to fund a year-round electric ferry between the market square and the islands.</p>
      ${middle}
      <p>The first ferry is expected to enter service in the autumn of 2027, if the shipyard keeps to its schedule, officials said.</p>
      <p>Islanders have campaigned for a winter connection since the old ice road closed, and welcomed the vote on Wednesday evening.</p>
    </article></body></html>`;

  it('leaves out a related-story teaser: a headline-like line that is all a link to the same site', () => {
    const { article: a } = extractArticle(loaded(story('<p><a href="https://news.example.org/2026/10/01/bus-lanes">Bus lanes plan stalls again</a></p>'), 'html'));
    expect(a.text).not.toContain('Bus lanes plan');
    expect(a.paragraphs).toHaveLength(3);
  });

  it('keeps a linked item in a list of questions, a link to another site, and a linked sentence', () => {
    const middle = `<ul><li>Is this a planned purchase?</li><li><a href="https://news.example.org/where">Where am I going to put it</a></li></ul>
      <p><a href="https://council.example.com/minutes">Council minutes for the ferry vote</a></p>
      <p><a href="https://news.example.org/2026/10/01/plan">The council published its ferry plan in October.</a></p>`;
    const { article: a } = extractArticle(loaded(story(middle), 'html'));
    for (const kept of ['Where am I going to put it', 'Council minutes for the ferry vote', 'published its ferry plan']) expect(a.text).toContain(kept);
  });

  it('keeps products linked from the cells of a table', () => {
    const rows = ['Hauck Comfort Fix Isofix Base', 'Maxi-Cosi Cabriofix Family Base', 'Britax Römer Dualfix Swivel Seat']
      .map((t, i) => `<tr><td><a href="https://news.example.org/test/${i}">${t}</a></td><td>${220 + i} euros</td><td>good</td></tr>`)
      .join('');
    const { article: a } = extractArticle(loaded(story(`<table><tr><th>Seat</th><th>Price</th><th>Rating</th></tr>${rows}</table>`), 'html'));
    expect(a.text).toContain('Hauck Comfort Fix Isofix Base');
  });

  it('keeps the links of a page whose content is links', () => {
    const items = ['Ferry timetable for the winter season', 'Harbour works schedule and closures', 'Island bus connections and fares', 'Parking at the market square', 'Bike racks on the new ferry']
      .map((t, i) => `<li><a href="https://news.example.org/guide/${i}">${t}</a></li>`)
      .join('');
    const { article: a } = extractArticle(loaded(story(`<ul>${items}</ul>`), 'html'));
    expect(a.text).toContain('Bike racks on the new ferry');
  });
});

describe('HTML extraction: the headline', () => {
  it('skips an og:title written as a URL slug and takes the page title', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Im aktuellen Test wurden 18 Kindersitze geprüft, Runde ${i + 1} ergab neue Ergebnisse für Eltern und Hersteller.</p>`).join('');
    const html = `<html lang="de"><head><title>ADAC Kindersitz-Test 2018 | ADAC</title><meta property="og:title" content="adac-kindersitztest-herbst-2018"><meta property="og:url" content="https://www.adac.de/tests/kindersitz"></head><body><article>${story}</article></body></html>`;
    expect(extractArticle(loaded(html, 'html', 'adac.html')).article.title).toBe('ADAC Kindersitz-Test 2018');
  });

  it('prefers the headline og:title and <title> agree on to a DC.title naming the site’s owner', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Wir beraten Unternehmen im internationalen Steuerrecht, Runde ${i + 1} mit Beispielen aus der Praxis und vielen Details.</p>`).join('');
    const html = `<html lang="de"><head><title>Internationale Steuerberatung | Kanzlei Viehbacher</title><meta name="DC.title" content="Johannes N. Viehbacher - Rechtsanwalt"><meta property="og:title" content="Internationale Steuerberatung"><meta property="og:url" content="https://www.viehbacher.com/de/steuerrecht"></head><body><article>${story}</article></body></html>`;
    expect(extractArticle(loaded(html, 'html', 'viehbacher.html')).article.title).toBe('Internationale Steuerberatung');
  });
});
