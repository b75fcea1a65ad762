// What a page says above its story, cleaned for an editor: the publisher's name, the headline
// without the site's name, the byline as names (and not the publisher again).
import { cleanByline } from './cleanByline.js';
import { cleanTitle } from './cleanTitle.js';
import type { PageMetadata } from './metadata.js';
import { abbreviates, domainBrand, siteParts, sourceName } from './sourceName.js';

export interface PageHeadInput {
  metadata: PageMetadata;
  url: string | undefined;
  title: string | undefined;
  byline: string | null | undefined;
  siteName: string | undefined;
}

export interface PageHead {
  fields: { title?: string; source?: string; byline?: string };
  /** A date printed in the byline ("Associated Press November 19, 2019"). */
  bylineDate?: string;
}

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function pageHead(input: PageHeadInput): PageHead {
  const { metadata, url } = input;
  const site = siteParts(url);
  const spellings = [metadata.documentTitle, metadata.title, input.title, input.byline ?? undefined, metadata.handle?.replace(/^@/, '')].filter((s): s is string => Boolean(s));
  const brand = site ? domainBrand(site, [...spellings, ...metadata.siteNames]) : undefined;
  const source = sourceName([...metadata.siteNames, input.siteName], site, brand);
  const head: PageHead = { fields: {} };
  if (source) head.fields.source = source;
  const names = [source, ...metadata.siteNames, input.siteName, brand].filter((n): n is string => Boolean(n));
  if (input.title) head.fields.title = cleanTitle(input.title, names, site);
  const cleaned = cleanByline(input.byline ?? undefined);
  if (cleaned.date) head.bylineDate = cleaned.date;
  const [people = '', ...outlets] = (cleaned.byline ?? '').split(', ');
  // "AP" from hosted.ap.org is "Associated Press" when the byline spells it out.
  const spelledOut = source && /^\p{Lu}{2,4}$/u.test(source) ? outlets.find((o) => abbreviates(source.toLowerCase(), o)) : undefined;
  if (spelledOut) head.fields.source = spelledOut;
  const publisher = [...names, ...(spelledOut ? [spelledOut] : [])];
  const isPublisher = (part: string) => publisher.some((n) => norm(n) === norm(part) || abbreviates(norm(n), part) || (norm(part).length >= 4 && norm(n).includes(norm(part))));
  // "BBC News · BBC News", "AP · Jill Lawless, Associated Press": the publisher is not an author.
  const byline = [people, ...outlets.filter((o) => !isPublisher(o))].filter(Boolean).join(', ');
  if (byline && !isPublisher(people)) head.fields.byline = byline;
  return head;
}
