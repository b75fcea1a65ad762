// brief.md / brief.json of a weekly edition: the intro as its summary, one line per story, the
// stories' strong quotes, and the big picture when there is one.
import { readingMinutes } from '../composeBrief.js';
import type { DigestBrief, DigestEdition } from '../types.js';

export function digestBrief(digest: Omit<DigestEdition, 'threads' | 'brief' | 'preheader'>): DigestBrief {
  const words = digest.stories.reduce((n, s) => n + s.sentences.join(' ').split(/\s+/).length, 0);
  return {
    title: digest.title,
    summary: [digest.intro],
    bullets: digest.stories.map((s) => `${s.headline} — ${s.sentences[0] ?? ''}`),
    keywords: [...new Set(digest.stories.flatMap((s) => s.summary.keywords.slice(0, 2)))].slice(0, 10),
    quotes: digest.stories.flatMap((s) => (s.quote ? [s.quote] : [])),
    readingMinutes: readingMinutes(words),
    style: 'digest',
    ...(digest.bigPicture ? { bigPicture: digest.bigPicture } : {}),
  };
}
