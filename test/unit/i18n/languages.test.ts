import { describe, expect, it } from 'vitest';
import { keepDirection, RLM } from '../../../src/i18n/direction.js';
import { fontStack } from '../../../src/i18n/fontStack.js';
import { directionOf, interfaceLanguage, languageTag, mostCommonLanguage } from '../../../src/i18n/languages.js';

describe('languages', () => {
  it('cleans what pages and users call a language', () => {
    expect(languageTag('de, at, ch')).toBe('de');
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('und')).toBe('en');
    expect(languageTag('"><script>')).toBe('en');
    expect(interfaceLanguage(undefined, 'ja')).toBe('ja');
    expect(interfaceLanguage('de', 'ja')).toBe('de');
    expect(mostCommonLanguage(['de', 'en', 'de', 'fr'])).toBe('de');
  });

  it('knows the right-to-left languages', () => {
    expect(['ar', 'he', 'fa', 'ur', 'iw', 'ar-EG'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ja', 'hi', 'ru'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('keepDirection', () => {
  it('starts an Arabic or Hebrew line that opens with Latin or a link, or has no letter, with a right-to-left mark', () => {
    // Digits are weak: "2026 عام" is laid out right to left already; "2/5" alone is not.
    const text = 'Apple تطلق هاتفا جديدا\nالقاهرة تفتتح المترو\n2026 عام التغيير\nhttps://example.com\n2/5\n';
    expect(keepDirection(text, 'rtl')).toBe(`${RLM}Apple تطلق هاتفا جديدا\nالقاهرة تفتتح المترو\n2026 عام التغيير\n${RLM}https://example.com\n${RLM}2/5\n`);
  });

  it('leaves left-to-right text alone', () => {
    expect(keepDirection('Apple\n2026', 'ltr')).toBe('Apple\n2026');
  });
});

describe('fontStack', () => {
  it('names the system fonts of the script before the generic family', () => {
    expect(fontStack("Georgia, 'Times New Roman', Times, serif", 'ja')).toBe("Georgia, 'Times New Roman', Times, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Source Han Sans JP', serif");
    expect(fontStack('Arial, sans-serif', 'zh-TW')).toMatch(/'PingFang TC', 'Microsoft JhengHei'/);
    expect(fontStack('Arial, sans-serif', 'ar')).toMatch(/'Geeza Pro', 'Segoe UI', Tahoma, 'Noto Naskh Arabic'.*, sans-serif$/);
    expect(fontStack('Arial', 'ko')).toMatch(/^Arial, 'Apple SD Gothic Neo', 'Malgun Gothic'/);
    expect(fontStack('Georgia, serif', 'de')).toBe('Georgia, serif');
  });
});
