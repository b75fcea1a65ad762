// Issue 18: an edition speaks its article's language. One article per language crier ships interface
// text for (test/fixtures/lang/<code>.md, written for these tests), built in one run (in-process:
// helpers/inProcess.ts); each edition is read back as a reader of the language would meet it. The
// bundled CLI refuses a --lang that is not a language code. No cards: what they draw in each script
// is test/unit/cards/renderCard.test.ts's subject (CJK, Arabic, Hebrew, Devanagari, Cyrillic, Greek).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../helpers/paths.js';
import { buildIn, digestIn } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'hi', 'ja', 'zh', 'ko', 'id'] as const;
type Lang = (typeof LANGS)[number];
const catalogue = (code: string) => JSON.parse(readFileSync(path.join(ROOT, 'templates/locales', `${code}.json`), 'utf8')) as Record<string, string>;
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** The hashtags a reader of the language would use: names in their dictionary form, no particle, no case ending. */
const HASHTAGS: Record<Lang, string[]> = {
  en: ['#Leeds'],
  de: ['#Bramfeld', '#Hochbahn'],
  fr: ['#Lyon'],
  es: ['#Valencia'],
  it: ['#Bologna'],
  pt: ['#Moedas'],
  nl: ['#Utrecht'],
  sv: ['#Göteborg'],
  pl: ['#Kraków'],
  ru: ['#Казань'],
  uk: ['#Львів'],
  tr: ['#İzmir'],
  ar: ['#القاهرة'],
  he: ['#תל_אביב'],
  hi: ['#दिल्ली_मेट्रो'],
  ja: ['#福岡'],
  zh: ['#成都'],
  ko: ['#부산시'],
  id: ['#Jakarta'],
};
/** Forms that must never be a hashtag: inflected, with a particle or a prefix. */
const NEVER: Partial<Record<Lang, RegExp>> = {
  ru: /#Казани\b/u,
  pl: /#Krakow(?:a|ie)\b/u,
  uk: /#Львов[іа]/u,
  ko: /#\S+(?:은|는|을|를|의|에서)(?=\s|$)/u,
  ja: /#\S+[のはがをにでと](?=\s|$)/u,
  he: /#בתל/u,
};

let out: string;
const editions = new Map<Lang, string>();
const read = (lang: Lang, file: string) => readFileSync(path.join(out, editions.get(lang) ?? '', file), 'utf8');

beforeAll(async () => {
  const work = tempDir();
  out = path.join(work, 'out');
  const json = await buildIn(work, { inputs: [path.join(FIXTURES, 'lang')], out, cards: false });
  for (const e of json.editions) editions.set(path.basename(e.input, '.md') as Lang, e.slug);
}, 120_000);

describe.each(LANGS)('an article in %s', (lang) => {
  const t = catalogue(lang);

  it('gets interface text, lang and direction of its language', () => {
    const email = read(lang, 'newsletter.html');
    expect(email).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr'}"`));
    for (const key of ['readFullStory', 'unsubscribe', 'footer']) expect(email, key).toContain(html(t[key] ?? ''));
    if (lang !== 'en') expect(email).not.toMatch(/Read the full story|Unsubscribe|You are receiving this/);
    const text = read(lang, 'newsletter.txt');
    expect(text).toContain(t.readFullStory);
    const brief = read(lang, 'brief.md');
    expect(brief).not.toMatch(lang === 'en' ? /^$/ : /min read|TL;DR|Keywords:|Read the full story/);
    const posts = JSON.parse(read(lang, 'thread.json')).platforms.mastodon.posts as { text: string }[];
    expect(posts.map((p) => p.text).join('\n')).toContain((t.readFullStoryLinkFrom ?? '').split('{source}')[0]);
  });

  it('dates the edition as the language writes dates', () => {
    const date = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 10));
    expect(read(lang, 'newsletter.html')).toContain(html(date));
    // brief.md escapes a date that starts with "10." so Markdown does not read a list.
    expect(read(lang, 'brief.md').replace(/\\\./g, '.')).toContain(date);
  });

  it('has an ASCII slug of at most 60 characters, transliterated (never a hash)', () => {
    const slug = editions.get(lang) ?? '';
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/^article-/);
  });

  it('tags the posts with names in their dictionary form', () => {
    const last = (JSON.parse(read(lang, 'thread.json')).platforms.mastodon.posts as { text: string }[]).at(-1)?.text ?? '';
    for (const tag of HASHTAGS[lang]) expect(last).toContain(tag);
    const never = NEVER[lang];
    if (never) expect(read(lang, 'thread.md')).not.toMatch(never);
  });
});

