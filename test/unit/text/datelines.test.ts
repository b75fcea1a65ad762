import { describe, expect, it } from 'vitest';
import { datelineLength, stripDateline } from '../../../src/text/datelines.js';

describe('stripDateline', () => {
  it.each([
    ['BUFFALO, N.Y. — The storm dumped snow.', 'The storm dumped snow.', 'BUFFALO, N.Y.'],
    ['VIENNA — Talks resumed on Monday.', 'Talks resumed on Monday.', 'VIENNA'],
    ['SAN DIEGO, California (CNN) -- A fire broke out.', 'A fire broke out.', 'SAN DIEGO, California (CNN)'],
    ['(CNN)President Trump said so.', 'President Trump said so.', '(CNN)'],
    ['NEW YORK (Reuters) - Stocks fell.', 'Stocks fell.', 'NEW YORK (Reuters)'],
    ['HONOLULU, Hawaii (HawaiiNewsNow) - Crews worked overnight.', 'Crews worked overnight.', 'HONOLULU, Hawaii (HawaiiNewsNow)'],
    ['Berlin (dpa) - Die Regierung hat beschlossen.', 'Die Regierung hat beschlossen.', 'Berlin (dpa)'],
    ['Washington, DC, United States: Getting to the Moon, while not easy, has been done.', 'Getting to the Moon, while not easy, has been done.', 'Washington, DC, United States'],
  ])('%s', (input, text, dateline) => {
    expect(stripDateline(input)).toEqual({ text, dateline });
  });
  it('leaves sentences alone that only start with capitals', () => {
    for (const s of ['US officials said the meeting could happen.', 'NASA — the agency — said nothing.', 'The FBI - and the CIA - declined.', 'I — for one — disagree.', 'Update: The council met again.', 'Paris, Rome and Madrid: Three cities, one plan.', 'Trump: The wall will be built.']) {
      expect(datelineLength(s), s).toBe(0);
    }
  });
});
