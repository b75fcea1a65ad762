// Page furniture that must never reach an Article: share bars, comment prompts, sign-up boxes...
// A list of patterns (not special cases for one file). Each pattern matches a whole short line.

/** Lines that are dropped wherever they appear. */
const LINE_PATTERNS: RegExp[] = [
  /^send (this|it) to a friend$/i,
  /^(share|share this|share this (article|story|post|page)|share on \w+|click to share.*|tweet this)[:!.]?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|print|copy link|messenger|telegram)$/i,
  /^(advertisement|advertising|advert|sponsored( content)?|ad|story continues below( advertisement| gallery| video| image)?)$/i,
  // Gallery counters and media labels left as lines of their own: "1 of 6", "Image", "Video".
  /^\d{1,3} (of|\/) \d{1,3}$/,
  /^(image|images|photo|photos|video|gallery|slideshow|graphic|audio)$/i,
  /^powered by \S.{0,40}$/i,
  // A site's address alone ("smithsonian.com") is a credit line, not a sentence.
  /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
  /^(sign up|subscribe)( (now|today|here))?( (for|to) (our|the) .{0,40}newsletter.*)?[.!]?$/i,
  /^(sign up for|subscribe to) (our|the) .{0,60}(newsletter|briefing|digest).*$/i,
  /^(we use cookies|this (web)?site uses cookies).*$/i,
  /^(accept( all)?( cookies)?|cookie (settings|policy|preferences))$/i,
  /^(follow us( on .{1,40})?|like us on facebook)[.!]?$/i,
  /^(photo|image|picture|credit|photograph)s?( credit)?:\s.{0,120}$/i,
  /^(getty images|reuters|ap photo|afp( via getty images)?)$/i,
  /^(all rights reserved.*|copyright ©.*|© ?\d{4}.*)$/i,
  /^(read more|continue reading|see also|more:)[:.]?$/i,
  /^(posted|filed) (in|under)\s.{0,120}$/i,
  /^tags?:\s.{0,200}$/i,
  // Timestamps and datelines of the page, not of the story.
  /^[|·\s]*(updated|published|posted|last updated|first published|last modified)\b[\s:,]*.{0,60}$/i,
  /^(updated|published)\s.{0,40};\s*(updated|posted|published)\s.{0,40}$/i,
  // Stock phrases of news sites.
  /^(continue reading( below| the main story)?|story continues( below)?|article continues below|you (may|might) also like\.*|don['’]?t miss|see more:.*|read more:.*|read next:.*|watch:.*|listen:.*|more:.*|related:.*|recommended:?)$/i,
  /^(get|read|watch|download) .{0,60} by clicking here\.?$/i,
  /^image \d+ of( \/)? ?\d*$/i,
  /^(caption|close|sign in|sign up|log in|log out|menu|search|home|skip to (main )?content|back to top|next|previous|print this( page| article)?)$/i,
  /^©\s?.{0,80}$/,
  /^https?:\/\/\S+$/i,
  /^by\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|and|&)){0,5}(\s*(,|-|–|—|\|)\s*.{0,60})?$/u,
];

/** Markers after which the rest of the page is comments, related links or footers. */
const TAIL_MARKERS: RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^(\d+ )?(comments?|responses?|replies)( \(\d+\))?:?$/i,
  /^(join|start) the (discussion|conversation)$/i,
  /^(related|related (articles|stories|posts|coverage|content|links|news)|you (may|might) also like|more (from|on) .{1,40}|recommended( for you)?|most (read|popular|viewed)|trending( now)?)[:.…]*$/i,
  /^about the author$/i,
];

const MAX_BOILERPLATE_LINE = 140;

/** Legal and consent lines: matched anywhere in a paragraph of up to this length. */
const LEGAL = /\ball rights reserved\b|\b(as explained in|agree to|read) (our|this|the) (privacy (policy|notice)|terms)\b/i;
const MAX_LEGAL_PARAGRAPH = 600;

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= MAX_LEGAL_PARAGRAPH && LEGAL.test(trimmed)) return true;
  if (trimmed.length === 0 || trimmed.length > MAX_BOILERPLATE_LINE) return false;
  return LINE_PATTERNS.some((pattern) => pattern.test(trimmed)) || TAIL_MARKERS.some((p) => p.test(trimmed));
}

export function isTailMarker(line: string): boolean {
  const trimmed = line.trim().replace(/\s+/g, ' ');
  return trimmed.length <= MAX_BOILERPLATE_LINE && TAIL_MARKERS.some((pattern) => pattern.test(trimmed));
}

/**
 * Removes boilerplate paragraphs. A tail marker in the second half of the text cuts everything after
 * it (comment threads and "Related" lists are whole sections, not single lines).
 */
/** A line that is a label or a menu item rather than prose: few words, no sentence punctuation. */
function isShortLabel(paragraph: string): boolean {
  const words = paragraph.trim().split(/\s+/).length;
  return words <= 4 && !/[.!?:"”]$/.test(paragraph.trim());
}

/**
 * Section labels, menus and "trending" lists sit before the first and after the last paragraph of
 * prose; short lines in the middle are the article's own subheadings and stay.
 */
export function trimLabelEdges(paragraphs: string[]): string[] {
  const isProse = (p: string) => p.split(/\s+/).length >= 8;
  const first = paragraphs.findIndex(isProse);
  if (first < 0) return paragraphs;
  let last = paragraphs.length - 1;
  while (last > first && !isProse(paragraphs[last] ?? '')) last--;
  const head = paragraphs.slice(0, first).filter((p) => !isShortLabel(p));
  const tail = paragraphs.slice(last + 1).filter((p) => !isShortLabel(p));
  return [...head, ...paragraphs.slice(first, last + 1), ...tail];
}

export function removeBoilerplate(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  const half = Math.floor(paragraphs.length / 2);
  for (let i = paragraphs.length - 1; i >= Math.max(1, half); i--) {
    if (isTailMarker(paragraphs[i] ?? '')) end = i;
  }
  return paragraphs.slice(0, end).filter((paragraph) => !isBoilerplateLine(paragraph));
}
