// Sections of the weekly edition: six stories or more, grouped by topic in a fixed order.
import { describe, expect, it } from 'vitest';
import { groupByTopic } from '../../../../src/compose/digest/sections.js';
import { topicOf, topicOfSection } from '../../../../src/compose/digest/topics.js';

const story = (title: string, lede = '', section?: string) => ({ article: { title, lede, lang: 'en', ...(section ? { section } : {}) } });

describe('topicOf', () => {
  it('takes the page’s own section first (article:section, articleSection), in several languages', () => {
    expect(topicOfSection('World news')).toBe('world');
    expect(topicOfSection('Technology')).toBe('tech');
    expect(topicOfSection('Sports')).toBe('sport');
    expect(topicOfSection('Wirtschaft')).toBe('business');
    expect(topicOfSection('Économie')).toBe('business');
    expect(topicOfSection('Kultur')).toBe('culture');
    expect(topicOfSection('post')).toBeUndefined();
    expect(topicOf(story('Nadal keeps Spain alive', '', 'Tennis').article)).toBe('sport');
  });

  it('else reads the headline and lede; a word in capitals is a name, not a topic', () => {
    expect(topicOf(story('Nadal keeps Spain alive in Davis Cup Finals', 'Rafael Nadal won the decisive match of the tournament.').article)).toBe('sport');
    expect(topicOf(story('Scientists find water on a distant planet', 'Astronomers using a space telescope said on Monday.').article)).toBe('science');
    expect(topicOf(story('The VW ID. SPACE VIZZION is a weird EV sports wagon', 'Volkswagen’s first electric car based on the new platform.').article)).toBe('business');
    expect(topicOf(story('A walk in the hills', 'It was a lovely day.').article)).toBe('other');
  });

  it('reads a German headline and lede with German words (a German week had no sections at all)', () => {
    const de = (title: string, lede: string) => ({ title, lede, lang: 'de' });
    expect(topicOf(de('Neue App schützt die Daten auf dem Smartphone', 'Die Software verschlüsselt alles, was online gespeichert wird.'))).toBe('tech');
    expect(topicOf(de('Bundestag stimmt über das Gesetz ab', 'Die Koalition hat eine knappe Mehrheit im Parlament.'))).toBe('politics');
    expect(topicOf(de('Bayern gewinnt das Spiel gegen Dortmund', 'Der Trainer lobte die Spieler nach dem Tor in der Bundesliga.'))).toBe('sport');
    expect(topicOf(de('Ein Spaziergang im Wald', 'Es war ein schöner Tag.'))).toBe('other');
  });
});

describe('groupByTopic', () => {
  it('follows the editor’s order with --order given and --sections on: sections in the order of their first story, "More stories" last', () => {
    const items = [
      story('A walk in the hills', 'It was a lovely day.'),
      story('Nadal wins the Davis Cup match', 'The tennis champion won the tournament match.'),
      story('Council votes on the budget bill', 'The council passed the bill after a vote.'),
      story('Second match for the league leaders', 'The coach praised the players after the season opener.'),
      story('Shares fall as investors fear inflation', 'Stock markets fell on Monday.'),
      story('Film festival opens', 'The film festival opened with a new album launch.'),
    ];
    const grouped = groupByTopic(items, 'en', true, true);
    expect(grouped.sections?.map((s) => s.topic)).toEqual(['sport', 'politics', 'business', 'culture', 'other']);
    expect(grouped.items[0]?.article.title).toBe('Nadal wins the Davis Cup match');
    expect(groupByTopic(items, 'en', true, false).sections?.map((s) => s.topic)).toEqual(['politics', 'business', 'sport', 'culture', 'other']);
  });


  const week = [
    story('Council votes on the budget bill', 'The council passed the bill after a vote.'),
    story('Nadal wins the Davis Cup match', 'The tennis champion won the tournament.'),
    story('Shares fall as investors fear inflation', 'Stock markets fell on Monday.'),
    story('A walk in the hills', 'It was a lovely day.'),
    story('Second match for the league leaders', 'The coach praised the players after the season opener.'),
    story('Film festival opens with a new album launch', 'The festival drew music fans.'),
  ];

  it('groups six stories or more under headings in a fixed order, keeping the order inside a section', () => {
    const grouped = groupByTopic(week, 'en', true);
    expect(grouped.sections?.map((s) => [s.heading, s.count])).toEqual([
      ['Politics', 1],
      ['Business', 1],
      ['Sport', 2],
      ['Culture', 1],
      ['More stories', 1],
    ]);
    expect(grouped.items.map((i) => i.article.title)).toEqual([
      'Council votes on the budget bill',
      'Shares fall as investors fear inflation',
      'Nadal wins the Davis Cup match',
      'Second match for the league leaders',
      'Film festival opens with a new album launch',
      'A walk in the hills',
    ]);
    // The same stories in another order land in the same sections, in the same section order.
    expect(groupByTopic([...week].reverse(), 'en', true).sections?.map((s) => s.topic)).toEqual(grouped.sections?.map((s) => s.topic));
  });

  it('speaks the edition’s language', () => {
    expect(groupByTopic(week, 'de', true).sections?.map((s) => s.heading)).toEqual(['Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Weitere Artikel']);
  });

  it('has no headings with fewer than six stories, with --sections off, or when every story is in one section', () => {
    expect(groupByTopic(week.slice(0, 5), 'en', true).sections).toBeUndefined();
    expect(groupByTopic(week, 'en', false).sections).toBeUndefined();
    expect(groupByTopic(Array.from({ length: 7 }, (_, i) => story(`Match ${i} of the league`, 'The coach praised the players.')), 'en', true).sections).toBeUndefined();
  });
});
