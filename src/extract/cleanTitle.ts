// Headlines without the site's name: "standalone WebAssembly binaries using Emscripten · V8",
// "… - The New York Times", "… | TheHill", "… - Sportsnet.ca". A part after (or before) a
// separator comes off only when it names the site (its publisher name or its domain); a real
// subtitle ("Take C.A.R.E. - comwrap auf der DMEXCO 2018") stays.
import type { SiteParts } from './sourceName.js';

const SEPARATOR = /\s+(?:[|–—·•»›‹/]|-{1,2}|::)\s+/;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A last part that only says what kind of piece it is: the edition's label says that ("| Editorial"). */
const KIND = /^(?:editorial|opinion|comment|commentary|analysis|column|leader|letters?|review|blog|kommentar|meinung|leitartikel|éditorial|tribune|opinión)$/i;

/**
 * A short part (four words at most, no digits) that opens on the site's own word: its subdomain
 * ("SciLogs - Wissenschaftsblogs" on scilogs.spektrum.de) or the first word of its domain
 * ("Piratenpartei Mecklenburg-Vorpommern" on piratenpartei-mv.de).
 */
function startsWithSiteWord(part: string, site: SiteParts): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length > 4 || /\d/.test(part)) return false;
  const first = norm(words[0] ?? '');
  const own = [site.subdomain && !/^(?:www|m|amp|news|blog|blogs)$/i.test(site.subdomain) ? norm(site.subdomain) : '', norm(site.label.split('-')[0] ?? '')];
  return first.length >= 5 && own.includes(first);
}

/** True when `part` is the site's name: a publisher name, or the domain spelled out. */
export function namesSite(part: string, names: string[], site: SiteParts | undefined): boolean {
  const p = norm(part);
  if (p.length < 2) return false;
  if (names.some((n) => norm(n) === p)) return true;
  // "MODEPILOT.de", "crazy-julia.de": a bare domain is a site's name even when the page's own
  // address is unknown (a saved file without og:url).
  if (/^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u.test(part.trim())) return true;
  if (!site) return false;
  const label = norm(site.label);
  // "Sportsnet.ca", "TheHill", "Jeongdong Theater" on jeongdongtheater.com.
  const bare = norm(part.replace(new RegExp(`\\.${site.suffix.replace(/\./g, '\\.')}$`, 'i'), ''));
  if (bare === label || (site.subdomain && bare === norm(site.subdomain))) return true;
  // "Vortex Cannon Entertainment" on vortexcannon.org: the domain and at most two more words.
  if (label.length >= 4 && bare.startsWith(label) && part.trim().split(/\s+/).length <= 3 && !/\d/.test(part)) return true;
  // "Brandenburgische Landeszentrale für politische Bildung" on politische-bildung-brandenburg.de:
  // the part's words begin with every word of a domain of three words or more.
  if (startsWithSiteWord(part, site)) return true;
  // "Kanzlei Viehbacher" on viehbacher.com, "Stadt Stuttgart" on stuttgart.de: a word or two, then the domain.
  const spaced = part.trim().split(/\s+/);
  if (spaced.length >= 2 && spaced.length <= 3 && !/\d/.test(part) && norm(spaced[spaced.length - 1] ?? '') === label && label.length >= 5) return true;
  const domainWords = site.label.toLowerCase().split('-').filter((w) => w.length >= 4);
  const partWords = part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return domainWords.length >= 3 && domainWords.every((w) => partWords.some((p) => p.startsWith(w)));
}

/** A news label before the headline: "BREAKING NEWS: …", "EXCLUSIVE: …", "Eilmeldung: …". */
const LABEL = /^(?:BREAKING(?: NEWS)?|JUST IN|EXCLUSIVE|UPDATED?|WATCH|LIVE|EILMELDUNG|LIVEBLOG|EXKLUSIV)\s*:\s+(?=\S)/i;
/** A part that is only a date: "10.06.2013", "26 Oktober 2010", "2019-11-19". */
const DATE_PART = /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4})$/u;

/** How many of the last parts (two or three), read together, are one of the site's names: "Martina Berg - Lady 50plus". */
function siteSuffixParts(parts: string[], names: string[]): number {
  for (let k = Math.min(3, parts.length - 1); k >= 2; k--) if (names.some((n) => norm(n) === norm(parts.slice(-k).join(' ')))) return k;
  return 0;
}

/** The text without its last `k` parts (and the separators before them). */
function cutLastParts(text: string, k: number): string {
  let out = text;
  for (let i = 0; i < k; i++) {
    const match = out.match(new RegExp(`^(.*)${SEPARATOR.source}`, 's'));
    if (!match) break;
    out = (match[1] ?? out).trim();
  }
  return out;
}

export function cleanTitle(title: string, names: string[], site: SiteParts | undefined): string {
  let text = title.replace(/\s+/g, ' ').trim().replace(LABEL, '');
  {
    // A site name that holds a separator itself comes off whole, before the part-by-part rules.
    const parts = text.split(SEPARATOR);
    const k = parts.length > 2 ? siteSuffixParts(parts, names) : 0;
    if (k) text = cutLastParts(text, k);
    // "Headline » SciLogs - Wissenschaftsblogs": after a strong separator, a site's own words end the headline.
    const strong = / (?:[»›|]) /u.exec(text);
    if (strong && site && startsWithSiteWord(text.slice(strong.index + strong[0].length), site)) text = text.slice(0, strong.index).trim();
  }
  // Up to two parts come off: "Headline - Section - Site".
  for (let i = 0; i < 2; i++) {
    const parts = text.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const rest = (drop: 'first' | 'last') => {
      const match = drop === 'last' ? text.match(new RegExp(`^(.*)${SEPARATOR.source}`, 's')) : text.match(SEPARATOR);
      if (!match) return text;
      return drop === 'last' ? (match[1] ?? text) : text.slice((match.index ?? 0) + match[0].length);
    };
    if (namesSite(last, names, site) || KIND.test(last.trim()) || DATE_PART.test(last.trim())) text = rest('last').trim();
    else if (namesSite(first, names, site) && first.length < text.length / 2) text = rest('first').trim();
    else break;
  }
  return firstSentenceOfLong(text) || title.trim();
}

/**
 * A "headline" of more than 150 characters with a sentence end in it is a headline and a teaser in
 * one og:title ("Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln. Leandra
 * Lou schreibt über …"): the first sentence is the headline.
 */
function firstSentenceOfLong(text: string): string {
  if ([...text].length <= 150) return text;
  for (const end of text.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    const at = end.index ?? 0;
    if (at < 20) continue;
    const head = text.slice(0, at + 1);
    // "Dr. Smith", "U.S. Army": an abbreviation, not a sentence end.
    if (/(?:\b\p{Lu}|\b(?:Dr|Mr|Mrs|Ms|St|Nr|vs|ca|bzw|Prof|Jr|Sr))\.$/u.test(head)) continue;
    return head.endsWith('.') ? head.slice(0, -1) : head;
  }
  return text;
}
