import { describe, expect, it } from 'vitest';
import { abbreviates, domainBrand, siteParts, sourceName } from '../../../src/extract/sourceName.js';

const nameOf = (candidates: (string | undefined)[], url: string | undefined, spellings: string[] = []) => {
  const site = siteParts(url);
  return sourceName(candidates, site, site ? domainBrand(site, [...spellings, ...candidates.filter((c): c is string => Boolean(c))]) : undefined);
};

describe('sourceName', () => {
  it('takes the publisher as the site names itself', () => {
    expect(nameOf(['BBC News'], 'https://www.bbc.co.uk/news/x')).toBe('BBC News');
    expect(nameOf(['CBSSports.com'], 'https://www.cbssports.com/x')).toBe('CBSSports.com');
  });

  it('is never clipped: "Space" -> "Space.com", "Sky" -> "Sky News"', () => {
    expect(nameOf(['Space', 'Space.com'], 'https://www.space.com/x')).toBe('Space.com');
    expect(nameOf(['Sky'], 'https://news.sky.com/story/x', ['Boris Johnson wins | Sky News'])).toBe('Sky News');
  });

  it('is never a section: "U.S." on a Reuters story', () => {
    expect(nameOf(['U.S.'], 'https://www.reuters.com/article/x', ['Fed holds rates - Reuters'])).toBe('Reuters');
  });

  it('is never a blog’s category path ("Literatur & Film // Lesen & Hören")', () => {
    expect(nameOf(['Literatur & Film // Lesen & Hören'], 'https://buchperlen.wordpress.com/2013/10/20/x')).not.toBe('Literatur & Film // Lesen & Hören');
  });

  it('is never a URL or a Twitter handle', () => {
    expect(nameOf(['https://www.hawaiinewsnow.com'], 'https://www.hawaiinewsnow.com/x', ['Crews clear the road | Hawaii News Now'])).toBe('Hawaii News Now');
    expect(nameOf(['@CBSNews'], 'https://www.cbsnews.com/news/x', ['Video shows rescue - CBS News'])).toBe('CBS News');
    expect(nameOf(['http://www.tmz.com'], 'http://www.tmz.com/2015/x', ['Dress stolen | TMZ.com'])).toBe('TMZ.com');
  });

  it('is never a tagline, a blogging platform or the lower-case domain', () => {
    expect(nameOf(['Yahoo News - Latest News & Headlines'], undefined)).toBe('Yahoo News');
    expect(nameOf(['Martina Berg - Lady 50plus'], 'https://www.lady50plus.de/x')).toBe('Lady 50plus');
    expect(nameOf(['The Jerusalem Post | JPost.com'], 'https://www.jpost.com/x')).toBe('The Jerusalem Post');
    expect(nameOf(['Blogger'], 'http://www.linknaija.com/2018/x.html', ['Chelsea sign Kepa - LinkNaija'])).toBe('LinkNaija');
    expect(nameOf(['nj'], 'https://www.nj.com/x', ['Amy Kuperinsky | NJ Advance Media for NJ.com'])).toBe('NJ.com');
  });

  it('spells the domain as the page does, or the way its name abbreviates', () => {
    expect(nameOf([], 'https://www.nytimes.com/2017/x.html', ['United States to Lift Sudan Sanctions - The New York Times'])).toBe('The New York Times');
    expect(nameOf([], 'https://www.catchitkansas.com/x')).toBe('Catchitkansas');
    expect(abbreviates('latimes', 'Los Angeles Times')).toBe(true);
    expect(abbreviates('wsj', 'The Wall Street Journal')).toBe(true);
    expect(abbreviates('bbc', 'The Guardian')).toBe(false);
  });
});
