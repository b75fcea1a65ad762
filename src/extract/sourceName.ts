// The publisher's name as a reader knows it: JSON-LD publisher.name, og:site_name, then a clean
// name from the domain. Never a section ("U.S." on a Reuters story), never a URL
// ("https://www.hawaiinewsnow.com") or a Twitter handle ("@CBSNews"), never clipped ("Space" when
// the site calls itself "Space.com", "Sky" for "Sky News"), never a tagline ("Yahoo News - Latest
// News & Headlines"). A brand that looks like a domain ("Space.com", "CBSSports.com") is a name.
import type * as Tldts from 'tldts';
import { lazy } from '../lazy.js';

const SECTIONS = /^(?:u\.?s\.?|uk|world|news|politics|business|tech|technology|sports?|opinion|health|science|entertainment|culture|local|national|international|europe|asia|africa|americas|home|homepage|latest|lifestyle|travel|money|markets|us news|world news|breaking news|top stories|article|articles|blog|blogs)$/i;
/** Blogging platforms name themselves in og:site_name on sites that are not theirs. */
const PLATFORMS = /^(?:blogger|blogspot|wordpress|wordpress\.com|tumblr|substack|wix|squarespace|ghost|medium|typepad|livejournal)$/i;
const GENERIC_HOSTS = /^(?:hosted|m|mobile|amp|blogs?|edition|apps?|beta|web|portal|site|static|en|de|fr|es|pt|it|www\d*)$/i;
const SEPARATOR = /\s+[|–—·:-]\s+|\s+-{2}\s+/;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface SiteParts {
  /** "space" for www.space.com, "sky" for news.sky.com. */
  label: string;
  /** "com", "co.uk". */
  suffix: string;
  /** "news" for news.sky.com ("www" left out). */
  subdomain: string;
}

/**
 * Blog hosts whose subdomain is the publisher: buchperlen.wordpress.com is "Buchperlen", not
 * "Wordpress". (The public suffix list's private part already knows blogspot.com and github.io.)
 */
const BLOG_HOSTS = new Set(['wordpress.com', 'substack.com', 'tumblr.com', 'medium.com', 'wixsite.com', 'typepad.com', 'livejournal.com', 'over-blog.com', 'ghost.io', 'hashnode.dev', 'blogs.com']);

export function siteParts(url: string | undefined): SiteParts | undefined {
  if (!url) return undefined;
  const tldts = lazy<typeof Tldts>('tldts');
  const parsed = tldts.parse(url, { allowPrivateDomains: true });
  if (!parsed.domainWithoutSuffix || !parsed.publicSuffix) return undefined;
  const subdomain = (parsed.subdomain ?? '').replace(/^www\d*\.?/, '');
  const own = subdomain.split('.').pop();
  if (own && parsed.domain && BLOG_HOSTS.has(parsed.domain)) return { label: own, suffix: parsed.domain, subdomain: subdomain.split('.').slice(0, -1).join('.') };
  return { label: parsed.domainWithoutSuffix, suffix: parsed.publicSuffix, subdomain };
}

/** A candidate cleaned to a name, or undefined when it is not one. */
function asName(candidate: string, site: SiteParts | undefined): string | undefined {
  let name = candidate.replace(/\s+/g, ' ').trim();
  if (!name || name.startsWith('@') || /:\/\/|^www\./i.test(name)) return undefined;
  // A bare host ("tmz.com", "x.com") is a URL; a brand in capitals ("Space.com") is a name.
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/.test(name)) return undefined;
  // "Literatur & Film // Lesen & Hören": a blog's category path in og:site_name, not its name.
  if (/\s\/\/\s/.test(name)) return undefined;
  // "The Jerusalem Post | JPost.com", "Autoracing | F1 | Indy", "Yahoo News - Latest News & Headlines",
  // "Martina Berg - Lady 50plus" on lady50plus.de: the part that names the domain, else the first.
  const parts = name.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  name = (site && parts.find((p) => namesDomain(p, site))) ?? parts[0] ?? '';
  if (name.length < 2 || SECTIONS.test(name)) return undefined;
  if (PLATFORMS.test(name) && (!site || norm(site.label) !== norm(name))) return undefined;
  // "Hosted" on hosted.ap.org: a generic part of the host, not the publisher.
  if (site && GENERIC_HOSTS.test(name) && norm(name) === norm(site.subdomain)) return undefined;
  // "nj", "cleveland": the domain in lower case, not the brand's own spelling.
  if (site && name === name.toLowerCase() && norm(name) === norm(site.label)) return undefined;
  return name;
}

