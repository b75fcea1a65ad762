import { describe, expect, it } from 'vitest';
import { repeatsHeadline } from '../../../src/text/similarity.js';

describe('repeatsHeadline', () => {
  const headline = 'US service members killed in Afghanistan helicopter crash';

  it('knows a line that only says the headline again', () => {
    expect(repeatsHeadline(headline, 'US service members were killed in a helicopter crash in Afghanistan.')).toBe(true);
  });

  it('keeps a lead that restates the news and adds who, when or where', () => {
    expect(
      repeatsHeadline(headline, 'Two US service members have been killed in a helicopter crash in Afghanistan, the US military said on Wednesday.'),
    ).toBe(false);
  });

  it('does not judge a headline of fewer than three content words', () => {
    expect(repeatsHeadline('Fire!', 'Fire!')).toBe(false);
  });
});
