// A warning for every platform whose thread has a post over its limit (a URL longer than a post, a
// model's post that could not be cut): the user fixes those by hand before posting.
import type { Thread } from '../../platforms/types.js';
import { plural } from '../../text/plural.js';
import { warning, type Warning } from '../../warnings.js';

export function overLimitWarnings(threads: Thread[], input: string): Warning[] {
  return threads.flatMap((t) => {
    const over = t.posts.filter((p) => !p.ok).length;
    return over ? [warning('post-over-limit', input, `${t.platform}: ${plural(over, 'post')} over the limit of ${t.limit}`)] : [];
  });
}
