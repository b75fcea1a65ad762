// The source name as posts print it ("Read the full story (Bloomberg)"). Extraction cleans
// Article.source; this is the last guard of compose: a URL, a bare host, a handle or an empty name is
// never printed as a name — the line then says "Read the full story" and gives the link.

// A scheme, "www.", a handle, a host with a path, or a host in lower case ("hawaiinewsnow.com").
// A brand written as a domain ("Space.com", "CBSSports.com") is the publisher's name and stays.
const NOT_A_NAME = /:\/\/|^www\.|^@|^[\w-]+(?:\.[\w-]+)+\//i;
const LOWER_CASE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export function sourceLabel(source: string | undefined): string | undefined {
  const name = source?.replace(/\s+/g, ' ').trim();
  if (!name || !/[\p{L}\p{N}]/u.test(name) || NOT_A_NAME.test(name) || LOWER_CASE_HOST.test(name)) return undefined;
  return name;
}
