// The preview's sidebar: the editions of the latest successful build (an article renamed or
// deleted drops out at once, though its old folder may still be on disk), newest first.
import path from 'node:path';
import { readManifest } from '../write/readManifest.js';

export interface EditionEntry {
  slug: string;
  title: string;
  kind: string;
  date?: string;
}

export async function listEditions(out: string, slugs: string[]): Promise<EditionEntry[]> {
  const list: EditionEntry[] = [];
  for (const slug of slugs) {
    // Removed (or broken) by hand since the build: not an edition to show.
    const manifest = await readManifest(path.join(out, slug, 'manifest.json'));
    if (!manifest) continue;
    const e = manifest.edition;
    list.push({ slug, title: e.title, kind: e.kind, ...(e.date ? { date: e.date } : {}) });
  }
  // Newest first; undated editions last, by title (as out/index.html orders them).
  return list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}
