// The fonts for one card: the bundled Inter subsets its text uses, then a subset of the system's
// Noto font for every other script in it. Scripts without a font are reported, never drawn silently
// as boxes or blanks (missingFonts runs before a card is planned; renderCard also listens to
// satori for any text it could not draw).
import { coveredByInter, interFonts, type FontData } from './interFonts.js';
import { faceFor, scriptFontsFor, type ScriptFont } from './scripts.js';
import { subsetFont } from './subsetFont.js';
import { findFont } from './systemFonts.js';

export interface MissingFont {
  label: string;
  debian: string;
  file: string;
}

/** Scripts in the text for which no font file is found (the card would show them as blanks). */
export function missingFonts(text: string, dirs: string[]): MissingFont[] {
  const missing: MissingFont[] = [];
  for (const font of scriptFontsFor(text, coveredByInter)) {
    if (!findFont(dirs, font.files[700]) && !findFont(dirs, font.files[400])) missing.push({ label: font.label, debian: font.debian, file: font.files[700] });
  }
  return missing;
}

function systemFont(font: ScriptFont, weight: 400 | 700, text: string, lang: string, dirs: string[]): FontData | undefined {
  // A missing bold face falls back to the regular one (and the other way round).
  const file = findFont(dirs, font.files[weight]) ?? findFont(dirs, font.files[weight === 700 ? 400 : 700]);
  const data = file ? subsetFont(file, faceFor(font, lang), text) : undefined;
  return data ? { name: `Noto ${font.label}`, data, weight, style: 'normal' } : undefined;
}

// The same fonts are handed to satori as the same array: satori keeps the fonts it has parsed per
// array, so the cards of a run (and the worker's warm-up) parse Inter once.
const recent = new Map<string, FontData[]>();

/** Fonts in satori's order of fallback: Inter first, then the scripts in a fixed order. */
export function cardFonts(text: string, lang: string, dirs: string[]): FontData[] {
  const scripts = scriptFontsFor(text, coveredByInter);
  const inter = interFonts(text, false);
  const key = [...inter.map((f) => f.name), ...(scripts.length ? [lang, dirs.join('\0'), text] : [])].join('\n');
  let fonts = recent.get(key);
  if (!fonts) {
    fonts = loadFonts(text, lang, dirs, scripts);
    if (recent.size >= 16) recent.delete(recent.keys().next().value as string);
    recent.set(key, fonts);
  }
  return fonts;
}

function loadFonts(text: string, lang: string, dirs: string[], scripts: ScriptFont[]): FontData[] {
  const fonts = interFonts(text);
  for (const font of scripts) {
    for (const weight of [700, 400] as const) {
      const data = systemFont(font, weight, text, lang, dirs);
      if (data) fonts.push(data);
    }
  }
  return fonts;
}
