import { describe, expect, it } from 'vitest';
import { authorFirstPerson, danglingOpener, dropOpener, pronounLead } from '../../../src/text/openers.js';

describe('danglingOpener / dropOpener', () => {
  it('finds openers that lean on the sentence before, in several languages', () => {
    expect(danglingOpener('But the council voted anyway.')).toBe('But');
    expect(danglingOpener('However, nobody came.')).toBe('However');
    expect(danglingOpener('Better yet, it is free.')).toBe('Better yet');
    expect(danglingOpener('Aber die Stadt zahlt.', 'de')).toBe('Aber');
    expect(danglingOpener('Mais la ville paie.', 'fr')).toBe('Mais');
    expect(danglingOpener('Но город платит.', 'ru')).toBe('Но');
    expect(danglingOpener('하지만 시는 돈을 낸다.', 'ko')).toBe('하지만');
  });
  it('does not take words that only begin like an opener', () => {
    for (const s of ['Andrew Smith won.', 'Sorry was the word.', 'Butter prices rose.', 'Stillwater flooded.']) expect(danglingOpener(s), s).toBeUndefined();
  });
  it('drops the opener with a minimal edit and a capital letter', () => {
    expect(dropOpener('But the council voted anyway on Monday.')).toBe('The council voted anyway on Monday.');
    expect(dropOpener('And so it goes.')).toBeUndefined();
  });
});

describe('pronounLead', () => {
  it('finds a lead that names nobody', () => {
    expect(pronounLead('She added that an appeal was likely.')).toBe('She');
    expect(pronounLead('They were not told.')).toBe('They');
  });
  it('accepts sentences that stand alone', () => {
    for (const s of ['This year the city grew.', 'It is raining in Oslo.', 'Theresa May resigned.', 'Hewlett-Packard split.']) expect(pronounLead(s), s).toBeUndefined();
  });
});

describe('authorFirstPerson', () => {
  it('finds the author speaking', () => {
    expect(authorFirstPerson('as one neo-bank CEO told me, rates will rise')).toBe(true);
    expect(authorFirstPerson('What we will say, is that it works.')).toBe(true);
  });
  it('does not take the country for a pronoun', () => {
    expect(authorFirstPerson('US officials said the talks went well.')).toBe(false);
  });
});

describe('dropOpener in verb-second languages (heise: "Zudem gibt es…" became a question)', () => {
  it('keeps an adverb that holds the first place, so the sentence is not used alone', () => {
    expect(dropOpener('Zudem gibt es neue Zusatzfelder in der Datenbank und weitere Verbesserungen.', 'de')).toBeUndefined();
    expect(dropOpener('Daarom is de brug vandaag de hele dag gesloten voor verkeer.', 'nl')).toBeUndefined();
  });
  it('drops a conjunction that stands outside the clause', () => {
    expect(dropOpener('Aber die Stadt zahlt den Bau der neuen Fähre.', 'de')).toBe('Die Stadt zahlt den Bau der neuen Fähre.');
  });
});

describe('openers that are not connectives (an editor found "To questions about…" for "In addition to questions about…")', () => {
  it('leaves a whole sentence whole: no comma after an adverb, a hyphen, a preposition', () => {
    for (const sentence of [
      'In addition to questions about the company’s finances, red flags for investors included its losses.',
      'Besides the order, the airline announced a new route to Lagos this week.',
      'Plus-size fashion is growing faster than the rest of the market this year.',
      'So-called experts have warned about the plan for years now.',
      'Too much money was spent on the stadium, the auditors said on Monday.',
    ]) {
      expect(danglingOpener(sentence), sentence).toBeUndefined();
      expect(dropOpener(sentence), sentence).toBeUndefined();
    }
    expect(danglingOpener('Alors que la recherche avance, les moyens manquent toujours aux laboratoires.', 'fr')).toBeUndefined();
  });

  it('still drops a conjunction after a space and an adverb set off by a comma or a dash', () => {
    expect(dropOpener('But the council voted to fund the ferry for another year.')).toBe('The council voted to fund the ferry for another year.');
    expect(dropOpener('However, the council voted to fund the ferry for another year.')).toBe('The council voted to fund the ferry for another year.');
    expect(dropOpener('Meanwhile — the council voted to fund the ferry for another year.')).toBe('The council voted to fund the ferry for another year.');
  });
});

describe('an interjection before the sentence ("Nun, sie sind…", "Well, they…")', () => {
  it('leans on what came before, and is never the lead', () => {
    expect(danglingOpener('Nun, sie sind alle ausgewiesene Twitter-Jünger.', 'de')).toBe('Nun');
    expect(danglingOpener('Well, the council voted for the ferry after all.')).toBe('Well');
    expect(danglingOpener('Well-known faces returned to the festival this year.')).toBeUndefined();
  });
});

describe('sentences that point back although they look whole', () => {
  it('finds "It is for that reason…", "In it, …" and German "Das ist…", not "Das Bohnenviertel…"', () => {
    expect(pronounLead('It is for that reason that NASA enlisted nine companies.')).toBeDefined();
    expect(pronounLead('In it, the British royal denied the claims.')).toBeDefined();
    expect(pronounLead('That’s been driving down emissions for a decade.')).toBeDefined();
    expect(pronounLead('It is the first time the city has done so.')).toBeUndefined();
    expect(pronounLead('Das ist zum einen die Ablehnung von femininen Formen.', 'de')).toBeDefined();
    expect(pronounLead('Das Bohnenviertel entstand im 18. Jahrhundert.', 'de')).toBeUndefined();
  });

  it('finds a German author speaking outside quotations', () => {
    expect(authorFirstPerson('Wäre ich noch an der Uni, hätte ich große Lust darauf.', 'de')).toBe(true);
    expect(authorFirstPerson('Wir haben den Look schon vorher geliebt.', 'de')).toBe(true);
    expect(authorFirstPerson('Die Stadt baut eine neue Brücke über den Fluss.', 'de')).toBe(false);
  });
});
