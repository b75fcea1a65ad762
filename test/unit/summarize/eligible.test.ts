import { describe, expect, it } from 'vitest';
import { isEligible, whyIneligible } from '../../../src/summarize/eligible.js';

describe('isEligible', () => {
  it.each([
    ['a question to the reader', 'What do you think about the new ferry line to the islands?'],
    ['a photo caption', 'Photo: The new ferry at the shipyard in Rauma, Finland, on Monday.'],
    ['a byline', 'By Maria Lindqvist and Jussi Koskinen, Harbour Gazette reporters'],
    ['a dateline-only line', 'HELSINKI (Reuters) -'],
    ['an editor’s note', "Editor's note: In our Behind the Scenes series, correspondents share their experiences."],
    ['a timestamp', 'Updated 14:02 GMT on Tuesday, 3 March 2026, with new figures'],
    ['a fragment', 'More to come.'],
  ])('refuses %s', (_what, sentence) => {
    expect(isEligible(sentence)).toBe(false);
  });

  it('accepts an ordinary news sentence', () => {
    expect(isEligible('The council voted 41 to 18 on Wednesday to fund the ferry.')).toBe(true);
  });
});

describe('whyIneligible: sentences that cannot stand alone', () => {
  it.each([
    ['half of a quotation', 'Bornstein told CNN in 2018 that Trump “dictated that whole letter.', 'broken quotation'],
    ['a photo caption with a credit', 'Fans wait outside the stadium on Sunday. (Photo by Jane Doe/Getty Images)', 'credit'],
    ['a related-story teaser', 'NASA Europa Mission Could Potentially Spot Signs of Alien Life', 'no sentence end'],
    ['the author in the first person', 'As one neo-bank CEO told me, the market is crowded with lenders.', 'first person'],
    ['wire end matter', 'Reporting by Jane Doe in Vienna; Editing by John Roe and Ann Poe.', 'page furniture'],
  ])('refuses %s', (_what, sentence, reason) => {
    expect(whyIneligible(sentence)).toBe(reason);
  });
  it('refuses a sentence that only repeats the headline', () => {
    expect(whyIneligible('New SUVs and electric vehicles highlight L.A. Auto Show.', { headline: 'New SUVs and electric vehicles highlight L.A. Auto Show' })).toBe('repeats the headline');
  });
  it('accepts a quotation that is whole, and first person inside it', () => {
    expect(whyIneligible('“I will not resign,” the mayor told reporters on Monday.')).toBeUndefined();
  });
});

describe('whyIneligible by genre', () => {
  it('a review does not lead with a greeting', () => {
    expect(whyIneligible('Welcome to the new 16-inch MacBook Pro from Apple this year.')).toBe('greeting');
  });
  it('a recipe is not summarised into its ingredients or steps', () => {
    expect(whyIneligible('2 cups of flour, sifted twice, with a pinch of salt.', { genre: 'recipe' })).toBe('list item');
    expect(whyIneligible('Preheat the oven to 200 degrees and grease the tin well.', { genre: 'recipe' })).toBe('list item');
    expect(whyIneligible('This lemon cake takes an hour to bake and feeds eight people at a summer party.', { genre: 'recipe' })).toBeUndefined();
  });
});

describe('whyIneligible: code is not a sentence (a Minecraft exploit page made "rekt: { list: [ list: [" a bullet)', () => {
  it('refuses a line of code or data, not prose that mentions a symbol', () => {
    expect(whyIneligible('rekt: { list: [ list: [ list: [ list: [ list: [ ] ] ] ] ] } is all it takes to crash the server.')).toBe('code');
    expect(whyIneligible('The price rose to $1,200 from $900 in a single day, traders said.')).toBeUndefined();
  });

  it('refuses a call to action, in English and German, and keeps news that mentions the same words', () => {
    expect(whyIneligible('Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.')).toBe('call to action');
    expect(whyIneligible('Bei konkreten Fragen zu Preisanpassungsklauseln können Sie sich an die Verbraucherzentralen in den 16 Bundesländern wenden.', { lang: 'de' })).toBe('call to action');
    expect(whyIneligible('Wir verraten, wie ihr schnell aber dauerhaft Gewicht verlieren könnt.', { lang: 'de' })).toBe('call to action');
    expect(whyIneligible('Alle weiteren Informationen zur Demonstration findet ihr hier.', { lang: 'de' })).toBe('call to action');
    expect(whyIneligible('The company said it would follow the rules on Facebook advertising from next year.')).toBeUndefined();
    expect(whyIneligible('Die Verbraucherzentralen wenden sich gegen die neuen Klauseln in den Verträgen.', { lang: 'de' })).toBeUndefined();
  });

  it('refuses a sentence that points back to what the summary does not show, wherever it would go', () => {
    expect(whyIneligible('It is for that reason that the space agency NASA on Monday enlisted nine companies.')).toBe('points back');
    expect(whyIneligible('Das ist zum einen die Ablehnung von femininen Formen im Deutschen.', { lang: 'de' })).toBe('points back');
    expect(whyIneligible('It is the first time the city has closed the bridge for repairs.')).toBeUndefined();
  });

  it('refuses a clause that answers a question the reader did not see, not a sentence that goes on', () => {
    expect(whyIneligible('Because space travel and sustaining life off Earth are anything but easy.')).toBe('fragment');
    expect(whyIneligible('Because the bridge closed for repairs, buses took a ten-minute detour.')).toBeUndefined();
  });
});
