// One event, one story: two outlets' reports of the same event merge; stories that only share a
// name ("Trump", "China") do not.
import { describe, expect, it } from 'vitest';
import { mergeSameEvents } from '../../../src/select/sameEvent.js';
import { eventNames } from '../../../src/select/eventNames.js';
import { alBawaba, bbc, report } from '../../helpers/sameEventReports.js';

const trumpKim = report(
  'Trump and Kim Jong Un meet again in Hanoi',
  ['President Donald Trump met North Korean leader Kim Jong Un in Hanoi on Wednesday for a second summit on nuclear weapons.', 'The talks ended early without an agreement.'],
  { source: 'Reuters', publishedAt: '2019-02-27' },
);
const trumpTax = report(
  'Trump signs tax bill at the White House',
  ['President Donald Trump signed the tax overhaul into law on Friday, calling it a gift to middle-class families.', 'Democrats said the cuts favour the rich.'],
  { source: 'AP', publishedAt: '2019-02-28' },
);
const chinaTrade = report(
  "China's exports fall as tariffs bite",
  ["China's exports fell for a fourth month in November as tariffs on goods sold to the United States took their toll, customs data showed.", 'Imports rose slightly.'],
  { source: 'Financial Times', publishedAt: '2019-12-08' },
);
const chinaMoon = report(
  "China's Chang'e lander touches down on the far side of the Moon",
  ["China's Chang'e-4 probe landed on the far side of the Moon on Thursday, the first spacecraft ever to do so, state media said.", 'The lander carries a small rover.'],
  { source: 'Space News', publishedAt: '2019-12-09' },
);

describe('mergeSameEvents', () => {
  it('merges two outlets’ reports of one event into one story that links the more complete one', () => {
    const { picks, merged } = mergeSameEvents([alBawaba, bbc]);
    expect(picks).toHaveLength(1);
    expect(picks[0]?.article).toBe(bbc);
    expect(picks[0]?.also).toEqual([alBawaba]);
    expect(merged).toEqual([{ article: alBawaba, into: bbc, names: expect.arrayContaining(['Julian Assange', 'Sweden']) }]);
  });

  it('decides the same whatever the order of the inputs', () => {
    const forward = mergeSameEvents([bbc, trumpKim, alBawaba, chinaMoon]);
    const backward = mergeSameEvents([chinaMoon, alBawaba, trumpKim, bbc]);
    const groups = (r: typeof forward) => r.picks.map((p) => [p.article.title, ...p.also.map((a) => a.title)].join(' + ')).sort();
    expect(groups(forward)).toEqual(groups(backward));
    expect(groups(forward)).toContain('Sweden drops Julian Assange rape investigation + Swedish Prosecutors Discontinue Assange Probe');
    // A group takes the place of its first member: --order given keeps the user's order.
    expect(forward.picks.map((p) => p.article.title)).toEqual(['Sweden drops Julian Assange rape investigation', 'Trump and Kim Jong Un meet again in Hanoi', "China's Chang'e lander touches down on the far side of the Moon"]);
  });

  it('keeps two events apart that only share a name (both mention Trump, both mention China)', () => {
    expect(mergeSameEvents([trumpKim, trumpTax]).picks).toHaveLength(2);
    expect(mergeSameEvents([chinaTrade, chinaMoon]).picks).toHaveLength(2);
    expect(mergeSameEvents([trumpKim, trumpTax, chinaTrade, chinaMoon, bbc]).merged).toEqual([]);
  });

  it('keeps the same names apart when the dates are more than a few days apart', () => {
    const later = { ...alBawaba, publishedAt: '2019-12-20' };
    expect(mergeSameEvents([bbc, later]).picks).toHaveLength(2);
  });
});

describe('eventNames', () => {
  it('reads the names of headline and lede: not weekdays, not the words of a Title Case headline the text does not capitalise', () => {
    const names = eventNames(alBawaba);
    // "Swedish Prosecutors Discontinue Assange Probe": only Assange is a name the text writes too.
    expect([...names.keys].sort()).toEqual(['assange', 'sweden']);
    expect(eventNames(bbc).display.get('assange')).toBe('Julian Assange');
  });
});
