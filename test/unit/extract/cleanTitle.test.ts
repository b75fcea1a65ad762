import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../src/extract/cleanTitle.js';
import { siteParts } from '../../../src/extract/sourceName.js';

const clean = (title: string, names: string[], url?: string) => cleanTitle(title, names, siteParts(url));

describe('cleanTitle', () => {
  it.each([
    ['standalone WebAssembly binaries using Emscripten · V8', ['V8'], 'https://v8.dev/blog/standalone-wasm', 'standalone WebAssembly binaries using Emscripten'],
    ['Yahoo’s Sale to Verizon Leaves Shareholders With Little Say - The New York Times', ['The New York Times'], 'https://www.nytimes.com/2016/x.html', 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say'],
    ['New York man pleads guilty to threatening to kill Omar | TheHill', ['The Hill'], 'https://thehill.com/x', 'New York man pleads guilty to threatening to kill Omar'],
    ['Nadal keeps Spain alive against Russia in Davis Cup Finals - Sportsnet.ca', [], 'https://www.sportsnet.ca/tennis/x', 'Nadal keeps Spain alive against Russia in Davis Cup Finals'],
    ['UK Tories under fire for Twitter name switch during debate | Hosted', ['AP'], 'https://hosted.ap.org/x', 'UK Tories under fire for Twitter name switch during debate'],
    ['Dare to Play 3 / October pack – Vortex Cannon Entertainment', [], 'https://vortexcannon.org/x', 'Dare to Play 3 / October pack'],
    ['Beauty-Tipps, die jede Braut kennen sollte • crazy-julia.de', [], 'https://crazy-julia.de/x', 'Beauty-Tipps, die jede Braut kennen sollte'],
    ['Homo Brandenburgensis | Brandenburgische Landeszentrale für politische Bildung', [], 'https://www.politische-bildung-brandenburg.de/x', 'Homo Brandenburgensis'],
    ['Wellness Gesichtsbehandlung: Plaisir D’Aromes - INCURVY Plus-Size Fashion - BLOG', ['INCURVY Plus-Size Fashion'], 'https://www.incurvy.de/x', 'Wellness Gesichtsbehandlung: Plaisir D’Aromes'],
  ])('%s', (title, names, url, clean_) => {
    expect(clean(title, names, url)).toBe(clean_);
  });

  it('takes off a bare domain even when the page’s address is unknown', () => {
    expect(cleanTitle('Ein Presse-Event der Extraklasse | MODEPILOT.de', [], undefined)).toBe('Ein Presse-Event der Extraklasse');
    expect(cleanTitle('Node.js 22 is out | Node.js', [], undefined)).toBe('Node.js 22 is out');
  });

  it('takes off a news label, a trailing date, a site name that holds a separator, and the site’s own words after a strong separator', () => {
    expect(clean('BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa', [], 'https://www.linknaija.com/x')).toBe('Chelsea Activate £71.6m Release Clause To Sign Kepa');
    expect(clean("Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013", ['DW'], 'https://www.dw.com/x')).toBe("Uncork the mystery of Germany's Frühburgunder");
    expect(clean('SEKRÈ MYSTERY BAG - jede Frau braucht ein Geheimnis! - Martina Berg - Lady 50plus', ['Martina Berg - Lady 50plus'], 'https://www.lady50plus.de/x')).toBe('SEKRÈ MYSTERY BAG - jede Frau braucht ein Geheimnis!');
    expect(clean('Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs', ['Die Engelbart-Galaxis'], 'https://scilogs.spektrum.de/x')).toBe('Die Ablehnung der Gendersprache');
    expect(clean('Grundeinkommen ist ein Menschenrecht! › Piratenpartei Mecklenburg-Vorpommern', ['Piratenpartei Mv'], 'https://piratenpartei-mv.de/x')).toBe('Grundeinkommen ist ein Menschenrecht!');
  });

  it('keeps the first sentence of a headline and teaser given as one title of more than 150 characters', () => {
    const title = 'Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln. Leandra Lou schreibt über all die Themen, die echte Fashion Junkies bewegen von A wie Abnehmen bis Z wie Zicke';
    expect(clean(title, [], 'https://buchperlen.wordpress.com/x')).toBe('Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln');
    const short = 'Council votes. Ferry stays.';
    expect(clean(short, [], undefined)).toBe(short);
  });

  it('takes off a word or two before the domain ("Kanzlei Viehbacher" on viehbacher.com)', () => {
    expect(clean('Internationale Steuerberatung | Kanzlei Viehbacher', [], 'https://www.viehbacher.com/x')).toBe('Internationale Steuerberatung');
  });

  it('keeps a real subtitle, even one that starts with the site\'s name', () => {
    expect(clean('Take C.A.R.E. - comwrap auf der DMEXCO 2018', ['Comwrap'], 'https://blog.comwrap.com/x')).toBe('Take C.A.R.E. - comwrap auf der DMEXCO 2018');
    expect(clean('Brexit: what happens next - a guide', ['BBC News'], 'https://www.bbc.co.uk/news/x')).toBe('Brexit: what happens next - a guide');
  });

  it('never leaves an empty headline', () => {
    expect(clean('BBC News', ['BBC News'], 'https://www.bbc.co.uk/news')).toBe('BBC News');
  });
});