/** "Lady 50plus" for lady50plus.de, "The Jerusalem Post" for jpost.com, "Yahoo News" for yahoo.com. */
function namesDomain(part: string, site: SiteParts): boolean {
  const p = norm(part);
  const label = norm(site.label);
  return p === label || (p.startsWith(label) && part.split(/\s+/).length <= 3) || abbreviates(label, part);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site's name from its domain, spelled as the page spells it: "CBS News" for cbsnews.com,
 * "TMZ.com" for tmz.com; a title suffix sharing the domain's first letters ("Sputnik
 * International" for sputniknews.com); else the label with a capital ("Catchitkansas").
 */
export function domainBrand(site: SiteParts, spellings: string[]): string {
  const spelled = (word: string, suffix: 'no' | 'may' | 'must') => {
    const tail = suffix === 'no' ? '' : `(?:\\.${escape(site.suffix)})${suffix === 'may' ? '?' : ''}`;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${[...word.replace(/-/g, '')].map(escape).join('\\s?')}${tail}(?![\\p{L}\\p{N}])`, 'iu');
    const letters = norm(word);
    // The regular expression only where the letters are there at all (it is slow on long text).
    return { exec: (text: string) => (norm(text).includes(letters) ? pattern.exec(text) : null) };
  };
  // news.sky.com is "Sky News" when the page says so; "NJ.com" rather than the "NJ" of "NJ Advance".
  const patterns = [
    ...(/^[a-z]+$/.test(site.subdomain) && !GENERIC_HOSTS.test(site.subdomain) ? [spelled(`${site.label}${site.subdomain}`, 'no')] : []),
    ...(site.label.length <= 3 ? [spelled(site.label, 'must')] : []),
    spelled(site.label, 'may'),
  ];
  // The parts after the headline ("… | Sky News") before the same letters inside a headline.
  const parts = spellings.map((t) => t.split(SEPARATOR)).filter((p) => p.length > 1).flatMap((p) => p.slice(1).map((x) => x.trim()));
  for (const pattern of patterns) {
    for (const text of [...parts, ...spellings]) {
      const match = pattern.exec(text)?.[0];
      // An all-lower-case match is the URL written out, not the brand's spelling.
      if (match && match !== match.toLowerCase()) return match;
    }
  }
  // "The New York Times" for nytimes.com, "Sputnik International" for sputniknews.com.
  const named = parts.find((p) => p.split(/\s+/).length <= 5 && !/\d/.test(p) && (abbreviates(norm(site.label), p) || (site.label.length >= 5 && norm(p).startsWith(norm(site.label).slice(0, 5)))));
  if (named) return named;
  // "politische-bildung-brandenburg" -> "Politische Bildung Brandenburg".
  return site.label.length <= 3 ? site.label.toUpperCase() : site.label.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** "nytimes" abbreviates "The New York Times": a start of each word in turn ("n", "y", "times"). */
export function abbreviates(label: string, phrase: string): boolean {
  const words = phrase.split(/\s+/).map(norm).filter(Boolean);
  if (words[0] === 'the') words.shift();
  const match = (rest: string, i: number): boolean => {
    if (rest === '') return i === words.length;
    const word = words[i];
    if (!word) return false;
    for (let n = Math.min(word.length, rest.length); n >= 1; n--) if (word.startsWith(rest.slice(0, n)) && match(rest.slice(n), i + 1)) return true;
    return false;
  };
  return words.length >= 2 && match(label, 0);
}

/** `brand` is domainBrand(site, …) when the page has an address: the name of last resort. */
export function sourceName(candidates: (string | undefined)[], site: SiteParts | undefined, brand: string | undefined): string | undefined {
  const names = candidates.filter((c): c is string => Boolean(c)).map((c) => asName(c, site)).filter((n): n is string => Boolean(n));
  const first = names[0];
  if (!first) return brand;
  // Clipped: another name (or the domain's brand) is this one and more ("Space" -> "Space.com").
  const fuller = [...names.slice(1), ...(brand ? [brand] : [])].find((n) => n.length > first.length && n.split(' ').length <= 4 && new RegExp(`^${escape(first)}[ .]`, 'i').test(n));
  return fuller ?? first;
}
