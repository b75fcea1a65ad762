import { describe, expect, it } from 'vitest';
import { fits, makePlatforms } from '../../../../src/platforms/platforms.js';
import { splitThread, type Block } from '../../../../src/compose/thread/splitThread.js';

const platforms = makePlatforms();
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const body = (paragraphs: string[]): Block[] => [{ role: 'body', paragraphs }];
const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} says something about the budget.`).join(' ');

describe('splitThread', () => {
  it('keeps every post within the limit, numbering included', () => {
    for (const platform of Object.values(platforms)) {
      const posts = splitThread(body([long, long]), platform, '1/N');
      for (const post of posts) expect(fits(platform, post.text)).toBe(true);
    }
  });

  it('numbers posts 1/N and the posts give back the words in order', () => {
    const posts = splitThread(body([long]), platforms.x, '1/N');
    expect(posts.length).toBeGreaterThan(3);
    posts.forEach((p, i) => expect(p.text.endsWith(`${i + 1}/${posts.length}`)).toBe(true));
    expect(words(posts.map((p) => p.body).join(' '))).toEqual(words(long));
  });

  it('splits at sentence ends when sentences fit', () => {
    const posts = splitThread(body([long]), platforms.x, 'none');
    for (const post of posts) expect(post.body).toMatch(/budget\.$/);
  });

  it('reserves room for a two-digit count', () => {
    const huge = Array.from({ length: 12 }, () => long).join(' ');
    const posts = splitThread(body([huge]), platforms.x, '1/N');
    expect(posts.length).toBeGreaterThanOrEqual(10);
    for (const post of posts) expect(fits(platforms.x, post.text)).toBe(true);
  });

  it('never cuts a URL, a mention or a hashtag, and cuts a giant word only by graphemes', () => {
    const url = `https://example.com/${'path/'.repeat(40)}`;
    const giant = 'x'.repeat(700);
    const text = `${'word '.repeat(50)}@someone ${url} #Hashtag ${giant} end`;
    const posts = splitThread(body([text]), platforms.x, 'none');
    const joined = posts.map((p) => p.body);
    expect(joined.some((p) => p.includes(url))).toBe(true);
    expect(joined.some((p) => p.includes('@someone'))).toBe(true);
    expect(joined.some((p) => p.includes('#Hashtag'))).toBe(true);
    expect(joined.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const post of posts) expect(fits(platforms.x, post.text)).toBe(true);
  });

  it('does not re-join CJK text with spaces', () => {
    const cjk = '今日は晴れです。'.repeat(60);
    const posts = splitThread(body([cjk]), platforms.x, 'none');
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.map((p) => p.body).join('')).toBe(cjk);
    for (const post of posts) expect(post.body).not.toContain(' ');
  });

  it('starts a new post for each role and makes LinkedIn one post', () => {
    const blocks: Block[] = [
      { role: 'hook', paragraphs: ['Headline'] },
      { role: 'body', paragraphs: ['Body sentence.'] },
      { role: 'cta', paragraphs: ['Read more: https://example.com'] },
    ];
    // The short closing post joins the body post before it: the link ends the last post.
    const x = splitThread(blocks, platforms.x, '1/N');
    expect(x.map((p) => p.role)).toEqual(['hook', 'cta']);
    expect(x[1]?.body).toBe('Body sentence.\n\nRead more: https://example.com');
    const longBody: Block[] = [blocks[0] as Block, { role: 'body', paragraphs: [long] }, blocks[2] as Block];
    const roles = splitThread(longBody, platforms.x, '1/N').map((p) => p.role);
    expect(roles[0]).toBe('hook');
    expect(roles[roles.length - 1]).toBe('cta');
    expect(roles.filter((r) => r === 'cta')).toHaveLength(1);
    const linkedin = splitThread(blocks, platforms.linkedin, '1/N');
    expect(linkedin).toHaveLength(1);
    expect(linkedin[0]?.text).toBe('Headline\n\nBody sentence.\n\nRead more: https://example.com');
  });

  it('leaves no tiny orphan post at the end', () => {
    const text = `${'alpha beta gamma delta '.repeat(17)}omega.`;
    const posts = splitThread(body([text]), platforms.x, 'none');
    const last = posts[posts.length - 1];
    expect(last?.body.length).toBeGreaterThan(280 * 0.15);
  });

  it('gives the same thread for the same input', () => {
    expect(splitThread(body([long]), platforms.bluesky, '1/N')).toEqual(splitThread(body([long]), platforms.bluesky, '1/N'));
  });
});
