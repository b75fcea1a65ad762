// .crier-cache/cards/<key>.png: a card already drawn. Drawing a card costs satori's start-up
// (about half a second of CPU in a fresh process); a card whose text, brand, fonts and renderer are
// unchanged is the same PNG, so a rebuild (the preview, a re-run after editing a template) reads it
// instead. The key hashes the card, crier's version, satori's and resvg's versions, and the size
// and date of every font file it uses. Delete the folder at any time; --no-cache ignores it.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VERSION } from '../version.js';
import { coveredByInter } from './interFonts.js';
import { cardText, type CardSpec } from './cardTypes.js';
import { scriptFontsFor } from './scripts.js';
import { findFont } from './systemFonts.js';

const require = createRequire(import.meta.url);
let renderer: string | undefined;

function rendererVersion(): string {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  renderer ??= ['satori', '@resvg/resvg-js', 'harfbuzzjs', '@fontsource/inter'].map((name) => `${name}@${version(name)}`).join(' ');
  return renderer;
}

function fontFiles(card: CardSpec, fontDirs: string[]): string[] {
  return scriptFontsFor(cardText(card), coveredByInter).flatMap((font) =>
    [font.files[400], font.files[700]].map((file) => {
      const found = findFont(fontDirs, file);
      if (!found) return `${file}: none`;
      const info = statSync(found);
      return `${found}: ${info.size} ${info.mtimeMs}`;
    }),
  );
}

export function cardKey(card: CardSpec, fontDirs: string[]): string {
  const parts = { crier: VERSION, renderer: rendererVersion(), card, fonts: fontFiles(card, fontDirs) };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function readCachedCard(dir: string, key: string): Promise<Uint8Array | undefined> {
  try {
    const png = await readFile(path.join(dir, `${key}.png`));
    return png.subarray(0, 8).equals(PNG_SIGNATURE) ? new Uint8Array(png) : undefined; // a torn file: draw it again
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only makes the next build slower. */
export async function writeCachedCard(dir: string, key: string, png: Uint8Array): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${key}.png`);
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
  } catch {
    // read-only folder, full disk: ignored
  }
}
