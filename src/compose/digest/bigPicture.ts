// "The big picture" of a weekly edition, offline: two or three sentences on what recurs across the
// stories and what the week leaves out, each one a fact the edition itself shows — a name that comes
// up in several stories ("China comes up in 3 of the 9 stories: …"), stories more than one outlet
// reported, an outlet that supplied most of the week. Nothing recurs: no big picture, rather than a
// forced one. With a model, the week's intro is written from the summaries instead (summarize/llm).
import { eventNames } from '../../select/eventNames.js';
import { conjunction, t } from '../../i18n/t.js';
import type { Article } from '../../extract/types.js';

export interface BigPictureStory {
  headline: string;
  article: Article;
  /** Other outlets' articles merged into this story. */
  also: Article[];
  sources: string[];
}

const MAX_SENTENCES = 3;
const MAX_LISTED = 3;

function quoted(lang: string, headlines: string[]): string {
  const shown = headlines.slice(0, MAX_LISTED).map((h) => t(lang, 'quote', { text: h.replace(/[.!?]$/, '') }));
  return conjunction(lang, headlines.length > MAX_LISTED ? [...shown, t(lang, 'andMore', { n: headlines.length - MAX_LISTED })] : shown);
}

/** Names in the headlines and ledes of two stories or more: key -> the stories (indexes) and how it is written. */
function recurringNames(stories: BigPictureStory[], exclude: Set<string>): { key: string; shown: string; stories: number[] }[] {
  const byKey = new Map<string, { shown: Map<string, number>; stories: number[] }>();
  stories.forEach((story, i) => {
    const seen = new Set<string>();
    for (const article of [story.article, ...story.also]) {
      const names = eventNames(article);
      for (const key of names.keys) {
        if (exclude.has(key) || seen.has(key)) continue;
        seen.add(key);
        const entry = byKey.get(key) ?? { shown: new Map<string, number>(), stories: [] };
        const shown = names.display.get(key) ?? key;
        entry.shown.set(shown, (entry.shown.get(shown) ?? 0) + 1);
        entry.stories.push(i);
        byKey.set(key, entry);
      }
    }
  });
  return [...byKey]
    .filter(([, e]) => e.stories.length >= 2)
    .map(([key, e]) => ({ key, stories: e.stories, shown: [...e.shown].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? key }))
    .sort((a, b) => b.stories.length - a.stories.length || b.shown.length - a.shown.length || a.key.localeCompare(b.key));
}

export function bigPicture(stories: BigPictureStory[], lang: string, newsletterName: string): string[] | undefined {
  if (stories.length < 3) return undefined;
  // An outlet's or the newsletter's own name recurs by construction; it is not news.
  const own = [newsletterName, ...stories.flatMap((s) => s.sources)].join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = recurringNames(stories, new Set(own));
  const sentences: string[] = [];
  const total = stories.length;
  const [first] = names;
  if (first) {
    sentences.push(t(lang, 'bigPictureName', { name: first.shown, n: first.stories.length, total, headlines: quoted(lang, first.stories.map((i) => stories[i]?.headline ?? '')) }));
    // A second name only when it is about other stories (not "Julian Assange" and "Sweden" of the same two).
    const second = names.slice(1).find((n) => n.stories.some((i) => !first.stories.includes(i)));
    if (second) sentences.push(t(lang, 'bigPictureNameToo', { name: second.shown, n: second.stories.length, headlines: quoted(lang, second.stories.map((i) => stories[i]?.headline ?? '')) }));
  }
  const shared = stories.filter((s) => s.also.length > 0);
  if (shared.length) sentences.push(t(lang, 'bigPictureShared', { n: shared.length, headlines: quoted(lang, shared.map((s) => s.headline)) }));
  // Whose week it was: one outlet behind most stories is worth knowing (the rest of the press is left out).
  const counts = new Map<string, number>();
  for (const s of stories) for (const source of new Set(s.sources)) counts.set(source, (counts.get(source) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (top && top[1] === total) sentences.push(t(lang, 'bigPictureOneSource', { n: total, source: top[0] }));
  else if (top && top[1] > total / 2) sentences.push(t(lang, 'bigPictureMostlyFrom', { n: top[1], total, source: top[0] }));
  return sentences.length ? sentences.slice(0, MAX_SENTENCES) : undefined;
}
