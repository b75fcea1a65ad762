// Text from articles and models goes into brief.md and thread.md, which viewers render as Markdown.
// Escaping HTML alone (what this file did before) let Markdown itself through: a title such as
// `x [Claim](javascript:alert(1)) ![](https://tracker/p.gif)` became a live link and a tracking
// image, and a newline followed by `# Heading` a heading. Now every string is escaped so that a
// renderer makes no link, image, heading, list, quote, table or HTML of its own: only the template's
// syntax is live. URLs that the template shows as links (fields named `url`, and the edition's own
// links inside posts) stay bare, as autolinks, after a check that they are plain http(s) URLs.

/** Inline syntax: emphasis, code, links and images, strikethrough, table cells. */
const INLINE = /[\\`*[\]~|]/g;
/** "_" opens emphasis only next to something that is not a letter or digit (snake_case stays). */
const UNDERSCORE = /(?<![\p{L}\p{M}\p{N}])_|_(?![\p{L}\p{M}\p{N}])/gu;
/**
 * At the start of a line: ATX headings, quotes, bullet and ordered lists, rules and setext
 * underlines (- and =), table delimiter rows (:). A hashtag such as #Kremlin is not a heading.
 */
const LINE_START = /^([ \t]*)(#{1,6}(?=[ \t]|$)|[>+\-=:]|\d{1,9}(?=[.)]))/gm;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

function escapeInline(text: string): string {
  return (
    text
      .replace(INLINE, '\\$&')
      .replace(UNDERSCORE, '\\_')
      // An entity would turn into the character it names (&lt;script&gt; into a tag in some viewers).
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
      // "<" before anything a tag, comment or autolink could start with; "x < y" stays readable.
      .replace(/<(?![\s=]|$)/g, '&lt;')
      // GFM turns bare web and email addresses into links.
      .replace(/(https?|ftp):\/\//gi, '$1\\://')
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
      .replace(/([A-Za-z0-9._+-])@(?=[A-Za-z0-9-_]+\.)/g, '$1\\@')
  );
}

function escapeLineStarts(text: string): string {
  // A digit run before "." or ")" is an ordered list marker: escape the punctuation after it.
  return text.replace(LINE_START, (_, space: string, marker: string) => (/\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}

/**
 * Text for one place on a line of a Markdown template. Line breaks become spaces: a field never
 * starts a block of its own. With `multiline`, line breaks stay and every line is escaped.
 */
export function escapeMarkdownText(text: string, options: { multiline?: boolean } = {}): string {
  // Indentation in a post means nothing, and four spaces after a blank line would make code.
  // (Leading spaces would do the same after a list marker in the template.)
  const flat = options.multiline ? text.replace(LINE_BREAKS, '\n').replace(/^[ \t]+/gm, '') : text.replace(LINE_BREAKS, ' ').replace(/^[ \t]+/, '');
  // Leading markers are escaped after the inline pass, which never adds a character at a line start.
  return escapeLineStarts(escapeInline(flat));
}

/** An http(s) URL that a renderer takes whole as one autolink, without escaping. */
function isBareUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"'`\\\p{Cc}]+$/iu.test(url) && URL.canParse(url);
}

/** A URL the template shows as a link: plain http(s) only; anything else is dropped. */
export function markdownUrl(url: string): string | null {
  if (isBareUrl(url)) return url;
  try {
    const parsed = new URL(url.trim());
    // href percent-encodes spaces, quotes, < and >: the autolink cannot end early or open a tag.
    return /^https?:$/.test(parsed.protocol) && isBareUrl(parsed.href) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Escapes post text, leaving the edition's own links (from compose) as bare autolinks. */
export function escapeMarkdownPost(text: string, links: readonly string[]): string {
  const safe = [...new Set(links)].filter((l) => isBareUrl(l) && text.includes(l)).sort((a, b) => b.length - a.length);
  if (safe.length === 0) return escapeMarkdownText(text, { multiline: true });
  const pattern = new RegExp(safe.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += escapeMarkdownText(text.slice(last, match.index), { multiline: true }) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeMarkdownText(text.slice(last), { multiline: true });
}

export interface MarkdownEscapeOptions {
  /** The edition's own links: kept as links where posts (`posts[].text`) contain them. */
  links?: readonly string[];
}

/**
 * Escapes every string inside a template's data: `url` fields as URLs, post texts with their line
 * breaks, everything else as one line of text. Numbers, booleans and null pass through.
 */
export function escapeDeep<T>(value: T, options: MarkdownEscapeOptions = {}, key = '', parent = ''): T {
  if (typeof value === 'string') {
    if (key === 'url') return markdownUrl(value) as T;
    if (key === 'text' && parent === 'posts') return escapeMarkdownPost(value, options.links ?? []) as T;
    return escapeMarkdownText(value) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => escapeDeep(v, options, key, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v, options, k, key);
    return out as T;
  }
  return value;
}
