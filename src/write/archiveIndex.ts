// out/index.html: a static archive of every edition in the output folder (title, date, links to its
// newsletter, brief and thread), rebuilt after every build. Usable as a "view in browser" page.
// crier replaces only an index.html it wrote (it carries GENERATOR_META); anyone else's page, say a
// site's home page in the same folder, is left alone with a warning.
import { warning, type Warning } from '../warnings.js';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR_META, isArchiveText } from '../load/archiveMarker.js';
import { faultPoint } from './faults.js';
import { readManifests } from './pastEditions.js';
import { directionOf, languageTag, mostCommonLanguage } from '../i18n/languages.js';
import { t } from '../i18n/t.js';
import { fontStack } from '../i18n/fontStack.js';
import { formatDate } from '../compose/formatDate.js';
import { TEMP_PREFIX } from './recoverOutDir.js';
import { displayPath, writeFailed } from './writeError.js';

/** Did crier write this file? (Missing counts as yes: there is nothing of anyone's to lose.) */
export async function isCrierArchive(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  return isArchiveText(text);
}

export interface ArchiveResult {
  /** The page written, or undefined when an index.html that is not crier's was left alone. */
  file?: string;
  warnings: Warning[];
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `nameIn`: the newsletter's name in the page's language (a default name is translated). */
export async function writeArchiveIndex(outDir: string, nameIn: (lang: string) => string, language?: string): Promise<ArchiveResult> {
  const target = path.join(outDir, 'index.html');
  if (!(await isCrierArchive(target))) {
    return { warnings: [warning('archive-not-written', '', `${displayPath(target)} was not written by crier, so the archive page was not written (move that file away to get one)`)] };
  }
  const entries = await readManifests(outDir);
  // Newest first; undated editions last, by title.
  const numberOf = (m: (typeof entries)[number]['manifest']) => (m.edition.kind === 'digest' ? (m.edition.number ?? 0) : 0);
  entries.sort((a, b) => (b.manifest.edition.date ?? '').localeCompare(a.manifest.edition.date ?? '') || numberOf(b.manifest) - numberOf(a.manifest) || a.manifest.edition.title.localeCompare(b.manifest.edition.title));
  // The page speaks the newsletter's language (config), else the one most editions are in; an
  // edition in another language keeps its own lang and direction for its title.
  const lang = languageTag(language, mostCommonLanguage(entries.map((e) => e.manifest.edition.lang ?? 'en')));
  const dir = directionOf(lang);
  const name = nameIn(lang);
  const rows = entries
    .map(({ slug, manifest }) => {
      const e = manifest.edition;
      const own = languageTag(e.lang, lang);
      const attrs = own === lang ? '' : ` lang="${escape(own)}" dir="${directionOf(own)}"`;
      const link = (file: string, label: string) => (manifest.files.some((f) => f.path === file) ? `<a href="${escape(slug)}/${file}">${escape(label)}</a>` : '');
      const number = e.kind === 'digest' && typeof e.number === 'number' ? t(lang, 'editionNumber', { n: e.number }) : '';
      const meta = [number, formatDate(e.date?.slice(0, 10), lang), e.kind === 'digest' ? t(lang, 'weeklyEdition', { stories: t(lang, 'storyCount', { n: e.stories ?? 0 }) }) : ''].filter(Boolean).join(' · ');
      const links = [link('newsletter.html', t(lang, 'email')), link('newsletter.txt', t(lang, 'plainText')), link('brief.md', t(lang, 'brief')), link('thread.md', t(lang, 'thread'))];
      return `<li><h2${attrs}><a href="${escape(slug)}/newsletter.html">${escape(e.title)}</a></h2><p class="meta">${escape(meta)}</p><p>${links.filter(Boolean).join(' · ')}</p></li>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="${escape(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${GENERATOR_META}
<title>${escape(t(lang, 'archiveTitle', { name }))}</title>
<style>
body { font-family: ${fontStack('Georgia, serif', lang)}; max-width: 680px; margin: 2rem auto; padding: 0 1rem; color: #111827; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.2rem; margin: 0; } li { margin: 0 0 1.4rem; list-style: none; }
ul { padding: 0; } .meta { color: #4b5563; font-size: .9rem; margin: .2rem 0; } a { color: #1a56db; }
@media (prefers-color-scheme: dark) { body { background: #111827; color: #f3f4f6; } .meta { color: #d1d5db; } a { color: #93c5fd; } }
</style>
</head>
<body>
<h1>${escape(name)}</h1>
<p>${escape(t(lang, 'editionCount', { n: entries.length }))}</p>
<ul>
${rows}
</ul>
</body>
</html>
`;
  // Hidden temp name: a killed run's leftover is cleared by the next run (recoverOutDir).
  const temp = path.join(outDir, `${TEMP_PREFIX}index.html-${process.pid}`);
  try {
    await faultPoint('write:index.html', target);
    await writeFile(temp, html);
    await faultPoint('index-staged');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw writeFailed(error, target);
  }
  return { file: target, warnings: [] };
}
