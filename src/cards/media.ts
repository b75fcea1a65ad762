// Which post carries which card (thread.json `media`, thread.md, schedule.csv): card.png and the
// weekly cover go on the first post of every platform; quote-card.png on the first post that
// quotes the speaker (its opening words), and on no post when none does (the file is still there).
import type { PlatformId } from '../config/choices.js';
import type { Thread } from '../platforms/types.js';
import type { CardSpec, PostMedia } from './cardTypes.js';

export type ThreadMedia = Partial<Record<PlatformId, PostMedia[][]>>;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function attachMedia(threads: Thread[], cards: CardSpec[]): ThreadMedia {
  const media: ThreadMedia = {};
  for (const thread of threads) {
    const perPost: PostMedia[][] = thread.posts.map(() => []);
    for (const card of cards) {
      let at = 0;
      if (card.kind === 'quote') {
        const opening = squash(card.text).split(' ').slice(0, 6).join(' ');
        at = thread.posts.findIndex((p) => squash(p.text).includes(opening));
      }
      if (at >= 0) perPost[at]?.push({ path: card.path, alt: card.alt });
    }
    media[thread.platform] = perPost;
  }
  return media;
}

/** The media of one post ([] when it has none). */
export function postMedia(media: ThreadMedia | undefined, platform: PlatformId, index: number): PostMedia[] {
  return media?.[platform]?.[index] ?? [];
}
