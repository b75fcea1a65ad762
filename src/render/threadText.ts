// thread-<platform>.txt: the posts of one platform as they are published, separated by a ruler line,
// so a user can select and copy them one at a time.
import type { Thread } from '../platforms/types.js';

export const POST_SEPARATOR = '\n\n~~~~~~~~~~\n\n';

export function threadText(thread: Thread): string {
  return `${thread.posts.map((p) => p.text).join(POST_SEPARATOR)}\n`;
}
