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

  it('never cuts a URL, a mention or a hashtag, and cuts a giant word only by graphemes, marking each cut', () => {
    const url = `https://example.com/${'path/'.repeat(40)}`;
    const giant = 'x'.repeat(700);
    const text = `${'word '.repeat(50)}@someone ${url} #Hashtag ${giant} end`;
    const posts = splitThread(body([text]), platforms.x, 'none');
    const joined = posts.map((p) => p.body);
    expect(joined.some((p) => p.split(/\s+/).includes(url))).toBe(true);
    expect(joined.some((p) => p.split(/\s+/).includes('@someone'))).toBe(true);
    expect(joined.some((p) => p.split(/\s+/).includes('#Hashtag'))).toBe(true);
    expect(joined.join('').replace(/[\s…]/g, '')).toBe(text.replace(/\s/g, ''));
    for (const post of posts) expect(fits(platforms.x, post.text)).toBe(true);
    for (const post of posts.slice(1)) expect(post.body).toMatch(/^(?:…|https:|#|@)/);
  });

  it('a long sentence is cut at a clause with an ellipsis: its tail never opens a post unmarked', () => {
    const sentence =
      'Putin and Trump should find it “relatively easy to agree” on steps to resolve accusations that Russia is violating a 1987 treaty that bans the deployment of intermediate-range missiles on land and extend another landmark treaty, New START, said Sergei Karaganov, a former Kremlin foreign policy adviser.';
    const posts = splitThread([{ role: 'body', paragraphs: ['Bolton, who became Trump’s security adviser in March, is a long-time hawk and Kremlin critic.', sentence], fit: 'optional' }], platforms.x, '1/N');
    expect(posts.map((p) => p.body)).toEqual(['Bolton, who became Trump’s security adviser in March, is a long-time hawk and Kremlin critic.', sentence.replace(', a former Kremlin foreign policy adviser.', '.')]);
  });

  it('never splits a quotation across posts: it fits whole or is left out', () => {
    const quote = `“${'We will build the ferry and we will run it all year. '.repeat(6).trim()}” — Mayor Ann Berg`;
    const posts = splitThread([{ role: 'body', paragraphs: ['The council voted.'] }, { role: 'body', paragraphs: [quote], fit: 'whole' }], platforms.x, '1/N');
    expect(posts.map((p) => p.body)).toEqual(['The council voted.']);
    expect(splitThread([{ role: 'body', paragraphs: [quote], fit: 'whole' }], platforms.mastodon, '1/N').map((p) => p.body)).toEqual([quote]);
  });

  it('never cuts a link at the "?" of its query, nor moves it into the next story’s post', () => {
    const link = 'https://example.com/a?n=0&utm_source=x&utm_medium=social&utm_campaign=the-brief-2026-w48';
    const story = `Harbour repairs approved\n\nThe council voted for the repairs.\n\n${link}`;
    const posts = splitThread([{ role: 'body', separate: true, paragraphs: [story, 'Ferry\n\nIt sails.'] }], platforms.x, '1/N');
    expect(posts.map((p) => p.body)).toEqual([story, 'Ferry\n\nIt sails.']);
  });

  it('keeps blank lines between the paragraphs of one block', () => {
    const posts = splitThread([{ role: 'cta', paragraphs: ['Source: Bloomberg\n\n#Putin #Trump'] }], platforms.x, 'none');
    expect(posts[0]?.body).toBe('Source: Bloomberg\n\n#Putin #Trump');
  });

  it('makes LinkedIn one post whatever the length, keeping the hook and the closing lines', () => {
    const blocks: Block[] = [
      { role: 'hook', paragraphs: ['Headline'] },
      { role: 'body', paragraphs: [long, long, long, long, long, long, long, long] },
      { role: 'cta', paragraphs: ['Read the full story: https://example.com/story'] },
    ];
    const posts = splitThread(blocks, platforms.linkedin, '1/N');
    expect(posts).toHaveLength(1);
    expect(fits(platforms.linkedin, posts[0]?.text ?? '')).toBe(true);
    expect(posts[0]?.text).toMatch(/^Headline\n\n/);
    expect(posts[0]?.text).toMatch(/https:\/\/example\.com\/story$/);
    expect(posts[0]?.text).not.toMatch(/\d+\/\d+/);
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
    const sentences = `${'The ferry runs all year and the council pays for it. '.repeat(5)}It works.`;
    const balanced = splitThread(body([sentences]), platforms.x, 'none');
    expect(balanced[balanced.length - 1]?.body.length).toBeGreaterThan(280 * 0.15);
  });

  it('gives the same thread for the same input', () => {
    expect(splitThread(body([long]), platforms.bluesky, '1/N')).toEqual(splitThread(body([long]), platforms.bluesky, '1/N'));
  });
});
