import { describe, expect, it } from 'vitest';
import { dateInUrl, impossibleDate, publishedDate } from '../../../src/extract/publishedDate.js';

const now = new Date('2019-11-20T12:00:00Z');

describe('publishedDate', () => {
  it('passes over placeholders and impossible dates to the first believable one', () => {
    expect(publishedDate(['0001-01-01T00:00:00Z', '1970-01-01', '2019-11-19T08:00:00Z'], now)).toEqual({ date: '2019-11-19T08:00:00.000Z', rejected: ['0001-01-01T00:00:00Z', '1970-01-01'] });
  });

  it('has no date rather than a false one', () => {
    expect(publishedDate(['0001-01-01', 'not a date', undefined], now)).toEqual({ rejected: ['0001-01-01', 'not a date'] });
  });

  it('takes before 1990 and after tomorrow as impossible', () => {
    expect(impossibleDate('1989-12-31', now)).toBe(true);
    expect(impossibleDate('1990-01-01', now)).toBe(false);
    expect(impossibleDate('2019-11-21', now)).toBe(false);
    expect(impossibleDate('2019-11-22', now)).toBe(true);
  });
});

describe('dateInUrl', () => {
  it.each([
    ['https://www.detroitnews.com/story/sports/college/2019/11/19/tuesdays-college-football/4244754002/', '2019-11-19'],
    ['https://www.politifact.com/west-virginia/statements/2019/nov/18/david-mckinley/x/', '2019-11-18'],
    ['https://www.quantamagazine.org/tuft-cells-that-taste-danger-20191115/', '2019-11-15'],
    ['https://www.example.com/2019-11-19/story', '2019-11-19'],
  ])('%s -> %s', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });

  it.each(['https://sputniknews.com/columnists/201911181077343476-royal/', 'https://example.com/2019/11/story', 'https://example.com/2019/13/45/x', 'not a url'])('%s has none', (url) => {
    expect(dateInUrl(url)).toBeUndefined();
  });
});
