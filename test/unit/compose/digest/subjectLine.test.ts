// The weekly subject line: the top headlines, shortened at a word, at most 78 characters.
import { describe, expect, it } from 'vitest';
import { shorten, subjectLine, SUBJECT_MAX } from '../../../../src/compose/digest/subjectLine.js';

describe('subjectLine', () => {
  it('is the top three headlines when they fit, else two', () => {
    expect(subjectLine(['Ferry approved', 'Library opens late', 'Bus lanes planned', 'Fourth story'])).toBe('Ferry approved · Library opens late · Bus lanes planned');
    expect(subjectLine(['Council approves the harbour ferry line', 'Library opens late on Fridays', 'Bus lanes planned'])).toBe('Council approves the harbour ferry line · Library opens late on Fridays');
  });

  it('shortens long headlines at a word, the longer one first, never past 78 characters', () => {
    const subject = subjectLine([
      "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign",
      'Daily Deals: More Black Friday Deals Are Live, Including PS4 DualShock Controller',
    ]);
    expect([...subject].length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject).toBe('South Dakota governor doubles down… · Daily Deals: More Black Friday Deals…');
    for (const part of subject.split(' · ')) expect(part).toMatch(/\p{L}…$/u);
  });

  it('is the one headline of a one-story edition, shortened; never empty when there is a headline', () => {
    expect(subjectLine(['Only one story today'])).toBe('Only one story today');
    const long = subjectLine(['A headline that goes on and on about the harbour ferry, the library, the bus lanes and the budget of the city']);
    expect(long).toBe('A headline that goes on and on about the harbour ferry, the library, the bus…');
    expect(subjectLine([])).toBe('');
  });

  it('cuts a text without spaces at a character', () => {
    expect(shorten('市议会批准全年运营的港口渡轮航线并将于明年三月开始建造两座新码头以及更多设施', 20)).toBe('市议会批准全年运营的港口渡轮航线并将于…');
  });
});
