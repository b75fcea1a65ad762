// Interface text in templates: {{t}} speaks the edition's language, is escaped like any text, and
// a --templates folder's locales/<lang>.json overrides the built-in catalogue key by key.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeEdition } from '../../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG, type CrierConfig } from '../../../src/config/defaults.js';
import { CrierError } from '../../../src/errors.js';
import { useCatalogueOverrides } from '../../../src/i18n/catalogues.js';
import { loadTemplates } from '../../../src/render/loadTemplates.js';
import { renderEdition } from '../../../src/render/renderEdition.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import type { Article } from '../../../src/types.js';
import { articleFromFile } from '../../helpers/articles.js';
import { FIXTURES, tempDir } from '../../helpers/paths.js';

const fixture = (code: string) => articleFromFile(path.join(FIXTURES, 'lang', `${code}.md`));

function templatesDir(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function render(article: Article, options: { dir?: string; config?: CrierConfig } = {}) {
  const config = options.config ?? DEFAULT_CONFIG;
  const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 });
  const templates = await loadTemplates(options.dir, options.dir ?? process.cwd());
  const { files, warnings } = await renderEdition(composeEdition(article, summary, { config }), templates, config);
  return { files: Object.fromEntries(files.map((f) => [f.path, String(f.content)])), warnings, templates };
}

afterEach(() => useCatalogueOverrides(new Map()));

describe('interface text in the templates', () => {
  it('speaks the article language in the email, the brief and thread.md', async () => {
    const { files, warnings } = await render(fixture('de'));
    expect(files['newsletter.html']).toMatch(/>\s*Zum ganzen Artikel\s*</);
    expect(files['newsletter.html']).toContain('Newsletter abbestellen');
    expect(files['newsletter.html']).toContain('Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.');
    expect(files['brief.md']).toMatch(/\*Hafenblatt · 10\\?\. März 2026 · \d+ Min\. Lesezeit\*/);
    expect(files['brief.md']).toContain('**Kurz gesagt:**');
    expect(files['thread.md']).toContain('Jeder Beitrag ist nach der Regel seiner Plattform gezählt');
    expect(files['thread.md']).toMatch(/## X — \d+ Beiträge, Limit 280 \(Links zählen 23/);
    expect(files['newsletter.html']).not.toMatch(/Read the full story|Unsubscribe|min read/);
    expect(warnings.filter((w) => w.code === 'interface-language')).toEqual([]);
  });

  it('keeps a footer the user wrote, in any language', async () => {
    const config = { ...DEFAULT_CONFIG, newsletter: { ...DEFAULT_CONFIG.newsletter, footer: 'Ihr Hafenblatt-Team' } };
    const { files } = await render(fixture('de'), { config });
    expect(files['newsletter.html']).toContain('Ihr Hafenblatt-Team');
  });

  it('takes locales/<lang>.json from --templates key by key, escaped like any text', async () => {
    const dir = templatesDir({ 'locales/de.json': JSON.stringify({ readFullStory: 'Jetzt <b>lesen</b>', keywords: 'Themen [x](javascript:alert(1)): {list}' }) });
    const { files, templates } = await render(fixture('de'), { dir });
    expect(templates.warnings).toEqual([]);
    expect(files['newsletter.html']).toContain('Jetzt &lt;b&gt;lesen&lt;/b&gt;');
    expect(files['newsletter.html']).not.toContain('<b>lesen</b>');
    // The rest of German is still the built-in catalogue.
    expect(files['newsletter.html']).toContain('Newsletter abbestellen');
    // In Markdown the catalogue's own words are escaped: no live link from a catalogue either.
    expect(files['brief.md']).toContain('Themen \\[x\\](javascript:alert(1)): ');
  });

  it('falls back to English for a key a user catalogue lacks, and says which', async () => {
    const dir = templatesDir({ 'locales/de.json': '{}', 'locales/en.json': JSON.stringify({ sponsor: 'Sponsored by {name}' }), 'partials/footer.mjml.hbs': '<mj-section><mj-column><mj-text>{{t "sponsor" name="Acme"}}</mj-text></mj-column></mj-section>' });
    const { files, warnings } = await render(fixture('de'), { dir });
    expect(files['newsletter.html']).toContain('Sponsored by Acme');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'interface-language', message: expect.stringMatching(/locales\/de\.json has no "sponsor" for German \(de\): that text is in English/) }));
  });

  it('says which file, line and key when a template asks for text that does not exist', async () => {
    const dir = templatesDir({ 'partials/footer.mjml.hbs': '<mj-section><mj-column>\n<mj-text>{{t "unsubscirbe"}}</mj-text></mj-column></mj-section>' });
    const error = await render(fixture('de'), { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrierError);
    expect((error as CrierError).message).toMatch(/partials\/footer\.mjml\.hbs:2: \{\{t "unsubscirbe"\}\}: no such interface text: did you mean "unsubscribe"\?/);
    const plural = await render(fixture('de'), { dir: templatesDir({ 'partials/footer.mjml.hbs': '<mj-section><mj-column><mj-text>{{t "minRead"}}</mj-text></mj-column></mj-section>' }) }).catch((e: unknown) => e);
    expect((plural as CrierError).message).toMatch(/footer\.mjml\.hbs:1: \{\{t "minRead"\}\}: .*needs a number n/);
  });

  it('reports a catalogue that is not valid JSON before anything renders', async () => {
    const dir = templatesDir({ 'locales/de.json': '{"readFullStory": "x",}' });
    await expect(loadTemplates(dir, dir)).rejects.toThrow(/locales\/de\.json is not valid JSON/);
  });

  it('lays an Arabic edition out right to left, mirrored, with Arabic interface text', async () => {
    const { files } = await render(fixture('ar'));
    const html = files['newsletter.html'] ?? '';
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).not.toContain('direction:ltr');
    expect(html).toContain('text-align:right');
    expect(html).toContain('اقرأ المقال كاملًا');
    expect(files['newsletter.mjml']).toContain('align="right"');
    // Fonts that have Arabic glyphs come before the generic family.
    expect(html.replace(/&#x27;/g, "'")).toMatch(/font-family:[^;"]*Geeza Pro[^;"]*Noto Naskh Arabic[^;"]*serif/);
  });
});
