// Whole-number flags (--edition, --max, --sentences…): a number too big to count exactly is refused,
// or --edition 99999999999999999999 printed "#100000000000000000000" and named the folder after it.
import { describe, expect, it } from 'vitest';
import { positiveInt } from '../../../src/cli/options.js';

describe('positiveInt', () => {
  it('takes a whole number of 1 or more', () => {
    expect(positiveInt('12')).toBe(12);
    expect(() => positiveInt('0')).toThrow('must be a whole number of 1 or more');
    expect(() => positiveInt('1e3')).toThrow('must be a whole number of 1 or more');
  });
  it('refuses a number too big to count exactly', () => {
    expect(positiveInt('9007199254740991')).toBe(9007199254740991);
    expect(() => positiveInt('99999999999999999999')).toThrow('must be a whole number of 1 or more, up to 9007199254740991');
  });
});
