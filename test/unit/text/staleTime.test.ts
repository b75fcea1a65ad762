import { describe, expect, it } from 'vitest';
import { staleTime } from '../../../src/text/staleTime.js';

describe('staleTime', () => {
  it('finds day words that read wrong days later, in the article’s language', () => {
    expect(staleTime('The council voted last night to close the bridge.')).toBe(true);
    expect(staleTime('Der Rat hat gestern die Brücke gesperrt.', 'de')).toBe(true);
    expect(staleTime('Le conseil a voté hier soir la fermeture du pont.', 'fr')).toBe(true);
    expect(staleTime('Le maire parlera aujourd’hui devant le conseil.', 'fr')).toBe(true);
  });

  it('leaves "hier" (here) in German alone, and a speaker’s own "today"', () => {
    expect(staleTime('Hier siedelten sich vor allem Handwerker an.', 'de')).toBe(false);
    expect(staleTime('Inhalte (hier: Rezepte) stellen Dritte ein.', 'de')).toBe(false);
    expect(staleTime('“We start today,” the mayor said of the plan.')).toBe(false);
  });
});
