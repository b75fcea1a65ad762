// Where the evaluation corpus is (../shared/corpus beside the project), for the eval and bench
// scripts; an eval without it says so and exits 0, so a plain clone never depends on it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const corpus = path.join(root, '../shared/corpus');

/** The corpus folder, or exit with a clear line when `needed` (a file inside it) is missing. */
export function requireCorpus(script, needed) {
  if (!existsSync(path.join(corpus, needed))) {
    console.log(`${script} skipped: ${path.join(corpus, needed)} not found (the evaluation corpus lives beside the project)`);
    process.exit(0);
  }
  return corpus;
}
