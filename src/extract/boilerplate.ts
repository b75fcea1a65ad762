// Page furniture that must never reach an Article: share bars, comment prompts, sign-up boxes...
// A list of patterns (not special cases for one file). Each pattern matches a whole short line.

/** Lines that are dropped wherever they appear. */
const LINE_PATTERNS: RegExp[] = [
  /^send (this|it) to a friend$/i,
  /^(share|share this|share this (article|story|post|page)|share on \w+|click to share.*|tweet this)[:!.]?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|print|copy link|messenger|telegram)$/i,
  /^(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?)$/i,
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
];

/** Markers after which the rest of the page is comments, related links or footers. */
const TAIL_MARKERS: RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^(\d+ )?(comments?|responses?|replies)( \(\d+\))?:?$/i,
  /^(join|start) the (discussion|conversation)$/i,
  /^(related|related (articles|stories|posts|coverage|content|links)|you (may|might) also like|more (from|on) .{1,40}|recommended( for you)?|most (read|popular|viewed)|trending( now)?)[:.]?$/i,
  /^about the author$/i,
];

const MAX_BOILERPLATE_LINE = 140;

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0 || trimmed.length > MAX_BOILERPLATE_LINE) return false;
  return LINE_PATTERNS.some((pattern) => pattern.test(trimmed)) || TAIL_MARKERS.some((p) => p.test(trimmed));
}

function isTailMarker(line: string): boolean {
  const trimmed = line.trim().replace(/\s+/g, ' ');
  return trimmed.length <= MAX_BOILERPLATE_LINE && TAIL_MARKERS.some((pattern) => pattern.test(trimmed));
}

/**
 * Removes boilerplate paragraphs. A tail marker in the second half of the text cuts everything after
 * it (comment threads and "Related" lists are whole sections, not single lines).
 */
export function removeBoilerplate(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  const half = Math.floor(paragraphs.length / 2);
  for (let i = paragraphs.length - 1; i >= Math.max(1, half); i--) {
    if (isTailMarker(paragraphs[i] ?? '')) end = i;
  }
  return paragraphs.slice(0, end).filter((paragraph) => !isBoilerplateLine(paragraph));
}
