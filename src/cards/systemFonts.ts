// Finds font files on this machine by name. The folders are the usual font folders of Linux,
// macOS and Windows, or CRIER_FONT_DIRS (separated like PATH) when set. The folders are listed once
// per process, and only when a card needs a font crier does not ship.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function fontDirs(env: NodeJS.ProcessEnv): string[] {
  if (env.CRIER_FONT_DIRS !== undefined) return env.CRIER_FONT_DIRS.split(path.delimiter).filter(Boolean);
  const home = os.homedir();
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local/share/fonts'), path.join(home, '.fonts'), '/Library/Fonts', path.join(home, 'Library/Fonts'), 'C:\\Windows\\Fonts'];
}

const listings = new Map<string, Map<string, string>>();

function walk(dir: string, found: Map<string, string>, depth: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a missing or unreadable folder simply has no fonts
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && depth < 5) walk(full, found, depth + 1);
    else if (!found.has(entry.name)) found.set(entry.name, full);
  }
}

/** The full path of a font file (e.g. "NotoSansArabic-Bold.ttf") in the first folder that has it. */
export function findFont(dirs: string[], file: string): string | undefined {
  const key = dirs.join('\0');
  let found = listings.get(key);
  if (!found) {
    found = new Map();
    for (const dir of dirs) walk(dir, found, 0);
    listings.set(key, found);
  }
  return found.get(file);
}
