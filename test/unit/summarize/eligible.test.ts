import { describe, expect, it } from 'vitest';
import { isEligible } from '../../../src/summarize/eligible.js';

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
