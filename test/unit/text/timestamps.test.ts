import { describe, expect, it } from 'vitest';
import { dateInText, isTimestampLine, splitTrailingStamp } from '../../../src/text/timestamps.js';

describe('isTimestampLine', () => {
  it.each([
    'Nov. 20, 2019, 9:28 AM UTC',
    'Nov. 20, 2019 6:02 AM EST',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    '22 Dec, 2016 22 Dec, 2016',
    'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
    'Sunday, Feb 1, 2015 11:57 AM UTC',
    'Sept. 25, 2018',
    'Updated 10:32 AM ET',
    'Published: 2019-11-19',
    '11/18/19 11:04 PM EST',
    'Aktualisiert am 3. März 2020, 14:05 Uhr',
  ])('%s is only a date or time', (line) => {
    expect(isTimestampLine(line)).toBe(true);
  });

  it.each([
    'The council met on Monday, May 4.',
    'May 2019 was the wettest month on record in the city.',
    'Posted on social media by the analysts, the clip went viral.',
    'Updated rules take effect on Monday',
    '2019',
    'June 19 – Charlotte, NC @ PNC Music Pavilion',
  ])('%s is story text', (line) => {
    expect(isTimestampLine(line)).toBe(false);
  });
});

describe('splitTrailingStamp', () => {
  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Jeff Foust — November 18, 2019', 'Jeff Foust'],
    ['admin - 2018-09-16', 'admin'],
    ['GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', ''],
  ])('%s -> %s', (line, head) => {
    expect(splitTrailingStamp(line).head).toBe(head);
  });

  it('leaves a name without a date alone', () => {
    expect(splitTrailingStamp('Sandee LaMotte, CNN')).toEqual({ head: 'Sandee LaMotte, CNN' });
    expect(splitTrailingStamp('Mike May')).toEqual({ head: 'Mike May' });
  });
});

describe('dateInText', () => {
  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', '2019-11-19'],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22'],
    ['22 Dec, 2016', '2016-12-22'],
    ['Sept. 25, 2018', '2018-09-25'],
  ])('%s -> %s', (text, date) => {
    expect(dateInText(text)).toBe(date);
  });

  it('finds no date where there is none', () => {
    expect(dateInText('Mike May wrote this in 2019')).toBeUndefined();
  });
});
