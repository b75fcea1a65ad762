import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED = path.join(ROOT, 'content/putin-bolton-kremlin-talks.txt');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const ARTICLES = path.join(FIXTURES, 'articles');
// The bundled CLI is what `npx crier` runs.
export const CLI = path.join(ROOT, 'dist/bundle/cli.js');

export function tempDir(prefix = 'crier-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
