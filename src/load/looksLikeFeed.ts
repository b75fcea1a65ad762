// Is a text a feed rather than a page? Read from its first bytes only, without a parser: a file or
// a URL whose name or content type does not say (a feed served as text/html, a file called "feed").
/** RSS, RDF and Atom roots, or a JSON Feed's version. */
export function looksLikeFeed(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2048);
  if (start.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start);
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(start);
}

