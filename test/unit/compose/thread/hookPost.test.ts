import { describe, expect, it } from 'vitest';
import { hookPost, X_HOOK_TARGET } from '../../../../src/compose/thread/hookPost.js';
import { makePlatforms } from '../../../../src/platforms/platforms.js';
import { postBudget } from '../../../../src/compose/thread/splitThread.js';

const x = makePlatforms().x;
const budget = postBudget(x, '1/N', 99);
const hookOnX = (headline: string, sentences: string[]) => hookPost(headline, sentences, budget.fits, budget, X_HOOK_TARGET);
const HEADLINE = 'Putin, top Trump aide see hope of better ties in Kremlin talks';
const LEAD =
  'Russian President Vladimir Putin and US National Security Adviser John Bolton expressed hope they could reverse the downward spiral in relations, meeting in the Kremlin ahead of a possible summit with President Donald Trump.';

describe('hookPost', () => {
  it('the first X post is no longer the bare headline: headline and lead in about 200 characters', () => {
    const hook = hookOnX('Council funds the island ferry', ['The council voted on Monday to fund a ferry line to the islands, due in 2027.', 'Tickets cost less than the bus.']);
    expect(hook.lines).toEqual(['Council funds the island ferry', 'The council voted on Monday to fund a ferry line to the islands, due in 2027.']);
    expect(hook.used).toEqual([0]);
  });

  it('takes the summary’s key number when the lead is too long beside the headline', () => {
    const hook = hookOnX(HEADLINE, [LEAD, 'Bolton is a long-time hawk.', 'The Kremlin talks could lead to a summit in mid-July, the third in 18 months.']);
    expect(hook.lines).toEqual([HEADLINE, 'The Kremlin talks could lead to a summit in mid-July, the third in 18 months.']);
    expect(hook.used).toEqual([2]);
  });

  it('never hooks on a number from another part of the story (a roundup’s other game)', () => {
    const lead = 'Brock Nelson’s second goal of the game 2:55 into overtime capped a frantic comeback to lift the New York Islanders past the Pittsburgh Penguins on Tuesday night.';
    const hook = hookOnX('Nelson’s OT goal lifts Isles', [lead, 'Tuukka Rask made 25 saves as the Bruins beat the Devils for the eighth time in nine meetings.']);
    expect(hook.lines.join(' ')).not.toMatch(/Rask/);
  });

  it('else uses the lead’s first clause with an ellipsis, and hands the rest to the next post', () => {
    const hook = hookOnX(HEADLINE, [LEAD, 'Bolton is a long-time hawk and Kremlin critic.']);
    expect(hook.lines).toEqual([HEADLINE, 'Russian President Vladimir Putin and US National Security Adviser John Bolton expressed hope they could reverse the downward spiral in relations…']);
    expect(hook.rest).toBe('…meeting in the Kremlin ahead of a possible summit with President Donald Trump.');
    expect(x.count(hook.lines.join('\n\n'))).toBeLessThanOrEqual(X_HOOK_TARGET);
  });

  it('prints the lead alone rather than a bare headline when nothing fits beside the headline', () => {
    const lead = `The hearings are an effort by Democrats to establish whether the president withheld military aid to pressure the country’s President Volodymyr Zelensky into announcing an inquiry into Joe Biden, his rival in the poll this year.`;
    const hook = hookOnX('Impeachment sham completely debunked: White House', [lead]);
    expect(hook.lines).toEqual([lead]);
  });

  it('is the headline alone only without a summary', () => {
    expect(hookOnX(HEADLINE, []).lines).toEqual([HEADLINE]);
  });
});
