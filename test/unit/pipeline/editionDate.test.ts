import { describe, expect, it } from 'vitest';
import { editionDate } from '../../../src/pipeline/editionDate.js';

describe('editionDate', () => {
  it('takes --date only when it is a real calendar day (2026-02-30 was accepted as 2 March)', () => {
    expect(editionDate('2026-02-28', {})).toBe('2026-02-28');
    expect(editionDate('2028-02-29', {})).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-1-1', 'today']) {
      expect(() => editionDate(bad, {}), bad).toThrow(`--date "${bad}" is not a date`);
    }
  });

  it('reads SOURCE_DATE_EPOCH, and refuses one that is not seconds up to the year 9999 (it gave a stack trace)', () => {
    expect(editionDate(undefined, { SOURCE_DATE_EPOCH: '1795737600' })).toBe('2026-11-27');
    expect(editionDate(undefined, { SOURCE_DATE_EPOCH: '253402300799' })).toBe('9999-12-31');
    expect(editionDate(undefined, {})).toBeUndefined();
    for (const bad of ['99999999999999', '253402300800', '-1', '1.5', 'yesterday']) {
      expect(() => editionDate(undefined, { SOURCE_DATE_EPOCH: bad }), bad).toThrow(`SOURCE_DATE_EPOCH "${bad}" is not a time crier can use`);
    }
  });
});
