import { describe, expect, it } from 'vitest';
import { sentencePieces, splitSentences } from '../../../src/analyze/sentences.js';

describe('splitSentences', () => {
  it('does not split after titles, months, initials or "U.S." inside a sentence', () => {
    const text = 'Dr. Smith met Sen. Jones on Jan. 5 in Washington. The U.S. Army band played. John F. Kennedy was named.';
    expect(splitSentences(text)).toEqual([
      'Dr. Smith met Sen. Jones on Jan. 5 in Washington.',
      'The U.S. Army band played.',
      'John F. Kennedy was named.',
    ]);
  });

  it('still ends a sentence at "U.S." when the next one starts like a sentence', () => {
    expect(splitSentences('He lives in the U.S. The rest of his family does not.')).toEqual([
      'He lives in the U.S.',
      'The rest of his family does not.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('“We will win,” she said. “Wait and see.” Then she left.')).toEqual([
      '“We will win,” she said.',
      '“Wait and see.”',
      'Then she left.',
    ]);
  });

  it('gives back the paragraph exactly when pieces are joined (CJK included)', () => {
    for (const text of ['One. Two!  Three?', '今日は晴れです。明日は雨です。', 'a.b. c']) {
      expect(sentencePieces(text).join('')).toBe(text);
    }
  });
});

describe('quotations of several sentences (broken-quote bullets)', () => {
  it('keeps a quote of several sentences whole, with its attribution', () => {
    expect(splitSentences('“I don’t think I’ll be particularly extravagant. I’ll buy a house,” he said. Then he left.')).toEqual([
      '“I don’t think I’ll be particularly extravagant. I’ll buy a house,” he said.',
      'Then he left.',
    ]);
    expect(splitSentences('Er sagte: „Wir bleiben. Wir kämpfen.“ Dann ging er.', 'de')).toEqual(['Er sagte: „Wir bleiben. Wir kämpfen.“', 'Dann ging er.']);
  });
  it('leaves sentences alone when a quote never closes in the paragraph', () => {
    expect(splitSentences('“We will stay. We will fight. The town is ours.')).toEqual(['“We will stay.', 'We will fight.', 'The town is ours.']);
  });
});
