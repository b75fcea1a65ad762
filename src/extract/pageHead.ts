// What a page says above its story, cleaned for an editor: the publisher's name, the headline
// without the site's name, the byline as names (and not the publisher again).
import { cleanByline } from './cleanByline.js';
import { cleanTitle } from './cleanTitle.js';
import type { PageMetadata } from './metadata.js';
import { domainBrand, siteParts, sourceName } from './sourceName.js';

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
  const { byline, date } = cleanByline(input.byline ?? undefined);
  if (date) head.bylineDate = date;
  // "BBC News · BBC News", "CBS News" under CBS News: the publisher is not an author.
  const b = norm(byline);
  if (byline && !names.some((n) => norm(n) === b || (b.length >= 4 && norm(n).includes(b)))) head.fields.byline = byline;
  return head;
}
