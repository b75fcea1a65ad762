// The thread outputs shared by an article's edition and the weekly edition: thread.json and
// thread-<platform>.txt. (Posts over a limit are compose/'s to report: overLimitWarnings.)
import { postMedia, type ThreadMedia } from '../cards/media.js';
import type { Thread } from '../platforms/types.js';
import type { OutputFile } from './types.js';
import { threadText } from './threadText.js';

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One trailing newline and no runs of blank lines, whatever a template's whitespace. */
export function tidy(text: string): string {
  return `${text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** thread.json of the output folder (docs/output-folder.md); every post has `media` (the cards it carries, often []). */
export function threadJson(threads: Thread[], media?: ThreadMedia) {
  const platforms: Record<string, unknown> = {};
  for (const thread of threads) {
    platforms[thread.platform] = {
      limit: thread.limit,
      counting: thread.counting,
      posts: thread.posts.map(({ index, role, text, length, limit, ok }, i) => ({ index, role, text, length, limit, ok, media: postMedia(media, thread.platform, i) })),
    };
  }
  return { platforms };
}

export function threadFiles(threads: Thread[], media?: ThreadMedia): OutputFile[] {
  const files: OutputFile[] = [{ path: 'thread.json', content: json(threadJson(threads, media)) }];
  for (const t of threads) files.push({ path: `thread-${t.platform}.txt`, content: threadText(t) });
  return files;
}

/** The threads as thread.md's template sees them: each post with its cards. */
export function threadsForTemplate(threads: Thread[], names: Record<string, { name: string }>, media?: ThreadMedia) {
  return threads.map((t) => ({
    ...t,
    name: names[t.platform]?.name ?? t.platform,
    posts: t.posts.map((p, i) => ({ ...p, media: postMedia(media, t.platform, i) })),
  }));
}
