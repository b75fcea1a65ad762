// Where a sentence that is too long for one post may be cut. A cut is never inside a quotation
// (each half would carry one quote mark and put half a sentence in someone's mouth), never inside a
// name ("Washington, | D.C.", "Sergei | Karaganov") and never between a number and its unit
// ("41 | km", "$9 | billion").

/** A cut: the first part ends at `headEnd`, the next part starts at `tailStart`. */
export interface Cut {
  headEnd: number;
  tailStart: number;
}

const OPEN = new Set(['“', '«', '„', '「', '『']);
const CLOSE = new Set(['”', '»', '」', '』']);

/**
 * For every index, whether it lies inside a quotation. One pass; a stray mark that never closes
 * would make the rest of the sentence "inside", which only makes crier more careful.
 */
export function insideQuotes(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') straight = !straight;
    // ” opens a quotation in Swedish and Finnish (” … ”): a close with nothing open opens one.
    else if (OPEN.has(c) || (c === '”' && depth === 0 && text.indexOf('”', i + 1) > i)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    inside[i] = depth > 0 || straight ? 1 : 0;
  }
  return inside;
}

const wordBefore = (text: string, at: number) => /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
const wordAfter = (text: string, at: number) => /^\s*(\S+)/.exec(text.slice(at, at + 40))?.[1] ?? '';

const NAME_WORD = /^[(“"‘]?\p{Lu}/u;
/** Titles and abbreviations that belong to the next word ("Mr. Smith", "No. 7", "St. Louis"). */
const BINDS_NEXT = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|St|Mt|No|Nos|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const NUMBER = /\p{N}[\p{N}.,]*[%€$£¥]?$|^[$€£¥]$/u;
const UNIT_START = /^[\p{L}%°‰€$£¥]/u;

/** True when a cut between these two words would split a name, a title or a number from its unit. */
function bound(before: string, after: string): boolean {
  if (!before || !after) return true;
  if (BINDS_NEXT.test(before)) return true;
  if (NUMBER.test(before) && UNIT_START.test(after)) return true;
  // Two capitalised words in a row are (part of) a name: "Sergei Karaganov", "New START".
  return NAME_WORD.test(before.replace(/[,;:]$/, '')) && NAME_WORD.test(after) && !/[,;:]$/.test(before);
}

/**
 * Cuts at clause ends: after , ; : and around a spaced dash (" — ", " – ", " - "), outside
 * quotations, with at least `minWords` words on each side.
 */
export function clauseCuts(text: string, minWords = 3): Cut[] {
  const inside = insideQuotes(text);
  const cuts: Cut[] = [];
  for (const m of text.matchAll(/([,;:])\s+|\s+[—–-]\s+/g)) {
    const at = m.index;
    if (inside[at]) continue;
    const headEnd = at;
    const tailStart = at + m[0].length;
    const before = wordBefore(text, headEnd);
    const after = wordAfter(text, tailStart);
    // "Helsinki, Finland" and "Washington, D.C." are one name.
    if (m[1] === ',' && NAME_WORD.test(before) && NAME_WORD.test(after) && !/^(?:I|The|A|An)$/.test(after)) continue;
    if (/\d$/.test(before) && /^\d/.test(after)) continue;
    cuts.push({ headEnd, tailStart });
  }
  return cuts.filter((c) => words(text.slice(0, c.headEnd)) >= minWords && words(text.slice(c.tailStart)) >= minWords);
}

/** Cuts between words, outside quotations, never inside a name or between a number and its unit. */
export function wordCuts(text: string, allowInQuotes = false): Cut[] {
  const inside = allowInQuotes ? undefined : insideQuotes(text);
  const cuts: Cut[] = [];
  for (const m of text.matchAll(/\s+/g)) {
    const at = m.index;
    if (at === 0 || at + m[0].length >= text.length) continue;
    if (inside?.[at]) continue;
    if (bound(wordBefore(text, at), wordAfter(text, at + m[0].length))) continue;
    cuts.push({ headEnd: at, tailStart: at + m[0].length });
  }
  return cuts;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
