// out/index.html: a static archive of every edition in the output folder (title, date, links to its
// newsletter, brief and thread), rebuilt after every build. Usable as a "view in browser" page.
// crier replaces only an index.html it wrote (it carries GENERATOR_META); anyone else's page, say a
// site's home page in the same folder, is left alone with a warning.
import { warning, type Warning } from '../warnings.js';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR_META, isArchiveText } from '../load/archiveMarker.js';
import { faultPoint } from './faults.js';
import type { Manifest } from './manifest.js';
import { plural } from '../text/plural.js';
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

export async function writeArchiveIndex(outDir: string, name: string): Promise<ArchiveResult> {
  const target = path.join(outDir, 'index.html');
  if (!(await isCrierArchive(target))) {
    return { warnings: [warning('archive-not-written', '', `${displayPath(target)} was not written by crier, so the archive page was not written (move that file away to get one)`)] };
  }
  const entries: { slug: string; manifest: Manifest }[] = [];
  for (const slug of (await readdir(outDir)).sort()) {
    const file = path.join(outDir, slug, 'manifest.json');
    if (slug.startsWith('.') || !existsSync(file)) continue;
    try {
      const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
      if (manifest.edition?.title) entries.push({ slug, manifest });
    } catch {
      // an unreadable manifest is not an edition to list
    }
  }
  // Newest first; undated editions last, by title.
  entries.sort((a, b) => (b.manifest.edition.date ?? '').localeCompare(a.manifest.edition.date ?? '') || a.manifest.edition.title.localeCompare(b.manifest.edition.title));
  const rows = entries
    .map(({ slug, manifest }) => {
      const e = manifest.edition;
      const link = (file: string, label: string) => (manifest.files.some((f) => f.path === file) ? `<a href="${escape(slug)}/${file}">${label}</a>` : '');
      const meta = [e.date?.slice(0, 10), e.kind === 'digest' ? `weekly edition, ${plural(e.stories ?? 0, 'story', 'stories')}` : ''].filter(Boolean).join(' · ');
      return `<li><h2><a href="${escape(slug)}/newsletter.html">${escape(e.title)}</a></h2><p class="meta">${escape(meta)}</p><p>${[link('newsletter.html', 'Email'), link('newsletter.txt', 'Plain text'), link('brief.md', 'Brief'), link('thread.md', 'Thread')].filter(Boolean).join(' · ')}</p></li>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${GENERATOR_META}
<title>${escape(name)} — archive</title>
<style>
body { font-family: Georgia, serif; max-width: 680px; margin: 2rem auto; padding: 0 1rem; color: #111827; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.2rem; margin: 0; } li { margin: 0 0 1.4rem; list-style: none; }
ul { padding: 0; } .meta { color: #4b5563; font-size: .9rem; margin: .2rem 0; } a { color: #1a56db; }
@media (prefers-color-scheme: dark) { body { background: #111827; color: #f3f4f6; } .meta { color: #d1d5db; } a { color: #93c5fd; } }
</style>
</head>
<body>
<h1>${escape(name)}</h1>
<p>${entries.length} edition${entries.length === 1 ? '' : 's'}</p>
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
