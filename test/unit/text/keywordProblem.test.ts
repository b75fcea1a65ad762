import { describe, expect, it } from 'vitest';
import { keywordProblem } from '../../../src/text/keywordProblem.js';

const text = 'Given the cold, the herders in Inner Mongolia moved south to Sierra Leone. A hunter in Sierra Leone found the wolf. Given time, they found more. It was given to Putin.';

describe('keywordProblem', () => {
  it('refuses stop words, contractions and particles', () => {
    expect(keywordProblem('they’re')).toBe('contraction');
    expect(keywordProblem("We've")).toBe('contraction');
    expect(keywordProblem('found')).toBe('stop word');
    expect(keywordProblem('#Что', 'ru')).toBe('stop word');
    expect(keywordProblem('#엘제이의', 'ko')).toBe('particle');
  });
  it('refuses a common word capitalised only at sentence starts, and half a name', () => {
    expect(keywordProblem('Given', 'en', text)).toBeDefined();
    expect(keywordProblem('#Sierra', 'en', text)).toBe('part of a name');
  });
  it('accepts names and key terms', () => {
    expect(keywordProblem('Putin', 'en', text)).toBeUndefined();
    expect(keywordProblem('#InnerMongolia', 'en', text)).toBeUndefined();
    expect(keywordProblem('herders', 'en', text)).toBeUndefined();
  });
});

describe('keywordProblem: the second half of a name', () => {
  it('refuses "Kong" when the article always writes "Hong Kong" (the Guardian edition’s keywords)', () => {
    const text = 'Protests in Hong Kong grew. The Hong Kong government refused. Students at Hong Kong Polytechnic stayed. Hong Kong’s leader spoke.';
    expect(keywordProblem('Kong', 'en', text)).toBe('part of a name');
    expect(keywordProblem('Putin', 'en', 'Vladimir Putin spoke. Putin said no. Later Putin left.')).toBeUndefined();
  });
});

describe('keywordProblem in German', () => {
  it('refuses the most general nouns, which German capitalises like names', () => {
    expect(keywordProblem('#Frau', 'de')).toBe('common word');
    expect(keywordProblem('Jahrhundert', 'de')).toBe('common word');
    expect(keywordProblem('Kindersitze', 'de')).toBeUndefined();
    expect(keywordProblem('Frau', 'en')).toBeUndefined();
  });
});
