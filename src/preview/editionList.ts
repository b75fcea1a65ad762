// The preview's sidebar: the editions of the latest successful build (an article renamed or
// deleted drops out at once, though its old folder may still be on disk), newest first.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface EditionEntry {
  slug: string;
  title: string;
  kind: string;
  date?: string;
}

export async function listEditions(out: string, slugs: string[]): Promise<EditionEntry[]> {
  const list: EditionEntry[] = [];
  for (const slug of slugs) {
    try {
      const manifest = JSON.parse(await readFile(path.join(out, slug, 'manifest.json'), 'utf8')) as { edition?: { title?: string; kind?: string; date?: string } };
      const e = manifest.edition ?? {};
      list.push({ slug, title: e.title ?? slug, kind: e.kind ?? 'article', ...(e.date ? { date: e.date } : {}) });
    } catch {
      // removed by hand since the build: not an edition to show
    }
  }
  // Newest first; undated editions last, by title (as out/index.html orders them).
  return list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}
