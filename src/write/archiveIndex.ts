// out/index.html: a static archive of every edition in the output folder (title, date, links to its
// newsletter, brief and thread), rebuilt after every build. Usable as a "view in browser" page.
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from './manifest.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function writeArchiveIndex(outDir: string, name: string): Promise<string> {
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
      const meta = [e.date?.slice(0, 10), e.kind === 'digest' ? `weekly edition, ${e.stories ?? 0} stories` : ''].filter(Boolean).join(' · ');
      return `<li><h2><a href="${escape(slug)}/newsletter.html">${escape(e.title)}</a></h2><p class="meta">${escape(meta)}</p><p>${[link('newsletter.html', 'Email'), link('newsletter.txt', 'Plain text'), link('brief.md', 'Brief'), link('thread.md', 'Thread')].filter(Boolean).join(' · ')}</p></li>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
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
  const target = path.join(outDir, 'index.html');
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, html);
  await rename(temp, target);
  return target;
}
