// Quote marks that must come in pairs. A sentence cut inside a quotation ("He said “we will.")
// has one mark too many or too few; such a sentence is never printed as it is.
// Single quotes are left out on purpose: ’ and ' are mostly apostrophes (don’t, the Smiths’).

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** True when the double quote marks of `text` do not pair up, in any of the usual conventions. */
export function hasUnbalancedQuotes(text: string): boolean {
  if (count(text, '"') % 2 !== 0) return true;
  if (count(text, '«') !== count(text, '»')) return true;
  if (count(text, '「') !== count(text, '」') || count(text, '『') !== count(text, '』')) return true;
  const low = count(text, '„');
  const open = count(text, '“');
  const close = count(text, '”');
  // German and others: „…“ (or „…”); every low mark needs one closing mark.
  if (low > 0) return low !== open + close;
  // Swedish and Finnish use ” on both sides.
  if (open === 0) return close % 2 !== 0;
  return open !== close || closesFirst(text);
}

/**
 * A closing ” before its opening “ ("…41 km,” said Berg. “We will…"): the counts pair up, yet the
 * text holds the end of one quotation and the start of another — two halves, no whole.
 */
function closesFirst(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”' && --depth < 0) return true;
  }
  return false;
}

/** The text with quoted spans removed (to look at what the author, not the speaker, says). */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|"[^"]*"|「[^」]*」/g, ' ');
}
