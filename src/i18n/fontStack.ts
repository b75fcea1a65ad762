// The email's font list per script. The configured list (Georgia… by default) has no Chinese,
// Japanese, Korean, Arabic, Hebrew or Devanagari glyphs: a client then falls back to whatever it
// likes (SimSun in Outlook, a Chinese font for Japanese text). Naming the fonts each system ships
// for the script, before the generic family, gets the right glyphs and the right regional forms.
import { baseLanguage, languageTag } from './languages.js';

const SCRIPT_FONTS: Record<string, string[]> = {
  // macOS / iOS, Windows, Android and Linux (Noto) in that order.
  zh: ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'],
  ja: ['Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'Meiryo', 'Noto Sans CJK JP', 'Source Han Sans JP'],
  ko: ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', 'Source Han Sans KR'],
  ar: ['Geeza Pro', 'Segoe UI', 'Tahoma', 'Noto Naskh Arabic', 'Noto Sans Arabic'],
  fa: ['Geeza Pro', 'Segoe UI', 'Tahoma', 'Noto Naskh Arabic', 'Noto Sans Arabic'],
  ur: ['Noto Nastaliq Urdu', 'Geeza Pro', 'Segoe UI', 'Tahoma', 'Noto Naskh Arabic'],
  he: ['Arial Hebrew', 'Segoe UI', 'Arial', 'Noto Sans Hebrew', 'Noto Serif Hebrew'],
  hi: ['Kohinoor Devanagari', 'Nirmala UI', 'Mangal', 'Noto Sans Devanagari', 'Noto Serif Devanagari'],
  mr: ['Kohinoor Devanagari', 'Nirmala UI', 'Mangal', 'Noto Sans Devanagari'],
  ne: ['Kohinoor Devanagari', 'Nirmala UI', 'Mangal', 'Noto Sans Devanagari'],
  th: ['Thonburi', 'Leelawadee UI', 'Tahoma', 'Noto Sans Thai'],
};
// Traditional Chinese (zh-TW, zh-HK, zh-Hant) has its own glyph forms.
const TRADITIONAL = ['PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC'];
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif']);

function unquote(name: string): string {
  return name.trim().replace(/^['"]|['"]$/g, '');
}

/** The configured CSS font list with the script's fonts before its generic family ("serif"). */
export function fontStack(configured: string, lang: string): string {
  const tag = languageTag(lang);
  const base = baseLanguage(tag);
  const fonts = base === 'zh' && /-(?:TW|HK|MO|Hant)\b/i.test(tag) ? TRADITIONAL : SCRIPT_FONTS[base];
  if (!fonts) return configured;
  const parts = configured.split(',').map((p) => p.trim()).filter(Boolean);
  const have = new Set(parts.map((p) => unquote(p).toLowerCase()));
  const extra = fonts.filter((f) => !have.has(f.toLowerCase())).map((f) => (/\s/.test(f) ? `'${f}'` : f));
  const genericAt = parts.findIndex((p) => GENERIC.has(unquote(p).toLowerCase()));
  const at = genericAt < 0 ? parts.length : genericAt;
  return [...parts.slice(0, at), ...extra, ...parts.slice(at)].join(', ');
}
