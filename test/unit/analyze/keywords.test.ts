import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../src/analyze/keywords.js';
import { sentencesOf } from '../../../src/analyze/sentences.js';

describe('extractKeywords', () => {
  it('keeps a term of two words the article repeats', () => {
    const sentences = sentencesOf([
      'Doctors confirmed a case of bubonic plague in the region on Monday.',
      'The bubonic plague case is the second this year, officials said.',
      'Health workers traced contacts of the bubonic plague patient.',
    ]);
    expect(extractKeywords('Plague case confirmed', sentences)).toContain('bubonic plague');
  });

  it('never makes a term of one word said twice ("very very", "bye bye")', () => {
    const sentences = sentencesOf([
      'The crowd chanted bye bye as the team left the stadium.',
      'Fans sang bye bye again after the final whistle.',
      'Players heard the bye bye chant from the tunnel.',
    ]);
    const keywords = extractKeywords('Fans chant at departing team', sentences);
    expect(keywords.some((k) => /^(\S+) \1$/u.test(k))).toBe(false);
  });
});

describe('extractKeywords in German', () => {
  it('keeps nouns, never a verb or adjective the text writes in lower case', () => {
    const sentences = sentencesOf([
      'Die Eltern sehen im Test, welche Kindersitze mangelhaft bewertet wurden.',
      'Vier Kindersitze wurden mangelhaft bewertet, sie fallen im Test durch.',
      'Zwei Kindersitze wurden nur ausreichend bewertet, die anderen gut.',
      'Der ADAC prüfte die Kindersitze auf Sicherheit, Bedienung und Schadstoffe.',
    ], 'de');
    const keywords = extractKeywords('Kindersitze im Test: Vier fallen durch', sentences, 'de');
    expect(keywords).toContain('Kindersitze');
    expect(keywords.filter((k) => k === k.toLocaleLowerCase('de'))).toEqual([]);
  });
});
