import { describe, expect, it } from 'vitest';
import { standAlone } from '../../../src/summarize/standAlone.js';

describe('standAlone', () => {
  it('takes a dateline off a lead and says so', () => {
    expect(standAlone('BUFFALO, N.Y. — The storm dumped four feet of snow on the city overnight.')).toEqual({
      text: 'The storm dumped four feet of snow on the city overnight.',
      edits: [{ from: 'BUFFALO, N.Y. — The storm dumped four feet of snow on the city overnight.', to: 'The storm dumped four feet of snow on the city overnight.', reason: 'dateline' }],
    });
  });
  it('drops a leaning connective with a capital letter after it', () => {
    expect(standAlone('But the council voted to fund the ferry anyway.').text).toBe('The council voted to fund the ferry anyway.');
    expect(standAlone('Aber die Stadt zahlt den Bau der Fähre.', 'de').text).toBe('Die Stadt zahlt den Bau der Fähre.');
  });
  it('reports one edit for a dateline and an opener together', () => {
    const fixed = standAlone('(CNN)But the storm passed without damage to the port.');
    expect(fixed.text).toBe('The storm passed without damage to the port.');
    expect(fixed.edits).toHaveLength(1);
  });
  it('marks a sentence it cannot fix with a small edit', () => {
    expect(standAlone('And so it goes.').leans).toBe('And so');
  });
});
