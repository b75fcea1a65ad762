// brief.md / brief.json of a weekly edition: the intro as its summary, one line per story, the
// stories' strong quotes, and the big picture when there is one.
import { minutesToRead } from '../readingTime.js';
import type { DigestBrief, DigestEdition } from '../types.js';

export function digestBrief(digest: Omit<DigestEdition, 'threads' | 'brief' | 'preheader'>): DigestBrief {
  return {
    title: digest.title,
    subject: digest.subject,
    summary: [digest.intro],
    bullets: digest.stories.map((s) => `${s.headline} — ${s.sentences[0] ?? ''}`),
    keywords: [...new Set(digest.stories.flatMap((s) => s.summary.keywords.slice(0, 2)))].slice(0, 10),
    quotes: digest.stories.flatMap((s) => (s.quote ? [s.quote] : [])),
    // Chinese, Japanese and Korean by characters, other scripts by words (readingTime.ts).
    readingMinutes: minutesToRead(digest.stories.map((s) => s.sentences.join(' ')).join('\n')),
    style: 'digest',
    lang: digest.lang,
    ...(digest.bigPicture ? { bigPicture: digest.bigPicture } : {}),
  };
}
