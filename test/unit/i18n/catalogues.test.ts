import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalogue, useCatalogueOverrides } from '../../../src/i18n/catalogues.js';
import { BUILTIN_LANGUAGES } from '../../../src/i18n/languages.js';
import { localeWarnings } from '../../../src/i18n/localeWarnings.js';
import { t } from '../../../src/i18n/t.js';
import { ROOT } from '../../helpers/paths.js';

const dir = path.join(ROOT, 'templates/locales');
const load = (code: string) => JSON.parse(readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, string | Record<string, string>>;
const english = load('en');
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

afterEach(() => useCatalogueOverrides(new Map()));

describe('the built-in catalogues', () => {
  it('ship one file per listed language, at least the 19 of issue 18', () => {
    expect(readdirSync(dir).map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...BUILTIN_LANGUAGES].sort());
    expect(BUILTIN_LANGUAGES).toHaveLength(19);
  });

  for (const code of BUILTIN_LANGUAGES) {
    it(`${code}: every English key, the same placeholders, the plural forms the language uses`, () => {
      const catalogue = load(code);
      expect(() => parseCatalogue(readFileSync(path.join(dir, `${code}.json`), 'utf8'), `${code}.json`)).not.toThrow();
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      const rules = new Intl.PluralRules(code);
      for (const [key, message] of Object.entries(catalogue)) {
        const source = english[key] ?? '';
        const allowed = placeholders(typeof source === 'string' ? source : Object.values(source).join(' '));
        if (typeof message === 'string') {
          // The same values go in, and none is dropped (a dropped {url} would lose the link).
          expect(placeholders(message), `${code}.${key}`).toEqual(allowed);
          continue;
        }
        // Every category this language gives a whole number has its own form ("few" in Russian).
        for (let n = 0; n <= 200; n++) expect(message[rules.select(n)], `${code}.${key} for ${n}`).toBeDefined();
        // A form may say "one" in words ("مقال واحد"), but never invent a placeholder.
        for (const form of Object.values(message)) for (const name of placeholders(form)) expect(allowed.has(name), `${code}.${key}: {${name}}`).toBe(true);
      }
      // Texts that carry a link or a value must keep it in every form.
      for (const key of ['readFullStoryLink', 'readFullStoryLinkFrom', 'weekThreadEndSite', 'keywords', 'inThisIssueList', 'quote']) {
        const message = catalogue[key];
        expect(typeof message === 'string' ? placeholders(message) : new Set(), `${code}.${key}`).toEqual(placeholders(english[key] as string));
      }
    });
  }

  it('are real translations: no catalogue but English says "Read the full story" or "Unsubscribe"', () => {
    for (const code of BUILTIN_LANGUAGES.filter((c) => c !== 'en')) {
      const text = JSON.stringify(load(code));
      expect(text, code).not.toMatch(/Read the full story|Unsubscribe|min read|You are receiving/);
    }
  });
});

describe('t()', () => {
  it('chooses plural forms with Intl.PluralRules', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => t('ru', 'storyCount', { n }))).toEqual(['1 статья', '2 статьи', '5 статей', '21 статья', '22 статьи', '25 статей']);
    expect([1, 3, 5, 22].map((n) => t('pl', 'postCount', { n }))).toEqual(['1 wpis', '3 wpisy', '5 wpisów', '22 wpisy']);
    expect([1, 2, 3, 11, 100].map((n) => t('ar', 'storyCount', { n }))).toEqual(['مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']);
    expect(t('en', 'minRead', { n: 1 })).toBe('1 min read');
    expect(t('ja', 'minRead', { n: 4 })).toBe('約4分で読めます');
  });

  it('looks a regional tag up in its language, and an unknown language in English', () => {
    expect(t('pt-BR', 'readFullStory')).toBe(t('pt', 'readFullStory'));
    expect(t('de-AT', 'unsubscribe')).toBe('Newsletter abbestellen');
    expect(t('fi', 'readFullStory')).toBe('Read the full story');
    expect(t('und', 'readFullStory')).toBe('Read the full story');
  });

  it('writes numbers as the language does', () => {
    expect(t('ar-EG', 'postCount', { n: 5 })).toBe('٥ منشورات');
    expect(t('de', 'week', { week: 48, year: 2026 })).toBe('KW 48/2026');
  });

  it('says which key does not exist, and which one was meant', () => {
    expect(() => t('en', 'readFullStroy')).toThrow(/no interface text "readFullStroy".*did you mean "readFullStory"/);
    expect(() => t('en', 'minRead')).toThrow(/needs a number n/);
    expect(() => t('en', 'readFullStoryLink')).toThrow(/needs a value for \{url\}/);
  });

  it('takes a --templates catalogue key by key, over the built-in one', () => {
    useCatalogueOverrides(new Map([['de', { path: 'tpl/locales/de.json', messages: { readFullStory: 'Jetzt lesen' } }]]));
    expect(t('de', 'readFullStory')).toBe('Jetzt lesen');
    expect(t('de', 'unsubscribe')).toBe('Newsletter abbestellen');
  });
});

describe('localeWarnings', () => {
  it('says once that a language has no catalogue, naming it and the file to add', () => {
    expect(localeWarnings('fi')).toEqual([expect.stringMatching(/^no interface text for Finnish \(fi\): .*locales\/fi\.json/)]);
    expect(localeWarnings('de')).toEqual([]);
    expect(localeWarnings('en-US')).toEqual([]);
  });

  it('names the keys a user catalogue lacks (they fall back to English)', () => {
    useCatalogueOverrides(new Map([['fa', { path: 'tpl/locales/fa.json', messages: { readFullStory: 'خواندن کامل خبر' } }]]));
    const [warning] = localeWarnings('fa');
    expect(warning).toMatch(/^tpl\/locales\/fa\.json has no "altText", "andMore", .*"unsubscribe".* for Persian \(fa\): those texts are in English$/);
    expect(t('fa', 'readFullStory')).toBe('خواندن کامل خبر');
    expect(t('fa', 'unsubscribe')).toBe('Unsubscribe');
  });

  it('rejects a catalogue that is not one object of texts and plural forms, naming the key', () => {
    expect(() => parseCatalogue('{"a": 1}', 'x/de.json')).toThrow(/x\/de\.json: "a" must be a text or plural forms with "other"/);
    expect(() => parseCatalogue('{"a": {"one": "x"}}', 'x/de.json')).toThrow(/"a" must be a text or plural forms/);
    expect(() => parseCatalogue('[1]', 'x/de.json')).toThrow(/must hold one JSON object/);
    expect(() => parseCatalogue('{', 'x/de.json')).toThrow(/x\/de\.json is not valid JSON/);
  });
});
