// A file in a --templates folder that crier never reads ("footer.mjml.hbs" at the top instead of in
// partials/, "newsleter.mjml.hbs") changes nothing, and silence makes that look like a crier bug: the
// build says which file and where it probably belongs.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { closest } from '../text/closest.js';

/** locales/<lang>.json: interface text that overrides the built-in catalogue of that language. */
export const LOCALE_FILE = /^locales\/[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*\.json$/;

/** Files other than templates that a templates folder may hold without a word. */
const NOT_TEMPLATES = /^(readme|license|licence|changelog)(\.|$)/i;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else if (!NOT_TEMPLATES.test(entry.name)) files.push(rel);
  }
  return files;
}

/**
 * One warning per file under `dir` that overrides nothing, with the probable intended place.
 * `known` are the paths crier reads (relative, "/"-separated); any `partials/<name>.hbs` is a partial.
 */
export async function unusedOverrides(dir: string, shown: string, known: string[], builtinPartials: string[]): Promise<string[]> {
  const partials = builtinPartials.map((p) => `partials/${p}`);
  const candidates = [...known, ...partials];
  const warnings: string[] = [];
  for (const file of await listFiles(dir)) {
    if (known.includes(file) || /^partials\/[^/]+\.hbs$/.test(file) || LOCALE_FILE.test(file)) continue;
    const base = path.posix.basename(file);
    const guess =
      candidates.find((c) => path.posix.basename(c) === base) ??
      candidates.find((c) => c === `${file}.hbs`) ??
      closest(file, candidates) ??
      closest(base, candidates.map((c) => path.posix.basename(c)));
    const where = guess ? (candidates.includes(guess) ? guess : candidates.find((c) => path.posix.basename(c) === guess)) : undefined;
    const at = (p: string) => path.join(shown, p);
    warnings.push(
      where
        ? `${at(file)} overrides no template and is ignored: did you mean ${at(where)}?`
        : `${at(file)} overrides no template and is ignored (crier reads ${known.filter((k) => !k.startsWith('themes/')).join(', ')}, partials/<name>.hbs, themes/<theme>/newsletter.mjml.hbs and locales/<lang>.json)`,
    );
  }
  return warnings;
}
