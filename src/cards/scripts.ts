// Which fonts a card's text needs. The Latin font ships with crier (Inter from npm: Latin, Cyrillic,
// Greek, Vietnamese); every other script is drawn with the system's Noto font for it (Debian's
// fonts-noto-core and fonts-noto-cjk), looked up by file name.

export interface ScriptFont {
  /** For messages: "Korean, Japanese or Chinese", "Arabic". */
  label: string;
  test: RegExp;
  /** File names of the regular and the bold face. */
  files: { 400: string; 700: string };
  /** The Debian package that installs it. */
  debian: string;
  /** A font collection (.ttc): which face to use for a language. */
  faces?: Record<string, number>;
}

const NOTO_CORE = [
  'Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Gujarati', 'Gurmukhi',
  'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Georgian', 'Armenian', 'Ethiopic', 'Thaana',
] as const;

export const SCRIPT_FONTS: ScriptFont[] = [
  {
    label: 'Chinese, Japanese or Korean',
    test: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
    files: { 400: 'NotoSansCJK-Regular.ttc', 700: 'NotoSansCJK-Bold.ttc' },
    debian: 'fonts-noto-cjk',
    // The order of the faces inside Noto Sans CJK's collection: JP, KR, SC, TC, HK. The same
    // characters are drawn in each region's own forms, so the article's language picks the face.
    faces: { ja: 0, ko: 1, zh: 2, 'zh-cn': 2, 'zh-sg': 2, 'zh-hans': 2, 'zh-tw': 3, 'zh-hant': 3, 'zh-hk': 4, 'zh-mo': 4 },
  },
  ...NOTO_CORE.map((name) => ({
    label: name,
    test: new RegExp(`\\p{Script=${name}}`, 'u'),
    files: { 400: `NotoSans${name}-Regular.ttf`, 700: `NotoSans${name}-Bold.ttf` } as const,
    debian: 'fonts-noto-core',
  })),
];

/** Letters, digits and symbols outside the bundled Inter and every script above: Noto Sans. */
export const FALLBACK_FONT: ScriptFont = {
  label: 'other symbols',
  test: /[^]/u,
  files: { 400: 'NotoSans-Regular.ttf', 700: 'NotoSans-Bold.ttf' },
  debian: 'fonts-noto-core',
};

/** Emoji have no offline colour font: they are left out of cards rather than drawn as boxes. */
export function withoutEmoji(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu, '')
    .replace(/[\uFE0F\u200D]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** The system fonts the text needs, in a stable order. */
export function scriptFontsFor(text: string, coveredByInter: (codePoint: number) => boolean): ScriptFont[] {
  const needed = new Set<ScriptFont>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x250 || /\s/u.test(char)) continue; // Latin and spaces: always in Inter
    const font = SCRIPT_FONTS.find((f) => f.test.test(char));
    if (font) needed.add(font);
    else if (!coveredByInter(code) && /[\p{L}\p{N}\p{S}\p{P}]/u.test(char)) needed.add(FALLBACK_FONT);
  }
  return [...SCRIPT_FONTS, FALLBACK_FONT].filter((f) => needed.has(f));
}

/** The face of a collection for a language ("zh-TW" -> 3), else the first. */
export function faceFor(font: ScriptFont, lang: string): number {
  if (!font.faces) return 0;
  const tag = lang.toLowerCase();
  return font.faces[tag] ?? font.faces[tag.split('-')[0] ?? ''] ?? 0;
}