describe('right to left outside HTML', () => {
  // The source line ("BBC عربي · …", "Ynet חדשות · …") opens with Latin in both fixtures.
  it('starts Arabic and Hebrew plain-text lines that open with Latin with a right-to-left mark', () => {
    for (const lang of ['ar', 'he'] as const) {
      const lines = read(lang, 'newsletter.txt').split('\n').filter((l) => /^\s*[A-Za-z0-9(]/.test(l.replace(/^\u200f/, '')) && l.trim());
      expect(lines.length, lang).toBeGreaterThan(0);
      for (const line of lines) expect(line.startsWith('\u200f'), `${lang}: ${line}`).toBe(true);
    }
  });
});

describe('--lang and config language', () => {
  it('--lang de gives an English article German interface text; config language gives French', async () => {
    const work = tempDir();
    const en = path.join(FIXTURES, 'lang', 'en.md');
    await buildIn(work, { inputs: [en], out: 'de', lang: 'de', cards: false });
    const [deSlug] = readdirSync(path.join(work, 'de')).filter((f) => f !== 'index.html');
    expect(readFileSync(path.join(work, 'de', deSlug ?? '', 'newsletter.html'), 'utf8')).toContain('Newsletter abbestellen');
    writeFileSync(path.join(work, 'crier.config.json'), JSON.stringify({ language: 'fr' }));
    await buildIn(work, { inputs: [en], out: 'fr', cards: false });
    const frDir = path.join(work, 'fr', readdirSync(path.join(work, 'fr')).find((f) => f !== 'index.html') ?? '');
    expect(readFileSync(path.join(frDir, 'newsletter.html'), 'utf8')).toContain('Se désinscrire');
    expect(readFileSync(path.join(frDir, 'brief.md'), 'utf8')).toContain('Lecture\u00a0:');
    // The archive page speaks the configured language too.
    expect(readFileSync(path.join(work, 'fr', 'index.html'), 'utf8')).toMatch(/<html lang="fr" dir="ltr">[\s\S]*1 numéro/);
    // --lang beats the config.
    await buildIn(work, { inputs: [en], out: 'both', lang: 'es', cards: false });
    const bothDir = path.join(work, 'both', readdirSync(path.join(work, 'both')).find((f) => f !== 'index.html') ?? '');
    expect(readFileSync(path.join(bothDir, 'newsletter.html'), 'utf8')).toContain('Darse de baja');
  });

  it('refuses a --lang that is not a language code, in one line', async () => {
    const result = await runCli(['build', path.join(FIXTURES, 'lang', 'en.md'), '--lang', 'de<script>'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--lang <code>.*must be a language code such as de, pt-BR or ja/);
  });

  it('writes the weekly edition in one language: most stories’, or --lang', async () => {
    const work = tempDir();
    const files = ['de', 'nl', 'de'].map((code, i) => {
      const target = path.join(work, `${i}-${code}.md`);
      writeFileSync(target, readFileSync(path.join(FIXTURES, 'lang', `${code}.md`), 'utf8').replace(/url: .*/, `url: https://example.com/${i}`).replace(/^title: "/m, `title: "${i} `));
      return target;
    });
    await digestIn(work, { inputs: files, title: 'Wochenbrief', cards: false });
    const dir = path.join(work, 'out', 'wochenbrief');
    const email = readFileSync(path.join(dir, 'newsletter.html'), 'utf8');
    expect(email).toContain('In dieser Ausgabe');
    expect(email).toContain('Weiterlesen');
    expect(readFileSync(path.join(dir, 'brief.md'), 'utf8')).toMatch(/## Die Woche in Kürze/);
    await digestIn(work, { inputs: files, out: 'es', title: 'Semanal', lang: 'es', cards: false });
    expect(readFileSync(path.join(work, 'es', 'semanal', 'newsletter.html'), 'utf8')).toContain('En este número');
  });
});
