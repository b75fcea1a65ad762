// Headlines without the site's name: "standalone WebAssembly binaries using Emscripten · V8",
// "… - The New York Times", "… | TheHill", "… - Sportsnet.ca". A part after (or before) a
// separator comes off only when it names the site (its publisher name or its domain); a real
// subtitle ("Take C.A.R.E. - comwrap auf der DMEXCO 2018") stays.
import type { SiteParts } from './sourceName.js';

const SEPARATOR = /\s+(?:[|–—·•»/]|-{1,2}|::)\s+/;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A last part that only says what kind of piece it is: the edition's label says that ("| Editorial"). */
const KIND = /^(?:editorial|opinion|comment|commentary|analysis|column|leader|letters?|review|blog|kommentar|meinung|leitartikel|éditorial|tribune|opinión)$/i;

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
  const domainWords = site.label.toLowerCase().split('-').filter((w) => w.length >= 4);
  const partWords = part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return domainWords.length >= 3 && domainWords.every((w) => partWords.some((p) => p.startsWith(w)));
}

export function cleanTitle(title: string, names: string[], site: SiteParts | undefined): string {
  let text = title.replace(/\s+/g, ' ').trim();
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
    if (namesSite(last, names, site) || KIND.test(last.trim())) text = rest('last').trim();
    else if (namesSite(first, names, site) && first.length < text.length / 2) text = rest('first').trim();
    else break;
  }
  return text || title.trim();
}
