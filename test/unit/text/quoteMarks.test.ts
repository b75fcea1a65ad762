import { describe, expect, it } from 'vitest';
import { hasUnbalancedQuotes, withoutQuotations } from '../../../src/text/quoteMarks.js';

describe('hasUnbalancedQuotes', () => {
  it('finds a quotation cut by the sentence splitter (the Bornstein bullet)', () => {
    expect(hasUnbalancedQuotes('Bornstein told CNN in 2018 that Trump “dictated that whole letter.')).toBe(true);
    expect(hasUnbalancedQuotes('" I don\'t think I\'ll be particularly extravagant.')).toBe(true);
  });
  it('finds the end of one quotation and the start of another, though the marks add up', () => {
    expect(hasUnbalancedQuotes('Council members agree on 41 km,” said Ann Berg, the mayor. “We will build it.')).toBe(true);
    expect(hasUnbalancedQuotes('“One,” she said. “Two,” he said.')).toBe(false);
  });
  it('accepts whole quotations in the usual conventions', () => {
    for (const ok of ['He said “yes” and left.', 'Er sagte „ja“ und ging.', 'Il a dit « oui ».', 'Han sa ”ja” igen.', '彼は「はい」と言った。', 'She said "no."', 'The Smiths’ song didn’t chart.']) {
      expect(hasUnbalancedQuotes(ok), ok).toBe(false);
    }
  });
  it('finds a missing closing mark in each convention', () => {
    for (const bad of ['Er sagte „ja und ging.', 'Il a dit « oui.', '彼は「はい', 'She said "no.']) expect(hasUnbalancedQuotes(bad), bad).toBe(true);
  });
});

describe('withoutQuotations', () => {
  it('removes what speakers say and keeps the author’s words', () => {
    expect(withoutQuotations('“I will go,” she said.').trim()).toBe('she said.');
  });
});
