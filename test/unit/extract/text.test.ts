import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/extract/text.js';
import { ARTICLES, SEED } from '../../helpers/paths.js';

describe('extractText', () => {
  const seed = extractText(readFileSync(SEED, 'utf8'));

  it('reads the seed: headline, source line and paragraphs', () => {
    expect(seed.title).toBe('Putin, top Trump aide see hope of better ties in Kremlin talks');
    expect(seed.source).toBe('Bloomberg');
    expect(seed.paragraphs).toHaveLength(10);
    expect(seed.paragraphs[0]).toMatch(/^Russian President Vladimir Putin/);
  });

  it('reads a date line under the headline (the seed: 27 June 2018)', () => {
    expect(seed.publishedAt).toBe('2018-06-27');
    for (const line of ['June 27, 2018', 'Wednesday, June 27, 2018', 'Wed, 27 Jun 2018', 'Jun. 27, 2018', 'Published: 27 June 2018', '2018-06-27']) {
      const draft = extractText(`A headline\n\nHarbour Gazette\n\n${line}\n\nThe first paragraph of the story is here.`);
      expect(draft.publishedAt, line).toBe('2018-06-27');
      expect(draft.source, line).toBe('Harbour Gazette');
      expect(draft.paragraphs, line).toEqual(['The first paragraph of the story is here.']);
    }
  });

  it('takes a third short line as the story, not a header, unless it is a date', () => {
    const draft = extractText('A headline\n\nHarbour Gazette\n\nBy Jane Doe\n\nTwo short words\n\nThe first paragraph of the story is here.');
    expect(draft.byline).toBe('Jane Doe');
    expect(draft.paragraphs[0]).toBe('Two short words');
    expect(extractText('A headline\n\n30 February 2018\n\nThe first paragraph.').publishedAt).toBeUndefined();
  });

  it('drops trailing page boilerplate', () => {
    const all = seed.paragraphs.join('\n');
    expect(all).not.toContain('Leave a Reply');
    expect(all).not.toContain('Send this to a friend');
  });

  it('recognises a byline, a dateline with its agency, and CRLF line ends', () => {
    const draft = extractText(readFileSync(path.join(ARTICLES, 'dateline-crlf.txt'), 'utf8'));
    expect(draft.byline).toBe('Jane Doe');
    expect(draft.source).toBe('Reuters');
    expect(draft.paragraphs[0]).toMatch(/^Plans for an offshore wind farm/);
    expect(draft.paragraphs.join(' ')).not.toMatch(/Share this|\r/);
  });

  // Bug: "By GREG BEACHAM, AP Sports Writer" gave the byline "GREG BEACHAM" and the source "AP Sports Writer".
  it('reads a wire byline as a name and the wire as the source', () => {
    const draft = extractText('Dodgers win the pennant\n\nBy GREG BEACHAM, AP Sports Writer\n\nThe Los Angeles Dodgers won the pennant on Sunday night.\n\nThey play the final next week.');
    expect(draft).toMatchObject({ byline: 'Greg Beacham', source: 'AP' });
    expect(extractText('A headline here\n\nBy admin\n\nThe first paragraph of the story is here.\n\nThe second one.').byline).toBeUndefined();
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const draft = extractText(readFileSync(path.join(ARTICLES, 'hard-wrapped.txt'), 'utf8'));
    expect(draft.paragraphs).toHaveLength(2);
    expect(draft.paragraphs[0]).toContain('from next month, the culture office');
  });

  it('removes boilerplate by pattern, not by file: comment sections and share bars', () => {
    const text = 'A headline\n\nThe first paragraph of the story is here.\nThe second paragraph says more.\nThe third paragraph ends it.\n\nShare on Facebook\n\n3 Comments\n\nGreat article!\n\nI disagree.';
    const draft = extractText(text);
    expect(draft.paragraphs).toEqual([
      'The first paragraph of the story is here.',
      'The second paragraph says more.',
      'The third paragraph ends it.',
    ]);
  });
});
