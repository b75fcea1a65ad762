// The weekly edition's subject line: what a reader decides on in the inbox. By default the top two
// or three headlines, each shortened at a word when they would not fit, joined by " · ", at most 78
// characters (where inboxes cut it); never the bare newsletter name — the From line says that.
// `--title` overrides it.

/** Where inboxes cut a subject; `crier check` warns past it too (check/checkEmail.ts). */
export const SUBJECT_MAX = 78;
const SEPARATOR = ' · ';
/** A headline shortened to less than this is no longer a headline. */
const MIN_PART = 24;

/** Characters as a reader counts them (an emoji is one). */
const length = (s: string) => [...s].length;

/** Cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (length(clean) <= max) return clean;
  const chars = [...clean].slice(0, max - 1).join('');
  const space = chars.lastIndexOf(' ');
  // A text without spaces (Chinese, Japanese) is cut at the character.
  const cut = space >= max / 2 ? chars.slice(0, space) : chars;
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

export function subjectLine(headlines: string[], max = SUBJECT_MAX): string {
  const clean = headlines.map((h) => h.replace(/\s+/g, ' ').trim().replace(/[.]$/, '')).filter(Boolean);
  if (clean.length === 0) return '';
  for (const count of [3, 2]) {
    const parts = clean.slice(0, count);
    if (parts.length === count && length(parts.join(SEPARATOR)) <= max) return parts.join(SEPARATOR);
  }
  const [first, second] = clean as [string, string | undefined];
  if (second === undefined) return shorten(first, max);
  // Two headlines, the longer one shortened first, each to no less than MIN_PART characters.
  const room = max - length(SEPARATOR);
  let [a, b] = [length(first), length(second)];
  while (a + b > room) {
    if (a >= b && a > MIN_PART) a--;
    else if (b > MIN_PART) b--;
    else break;
  }
  if (a + b > room) return shorten(first, max);
  return `${shorten(first, a)}${SEPARATOR}${shorten(second, b)}`;
}
