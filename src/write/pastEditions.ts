// The editions already in an output folder, from their manifest.json: the archive page lists them,
// and the weekly edition remembers which stories they ran (select/alreadySent.ts). Read once per run;
// a folder that is missing or holds no edition is an empty list, an unreadable manifest is no edition.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { PastEdition } from '../select/alreadySent.js';
import type { Manifest } from './manifest.js';
import { readManifest } from './readManifest.js';
import { pendingRestore } from './recoverOutDir.js';

export async function readManifests(outDir: string): Promise<{ slug: string; manifest: Manifest }[]> {
  let names: string[];
  try {
    names = (await readdir(outDir)).sort();
  } catch {
    return [];
  }
  const entries: { slug: string; manifest: Manifest }[] = [];
  const present = new Set(names);
  for (const name of names) {
    // An edition a killed run left mid-swap counts under its own name: the next write puts it back.
    const slug = name.startsWith('.') ? pendingRestore(name, present) : name;
    if (!slug) continue;
    // Only what crier can trust of it (readManifest.ts): a planted or broken manifest is no edition.
    const manifest = await readManifest(path.join(outDir, name, 'manifest.json'));
    if (manifest) entries.push({ slug, manifest });
  }
  return entries;
}

/** The weekly editions of the folder, as the memory needs them (articles' own editions are not "sent" stories). */
export async function pastEditions(outDir: string): Promise<PastEdition[]> {
  return (await readManifests(outDir)).flatMap(({ slug, manifest }) => {
    const e = manifest.edition;
    if (e.kind !== 'digest') return [];
    const past: PastEdition = { slug, title: e.title, stories: (manifest.inputs ?? []).map((i) => ({ ...(i.url ? { url: i.url } : {}), ...(i.fingerprint ? { fingerprint: i.fingerprint } : {}) })) };
    if (typeof e.number === 'number') past.number = e.number;
    if (e.date) past.date = e.date.slice(0, 10);
    if (e.period) past.period = e.period;
    return [past];
  });
}
