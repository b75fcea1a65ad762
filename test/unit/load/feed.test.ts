// Feeds as inputs: RSS 2.0, Atom and JSON Feed into items; a feed that does not parse is one clear
// line; nothing in a feed is expanded or run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CrierError } from '../../../src/errors.js';
import { parseFeed, MAX_FEED_ITEMS } from '../../../src/load/feed.js';
import { formatOf, sniffFormat } from '../../../src/load/formatOf.js';
import { loadAhead } from '../../../src/load/loadAhead.js';
import { looksLikeFeed } from '../../../src/load/looksLikeFeed.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';
import { FIXTURES } from '../../helpers/paths.js';

const FEEDS = path.join(FIXTURES, 'feeds');
const read = (name: string) => readFileSync(path.join(FEEDS, name), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0: title, link, the publisher’s own date, author, category, image, and the item’s own HTML', async () => {
    const feed = await parseFeed(read('harbour.rss'), 'harbour.rss');
    expect(feed.title).toBe('Harbour Gazette');
    expect(feed.lang).toBe('en');
    const [ferry, library] = feed.items;
    expect(ferry).toMatchObject({
      index: 0,
      title: 'Council approves year-round harbour ferry',
      link: 'https://gazette.example.com/2026/11/25/harbour-ferry?utm_source=rss&utm_medium=feed&fbclid=IwAR0abc',
      publishedAt: '2026-11-25T18:30:00.000+01:00',
      author: 'Anna Berg',
      category: 'Politics',
      image: { src: 'https://gazette.example.com/img/ferry.jpg', width: 1200, height: 800 },
    });
    expect(ferry?.words).toBeGreaterThan(150);
    expect(library).toMatchObject({ title: 'Library opens late on Fridays', link: 'https://gazette.example.com/2026/11/24/library' });
    expect(library?.words).toBeLessThan(20);
  });

  it('reads Atom (an HTML title decoded once) and JSON Feed (plain text kept as paragraphs)', async () => {
    const atom = await parseFeed(read('northside.atom'), 'northside.atom');
    expect(atom.items[0]).toMatchObject({ title: 'Tram line & bus lanes: the plan', link: 'https://courier.example.org/tram-plan', publishedAt: '2026-11-26T08:00:00.000+01:00', author: 'Jonas Ek' });
    expect(atom.items[0]?.words).toBeGreaterThan(150);
    const json = await parseFeed(read('museum.json'), 'museum.json');
    expect(json).toMatchObject({ title: 'Museum News', lang: 'en' });
    expect(json.items[0]).toMatchObject({ title: 'Harbour museum reopens after repairs', category: 'Culture', image: { src: 'https://museum.example.net/img/hall.jpg' } });
    expect(json.items[0]?.html).toMatch(/^The harbour museum reopened on Thursday.*<\/p><p>Its collection/);
  });

  it('says in one line what is wrong with a feed that does not parse', async () => {
    const line = async (text: string) => (await parseFeed(text, 'feed.xml').catch((e: CrierError) => e.toLine())) as string;
    expect(await line(read('broken.rss'))).toBe('feed.xml is not a readable feed: its XML is malformed (check the feed address (open it in a browser), or give crier the articles themselves)');
    expect(await line('<html><body>Not a feed</body></html>')).toMatch(/^feed\.xml is not a readable feed: it is not RSS, Atom or JSON Feed/);
    expect(await line('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toMatch(/^feed\.xml is not a readable feed: its JSON does not parse/);
    expect(await line('<rss version="2.0"><channel><title>Empty</title></channel></rss>')).toMatch(/^feed\.xml is a feed with no items/);
  });

  it('reads at most 100 items, expands no entities, keeps only http(s) links', async () => {
    const many = `<rss version="2.0"><channel><title>Many</title>${'<item><title>t</title><link>https://example.com/a</link></item>'.repeat(500)}</channel></rss>`;
    expect((await parseFeed(many, 'many.rss')).items).toHaveLength(MAX_FEED_ITEMS);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title><item><title>&lol2;</title><link>javascript:alert(1)</link><description>${'word '.repeat(10)}</description></item></channel></rss>`;
    const feed = await parseFeed(bomb, 'bomb.rss');
    expect(feed.items[0]?.title).toBe('&lol2;');
    expect(feed.items[0]?.link).toBeUndefined();
  });
});

describe('feeds among the inputs', () => {
  it('are known by their extension or their first bytes', () => {
    expect(formatOf('news.rss')).toBe('feed');
    expect(formatOf('news.atom')).toBe('feed');
    expect(formatOf('story.html')).toBe('html');
    expect(looksLikeFeed(read('harbour.rss'))).toBe(true);
    expect(looksLikeFeed(read('museum.json'))).toBe(true);
    expect(looksLikeFeed('{"name": "not a feed"}')).toBe(false);
    expect(sniffFormat(read('northside.atom'))).toBe('feed');
    expect(sniffFormat('<!doctype html><html><body>x</body></html>')).toBe('html');
  });

  it('become one input per item, in the feed’s order; an item the feed dates outside the period is not read', async () => {
    const file = path.join(FEEDS, 'harbour.rss');
    const seen: string[] = [];
    const inNovember = (date: string) => date.startsWith('2026-11');
    for await (const result of loadAhead([{ kind: 'file', path: 'harbour.rss', fullPath: file }], Readable.from([]), {}, 4, { inPeriod: inNovember })) {
      if ('outside' in result) seen.push(`outside ${result.outside.slice(0, 10)}`);
      else if ('error' in result) seen.push(`error ${(result.error as Error).message}`);
      else {
        const { article } = extractArticle(result.loaded);
        seen.push(`${article.title} | ${article.publishedAt} | ${article.source} | ${article.byline} | ${article.section}`);
      }
      if (seen.length === 1) break;
    }
    // The ferry item carries the article: read from the feed, with the feed's title, date, name and author.
    expect(seen).toEqual(['Council approves year-round harbour ferry | 2026-11-25T17:30:00.000Z | Harbour Gazette | Anna Berg | Politics']);
  });

  it('is an error for a command that reads articles only', async () => {
    const results = [];
    for await (const result of loadAhead([{ kind: 'file', path: 'harbour.rss', fullPath: path.join(FEEDS, 'harbour.rss') }], Readable.from([]))) results.push(result);
    expect(results).toHaveLength(1);
    expect(((results[0] as { error: CrierError }).error).toLine()).toBe('harbour.rss is a feed, not an article (crier digest reads feeds: crier digest <feed> --week <yyyy-Www>)');
  });
});
