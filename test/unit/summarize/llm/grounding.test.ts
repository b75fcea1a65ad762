// Grounding (src/summarize/llm/grounding.ts): what a model writes is checked against the article
// before it reaches a reader — an invented quote or number fails the field, a name the article
// never mentions is flagged, and typographic differences (curly quotes, dashes, spaces, case) are
// not inventions.
import { describe, expect, it } from 'vitest';
import { ArticleFacts, normalise, stripPreamble } from '../../../../src/summarize/llm/grounding.js';

const TITLE = 'Council approves the harbour ferry line';
const ARTICLE = [
  'The city council voted 31–20 on Monday to fund a 1,200-passenger ferry between the market square and the islands.',
  '“This line will change how the islands live,” said Mayor Anna Virtanen after the vote.',
  'The first ferry is due in the autumn of 2027 and will cost €4.5 million a year to run.',
].join('\n\n');
const facts = new ArticleFacts(ARTICLE, TITLE);

describe('normalise', () => {
  it('makes curly and straight quotes, dashes, spaces and case the same', () => {
    expect(normalise('“Quoted”  —  ‘Said’\n\tHERE')).toBe('"quoted" - \'said\' here');
    expect(normalise('ﬁve')).toBe('five'); // NFKC folds the ligature
  });
});

describe('stripPreamble', () => {
  it('drops a model’s "Here is the summary:" and "Sure! Below is …:" but keeps a sentence that only contains "here is"', () => {
    expect(stripPreamble('Here is the summary: {"headline": "x"}')).toBe('{"headline": "x"}');
    expect(stripPreamble('Sure! Below is the JSON you asked for:\n{"a": 1}')).toBe('{"a": 1}');
    expect(stripPreamble('The ferry is here to stay.')).toBe('The ferry is here to stay.');
  });
});

describe('ArticleFacts.check', () => {
  it('accepts a field whose quote, numbers and names are all in the article, whatever its quote marks and dashes', () => {
    expect(facts.check('Mayor Anna Virtanen said "this line will change how the islands live" after a 31-20 vote.')).toEqual({ failures: [], flags: [] });
    expect(facts.check('The ferry carries 1,200 passengers and costs €4.5 million a year; it starts in 2027.')).toEqual({ failures: [], flags: [] });
    expect(facts.check('It carries 1200 passengers.').failures).toEqual([]); // a thousands separator is not a new number
  });

  it('fails a quote the article does not contain, even one that is nearly right', () => {
    expect(facts.check('“This line will change everything,” the mayor said.').failures).toEqual(['the quote "this line will change everything" is not in the article']);
  });

  it('fails a number the article does not contain', () => {
    expect(facts.check('The ferry will cost €6 million a year from 2028.').failures).toEqual(['the number 6 is not in the article', 'the number 2028 is not in the article']);
  });

  it('flags a name the article never mentions, without failing the field; a capital that starts a sentence is not a name', () => {
    const result = facts.check('The vote pleased residents and Governor Maria Lind. Islanders cheered.');
    expect(result.failures).toEqual([]);
    expect(result.flags).toEqual(['the name "Governor Maria Lind" is not in the article']);
    expect(facts.check('Anna Virtanen welcomed it. The islands cheered.').flags).toEqual([]);
  });

  it('reads the title as part of the article', () => {
    expect(facts.check('The council approves the "harbour ferry line" plan.').failures).toEqual([]);
  });

  it('ignores a one-word quote (a term, not a quotation)', () => {
    expect(facts.check('Critics called it a "boondoggle".').failures).toEqual([]);
  });
});
