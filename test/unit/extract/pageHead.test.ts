// What a saved page says above its story, cleaned: issue 15 items 6, 7, 9, 12 and 13 on two small
// pages written for the purpose (test/fixtures/pages).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle.js';
import { loaded } from '../../helpers/articles.js';
import { FIXTURES } from '../../helpers/paths.js';

const read = (name: string, now = new Date('2021-06-01T00:00:00Z')) =>
  extractArticle(loaded(readFileSync(path.join(FIXTURES, 'pages', name), 'utf8'), 'html', name), { now });
const wire = read('wire-story.html');
const opinion = read('opinion-column.html');

describe('page head: source, headline, byline, date, genre, image', () => {
  it('takes the publisher name whole, not clipped ("Coastal" -> "Coastal Courier", "Sky" -> "Sky News")', () => {
    expect(wire.article.source).toBe('Coastal Courier');
    expect(opinion.article.source).toBe('Sky News');
  });

  it('takes the site name off the headline ("… - Coastal Courier", "… | Sky News")', () => {
    expect(wire.article.title).toBe('Storm closes the coast road for a week');
    expect(opinion.article.title).toBe('Our city should choose trams over a new ring road');
  });

  it('turns a wire byline into names ("By GREG O\'BRIEN-MCDONALD, AP Sports Writer" -> "Greg O\'Brien-McDonald, AP")', () => {
    expect(wire.article.byline).toBe("Greg O'Brien-McDonald, AP");
  });

  it('drops a byline that only repeats the publisher ("Sky News · Sky News")', () => {
    expect(opinion.article.byline).toBeUndefined();
  });

  // Bug: JSON-LD "datePublished": "0001-01-01" showed as "January 1, 1" and the .eml said 1970.
  it('takes a placeholder date for no date, falls back to the date in the URL and says so', () => {
    expect(wire.article.publishedAt).toBe('2019-11-19');
    expect(wire.warnings).toEqual([{ code: 'unreadable-date', input: 'wire-story.html', message: 'wire-story.html: the date "0001-01-01T00:00:00Z" is not a real publication date; using 2019-11-19 instead' }]);
  });

  it('takes a date after tomorrow for no date and falls back to the page\'s modified date', () => {
    expect(opinion.article.publishedAt).toBe('2021-03-05T10:00:00.000Z');
    // The same page read in 2099 has its stated date back.
    expect(read('opinion-column.html', new Date('2099-01-02T00:00:00Z')).article.publishedAt).toBe('2099-01-01T00:00:00.000Z');
  });

  // Bug: a relative JSON-LD mainEntityOfPage was dropped, and a Sky story lost its link.
  it('resolves a relative mainEntityOfPage against the page\'s address', () => {
    expect(opinion.article.url).toBe('https://news.sky.example/story/our-city-should-choose-trams-12345');
    expect(wire.article.url).toBe('https://www.coastalcourier.example/news/2019/11/19/storm-closes-coast-road/');
  });

  it('labels the genre from metadata: OpinionNewsArticle -> opinion, NewsArticle -> news', () => {
    expect(opinion.article.genre).toBe('opinion');
    expect(wire.article.genre).toBe('news');
  });

  it('gives the lead image the alt text of the same picture in the story, or none — never the headline', () => {
    expect(wire.article.images[0]).toEqual({ src: 'https://www.coastalcourier.example/img/road-1200x630.jpg', alt: 'Fallen trees across the coast road near Eastport' });
    expect(opinion.article.images[0]).toEqual({ src: 'https://news.sky.example/img/tram.jpg', alt: '' });
  });

  it('uses a figure\'s caption as the alt text of an image that has none', () => {
    expect(wire.article.images).toContainEqual({ src: 'https://www.coastalcourier.example/img/ferry.jpg', alt: 'The harbour ferry will run extra sailings while the road is closed.' });
  });
});

describe('page text: what is not the story stays out of Article.paragraphs', () => {
  const text = wire.article.text;
  it.each([
    ['a timestamp', 'Nov. 20, 2019'],
    ['a caption marked by its class', 'Gina Yarbrough sent this picture'],
    // Readability turns <div class="media__caption"> into a bare <p>: only the page's own markup says it is a caption.
    ['a caption marked only by its class', 'harbour front on Tuesday afternoon'],
    ['a photo credit', 'Image: ©'],
    ['a figcaption', 'will run extra sailings'],
    ['a byline label', 'Opinion Columnist'],
    ['a related-story teaser between paragraphs', 'first winter storm warning'],
    ['a list of related stories', 'repairs delayed again'],
    ['wire end matter', 'Reporting by'],
    ['"Originally published on"', 'Originally published'],
    ['an invitation to the forums', 'Join our'],
    ['an affiliate-links notice', 'affiliate links'],
    ['a copyright line', 'Copyright'],
  ])('leaves out %s', (_what, phrase) => {
    expect(text).not.toContain(phrase);
  });

  it('keeps every paragraph of the story, in order', () => {
    expect(wire.article.paragraphs).toHaveLength(5);
    expect(wire.article.paragraphs[0]).toMatch(/^A storm that brought down/);
    expect(wire.article.paragraphs[4]).toMatch(/drainage\.$/);
  });
});

describe('page head: the wire and the publisher', () => {
  const page = `<html><head><title>Tories under fire for Twitter name switch | Hosted</title><meta property="og:site_name" content="Hosted">
    <link rel="canonical" href="https://hosted.ap.org/citizensvoice/article/2896af50/uk-tories-under-fire"></head><body><article>
    <p class="byline">By DANICA KIRKA and JILL LAWLESSAssociated Press</p>
    <p>Britain's Conservative Party was accused Wednesday of trying to deceive voters by changing the name of its press office Twitter account during a televised debate.</p>
    <p>Rebranded to resemble a neutral fact-checking account, it posted a series of tweets supporting the prime minister during the debate on Tuesday evening.</p>
    <p>It later reverted to its old name and restored the party logo to its profile, and a minister defended the party's actions on Wednesday morning.</p>
    </article></body></html>`;
  const { article } = extractArticle(loaded(page, 'html', 'ap.html'), { now: new Date('2021-06-01') });

  it('names the wire as its byline spells it, and keeps it out of the byline ("AP · …, Associated Press")', () => {
    expect(article.source).toBe('Associated Press');
    expect(article.byline).toBe('Danica Kirka and Jill Lawless');
    expect(article.title).toBe('Tories under fire for Twitter name switch');
  });
});
