// LinkedIn is one post, never a numbered thread: a one-line hook, three bullets, the link and up to
// three hashtags, within 3,000 characters. Bullets that do not fit are left out from the last one
// up; the hook and the closing lines (link, hashtags) always stay.
import { POST_MARKS } from './postMarks.js';
import type { Block } from './splitThread.js';
import { fits, type Platform } from '../../platforms/platforms.js';

export const LINKEDIN_BULLETS = 3;

export function linkedinBlocks(platform: Platform, hook: string, bullets: string[], closing: string[]): Block[] {
  const tail = closing.filter(Boolean);
  const lines = (list: string[]) => list.map((b) => `${POST_MARKS.bullet} ${b.replace(/\s+/g, ' ').trim()}`).join('\n');
  const compose = (list: string[]) => [hook, lines(list), ...tail].filter(Boolean).join('\n\n');
  let list = bullets.filter((b) => b.trim()).slice(0, LINKEDIN_BULLETS);
  while (list.length && !fits(platform, compose(list))) list = list.slice(0, -1);
  return [
    { role: 'hook', paragraphs: [hook] },
    { role: 'body', paragraphs: list.length ? [lines(list)] : [], fit: 'whole' },
    { role: 'cta', paragraphs: tail.length ? [tail.join('\n\n')] : [] },
  ];
}
