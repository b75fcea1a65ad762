// Every editorial finding of one edition, each problem once (the same sentence shown as the lead,
// in the brief and in a post is one problem, reported where the reader meets it first).
import type { EditorialFinding } from './editorialClasses.js';
import { editionFindings } from './editionFindings.js';
import type { EditionText } from './editionText.js';
import { postFindings, type PostContext } from './postFindings.js';
import { sentenceFindings, unitsOf } from './sentenceFindings.js';

export function editorialFindings(edition: EditionText, context: PostContext): EditorialFinding[] {
  const all = [...sentenceFindings(unitsOf(edition), context.lang), ...editionFindings(edition, context), ...postFindings(edition, context)];
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.class}\u0000${f.text.replace(/\s+/g, ' ').trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
