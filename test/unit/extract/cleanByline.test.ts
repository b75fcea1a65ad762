import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/extract/cleanByline.js';
import { titleCaseName } from '../../../src/extract/titleCaseName.js';

describe('cleanByline', () => {
  it.each([
    ['Veröffentlicht von Henning Lobin www.lobin.de', 'Henning Lobin'],
    ['By GREG BEACHAM, AP Sports Writer', 'Greg Beacham, AP'],
    ['By STEVE PEOPLES, AP National Political Writer', 'Steve Peoples, AP'],
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['By Carrie ArnoldNovember 15, 2019', 'Carrie Arnold'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['by Jeff Foust — November 18, 2019', 'Jeff Foust'],
    ['By DANICA KIRKA and JILL LAWLESSAssociated Press', 'Danica Kirka and Jill Lawless, Associated Press'],
    ['By Brenda Goodman, MA WebMD Health News', 'Brenda Goodman, WebMD Health News'],
    ['Ilana Muhlstein, MS, RDN', 'Ilana Muhlstein'],
    ['By Sandee LaMotte, CNN', 'Sandee LaMotte, CNN'],
    ['JOE HILDEBRAND', 'Joe Hildebrand'],
    ['PTI,', 'PTI'],
    ['Minh Do', 'Minh Do'],
    ['By John Walk - January 10, 2020 21 minutes - 4312 words', 'John Walk'],
  ])('%s -> %s', (raw, name) => {
    expect(cleanByline(raw).byline).toBe(name);
  });

  it.each(['By admin - 2018-09-16', 'by jdadmin', 'Staff Reports', 'Science X staff', 'By JERUSALEM POST STAFF', 'By', 'Opinion Columnist', 'Sunday, Feb 1, 2015 11:57 AM UTC', 'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', 'Editorial', '@CBSNews', 'Letters To The Editor'])(
    '%s is no byline',
    (raw) => {
      expect(cleanByline(raw).byline).toBeUndefined();
    },
  );

  it('hands back the date a byline carries', () => {
    expect(cleanByline('Associated Press November 19, 2019, 9:02 AM')).toEqual({ byline: 'Associated Press', date: '2019-11-19' });
    expect(cleanByline('Sunday, Feb 1, 2015 11:57 AM UTC')).toEqual({ date: '2015-02-01' });
  });
});

describe('titleCaseName', () => {
  it.each([
    ['GREG BEACHAM', 'Greg Beacham'],
    ['RONALD MCDONALD', 'Ronald McDonald'],
    ["CONAN O'BRIEN", "Conan O'Brien"],
    ['JAN VAN DER BERG', 'Jan van der Berg'],
    ['JEAN-PAUL GAULTIER', 'Jean-Paul Gaultier'],
    ['HENRY FORD III', 'Henry Ford III'],
    ['Sandee LaMotte', 'Sandee LaMotte'],
    ['AP', 'AP'],
  ])('%s -> %s', (name, cased) => {
    expect(titleCaseName(name)).toBe(cased);
  });
});
