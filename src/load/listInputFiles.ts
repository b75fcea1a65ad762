// Expands the user's inputs (files, folders, "-") into an ordered list of sources.
// Folders are walked recursively, sorted, hidden entries skipped, symlink loops ignored. crier's
// own output is never read back as articles: the --out folder, any folder holding a crier
// manifest.json (an edition) and a crier archive index.html are skipped.
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import { isArchiveText, MARKER_WINDOW } from './archiveMarker.js';
import type { FeedItem } from './feed.js';
import { formatOf, ARTICLE_EXTENSIONS, FOLDER_FEED_EXTENSIONS } from './formatOf.js';
import { readManifestJson } from './readManifestJson.js';

/**
 * `path` is what the user sees (relative to the working folder); `fullPath` is what is read. A feed's
 * items become sources of their own once the feed is read (loadAhead.ts).
 */
export type InputSource = { kind: 'stdin' } | { kind: 'url'; url: string } | { kind: 'file'; path: string; fullPath: string } | FeedItemSource;

/** One item of a feed: read from the feed's own text, or from the page its link points to. */
export interface FeedItemSource {
  kind: 'feedItem';
  /** The feed as the user gave it. */
  feed: string;
  /** The feed's name and language, for items that carry their own text. */
  feedTitle?: string;
  feedLang?: string;
  /**
   * false: the feed came from this machine or its network, so its links may lead there too.
   * Otherwise (a feed from the internet, a file, standard input) its links reach public addresses only.
   */
  publicOnly?: boolean;
  item: FeedItem;
}

/** An edition folder: its manifest.json is crier's (it lists the files crier wrote). */
async function isEdition(dir: string, names: string[]): Promise<boolean> {
  if (!names.includes('manifest.json')) return false;
  // Read as the output folder's are (a manifest.json linked to /dev/zero would never end).
  const manifest = (await readManifestJson(path.join(dir, 'manifest.json'))) as { version?: unknown; files?: unknown; inputs?: unknown } | undefined;
  return typeof manifest?.version === 'string' && Array.isArray(manifest.files) && Array.isArray(manifest.inputs);
}

/** out/index.html as crier writes it (the generator meta is in its first lines). */
async function isArchivePage(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(MARKER_WINDOW), 0, MARKER_WINDOW, 0);
    return isArchiveText(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** The input as the user gave it: a path, a URL, or - for stdin. */
export function sourceLabel(source: InputSource): string {
  if (source.kind === 'feedItem') return source.item.link ?? `${source.feed} #${source.item.index + 1}`;
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '-';
}

/** An article file, or (for the weekly edition) a .rss / .atom feed. */
function listable(name: string, feeds: boolean): boolean {
  const format = formatOf(name);
  if (format !== 'feed') return Boolean(format);
  return feeds && FOLDER_FEED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

async function walk(dir: string, seen: Set<string>, out: string[], feeds: boolean): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop, the same folder given twice, or the output folder
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  if (await isEdition(dir, entries.map((e) => e.name))) return;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    let info;
    try {
      info = await stat(full);
    } catch {
      continue; // a dangling symlink is not an article
    }
    if (info.isDirectory()) await walk(full, seen, out, feeds);
    else if (info.isFile() && listable(entry.name, feeds) && !(entry.name === 'index.html' && (await isArchivePage(full)))) out.push(full);
  }
}

export interface ListOptions {
  /** Folders never read from, however the inputs reach them (the --out folder). */
  skip?: string[];
  /** Folders may hold feeds (.rss, .atom): the weekly edition reads them. */
  feeds?: boolean;
}

export async function listInputFiles(inputs: string[], cwd: string, options: ListOptions = {}): Promise<InputSource[]> {
  if (inputs.length === 0) {
    throw new CrierError('USAGE', 'No input given', { hint: 'pass a file, a folder or - for stdin' });
  }
  const sources: InputSource[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    const full = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new CrierError('INPUT_NOT_FOUND', `No such file or folder: ${input}`, { hint: 'check the path' });
      }
      throw new CrierError('INPUT_UNREADABLE', `Cannot read ${input}: ${code ?? String(error)}`, { cause: error });
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      const skip = new Set<string>();
      for (const folder of options.skip ?? []) skip.add(await realpath(path.resolve(cwd, folder)).catch(() => path.resolve(cwd, folder)));
      // The output folder given as the input itself is read, for the --out guard to refuse by name.
      skip.delete(await realpath(full));
      await walk(full, skip, files, options.feeds === true);
      if (files.length === 0) {
        throw new CrierError('NO_ARTICLES', `No articles in folder ${input}`, {
          hint: `crier reads ${ARTICLE_EXTENSIONS.join(', ')} files`,
        });
      }
      for (const file of files) sources.push({ kind: 'file', path: path.relative(cwd, file) || file, fullPath: file });
    } else {
      sources.push({ kind: 'file', path: input, fullPath: full });
    }
  }
  return sources;
}
