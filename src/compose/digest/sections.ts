// Sections of the weekly edition: with six stories or more, stories are grouped under topic headings
// (World, Politics, Business, Tech, Science, Health, Sport, Culture, then "More stories"), in that
// fixed order, each keeping the edition's story order inside. Fewer stories, or stories that all land
// under one heading, read better as one list: no headings then.
import { t } from '../../i18n/t.js';
import { TOPICS, topicOf, type Topic } from './topics.js';
import type { Article } from '../../extract/types.js';

export const MIN_STORIES_FOR_SECTIONS = 6;

export interface Grouped<T> {
  /** The items in reading order: section by section. */
  items: T[];
  /** The headings, each with the number of items under it (absent when the edition has no sections). */
  sections?: { topic: Topic; heading: string; count: number }[];
}

/** `givenOrder`: sections in the order of their first story (the editor chose the lead), not the fixed order. */
export function groupByTopic<T extends { article: Pick<Article, 'title' | 'lede' | 'lang' | 'section'> }>(items: T[], lang: string, enabled: boolean, givenOrder = false): Grouped<T> {
  if (!enabled || items.length < MIN_STORIES_FOR_SECTIONS) return { items };
  const byTopic = new Map<Topic, T[]>();
  for (const item of items) {
    const topic = topicOf(item.article);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), item]);
  }
  if (byTopic.size < 2) return { items };
  // A Map keeps the order topics were first met in (the editor's order when they asked for sections
  // with --order given); "More stories" stays last either way.
  const ordered = givenOrder ? [...byTopic.keys()].sort((a, b) => Number(a === 'other') - Number(b === 'other')) : TOPICS.filter((topic) => byTopic.has(topic));
  return {
    items: ordered.flatMap((topic) => byTopic.get(topic) ?? []),
    sections: ordered.map((topic) => ({ topic, heading: t(lang, `topic${topic[0]?.toUpperCase()}${topic.slice(1)}`), count: byTopic.get(topic)?.length ?? 0 })),
  };
}
