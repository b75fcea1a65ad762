import { describe, expect, it } from 'vitest';
import { clauseCuts, insideQuotes, wordCuts } from '../../../../src/compose/thread/cutPoints.js';
import { fitSentence, type PieceBudget } from '../../../../src/compose/thread/fitSentence.js';
import { shorterForms } from '../../../../src/compose/thread/shorterForms.js';
import { hasUnbalancedQuotes } from '../../../../src/text/quoteMarks.js';

const budget = (room: number): PieceBudget => ({ fits: (t) => t.length <= room, cost: (t) => t.length, room });
const KARAGANOV =
  'Putin and Trump should find it “relatively easy to agree” on steps to resolve accusations that Russia is violating a 1987 treaty that bans the deployment of intermediate-range missiles on land and extend another landmark treaty, New START, said Sergei Karaganov, a former Kremlin foreign policy adviser.';

const LEAD =
  'Russian President Vladimir Putin and US National Security Adviser John Bolton expressed hope they could reverse the downward spiral in relations, meeting in the Kremlin ahead of a possible summit with President Donald Trump.';

describe('shorterForms', () => {
  it('drops the speaker’s job title after "said Name", never the speaker', () => {
    expect(shorterForms(KARAGANOV)).toContain(KARAGANOV.replace(', a former Kremlin foreign policy adviser.', '.'));
    for (const form of shorterForms(KARAGANOV)) expect(form).toContain('said Sergei Karaganov');
  });

  it('drops an aside in brackets or between two dashes, and leaves quotations alone', () => {
    expect(shorterForms('US officials said the meeting — the third between the two leaders — could take place in July.')).toEqual(['US officials said the meeting could take place in July.']);
    expect(shorterForms('The electronic patient file (ePA) starts in 2021.')).toEqual(['The electronic patient file starts in 2021.']);
    // Web text types the dash as a spaced hyphen; a hyphen inside a word ("long-time") is no dash.
    expect(shorterForms('NASA enlisted the upstarts - Blue Origin and SpaceX among them - to prepare a long-time plan.')).toEqual(['NASA enlisted the upstarts to prepare a long-time plan.']);
    expect(shorterForms('“We will go (soon) — and we will win — together,” she said.')).toEqual([]);
  });
});

describe('cut points', () => {
  it('knows which characters are inside a quotation', () => {
    const text = 'He said “a, b” and c';
    const inside = insideQuotes(text);
    expect(inside[text.indexOf('a,')]).toBe(1);
    expect(inside[text.indexOf('and')]).toBe(0);
  });

  it('never cuts inside a quotation, a name or between a number and its unit', () => {
    const text = 'The mayor of Washington, D.C. said “we will build, and we will pay” for 41 km of track, starting on Monday.';
    const heads = clauseCuts(text, 1).map((c) => text.slice(0, c.headEnd));
    expect(heads).toEqual(['The mayor of Washington, D.C. said “we will build, and we will pay” for 41 km of track']);
    const wordHeads = wordCuts('Talks with Sergei Karaganov covered 41 km and $9 billion').map((c) => c.headEnd);
    const cut = (at: number) => 'Talks with Sergei Karaganov covered 41 km and $9 billion'.slice(0, at);
    expect(wordHeads.map(cut)).not.toContain('Talks with Sergei');
    expect(wordHeads.map(cut)).not.toContain('Talks with Sergei Karaganov covered 41');
    expect(wordHeads.map(cut)).not.toContain('Talks with Sergei Karaganov covered 41 km and $9');
  });
});

describe('fitSentence', () => {
  it('a long sentence no longer leaves its tail ("a former Kremlin foreign policy adviser.") to open the next post', () => {
    const parts = fitSentence(KARAGANOV, budget(280), 'optional');
    expect(parts).toEqual([KARAGANOV.replace(', a former Kremlin foreign policy adviser.', '.')]);
  });

  it('cuts at a clause with an ellipsis on both sides of the cut when no shorter form fits', () => {
    const parts = fitSentence(LEAD, budget(160), 'optional');
    expect(parts).toEqual([
      'Russian President Vladimir Putin and US National Security Adviser John Bolton expressed hope they could reverse the downward spiral in relations…',
      '…meeting in the Kremlin ahead of a possible summit with President Donald Trump.',
    ]);
    expect(fitSentence(KARAGANOV, budget(240), 'optional')).toEqual([KARAGANOV.slice(0, 227) + '…', '…New START, said Sergei Karaganov.']);
    expect(parts[0]).toMatch(/…$/);
    for (const part of parts.slice(1)) expect(part).toMatch(/^…/);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/[^\s,]…$/);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(160);
      expect(hasUnbalancedQuotes(part)).toBe(false);
    }
  });

  it('leaves out a summary sentence it cannot cut at a clause, and never cuts a quotation', () => {
    const quote = '“We believe that justice has been served in this case and we are thankful for the decision of the judge to sentence him to life in prison” — Nealy Cox, U.S. Attorney';
    expect(fitSentence(quote, budget(120), 'whole')).toEqual([]);
    expect(fitSentence(quote, budget(120), 'optional')).toEqual([]);
    expect(fitSentence(quote, budget(500), 'whole')).toEqual([quote]);
  });

  it('keeps all the words of required text, cut between words, with the marks', () => {
    const text = 'alpha beta gamma delta '.repeat(20).trim();
    const parts = fitSentence(text, budget(100), 'required');
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
    expect(parts.join(' ').replace(/…/g, ' ').split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
    // Parts come out alike in length: no tiny last part.
    expect((parts[parts.length - 1] ?? '').length).toBeGreaterThan(40);
  });

  it('keeps a link a token of its own next to an ellipsis', () => {
    const text = `${'word '.repeat(30)}https://example.com/a/long/path ${'more '.repeat(30)}end`;
    for (const part of fitSentence(text, budget(120), 'required')) expect(part).not.toMatch(/…https|\S…$(?<=https?:\/\/\S+…)/);
  });
});

describe('a word longer than a post', () => {
  // Without spaces to cut at (an Arabic or CJK run): cut by graphemes, every part fits, nothing lost.
  const word = 'ش'.repeat(700);
  const strip = (parts: string[]) => parts.map((p) => p.replace(/…/g, '')).join('');

  it('is cut into parts that fit and keep every letter', () => {
    const parts = fitSentence(word, budget(100), 'required');
    expect(parts.length).toBeGreaterThanOrEqual(8);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(strip(parts)).toBe(word);
  });

  it('is cut by counting the whole part when the sum of counts misleads (a count that is not additive)', () => {
    // A platform whose count of a piece says less than its count of the joined text.
    const misleading: PieceBudget = { fits: (t) => t.length <= 100, cost: () => 0, room: 100 };
    const parts = fitSentence(word, misleading, 'required');
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(strip(parts)).toBe(word);
    expect(parts).toEqual(fitSentence(word, budget(100), 'required'));
  });
});
