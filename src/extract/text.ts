// Plain text in the seed's shape: headline line, optional source/byline lines, paragraphs, and
// trailing page boilerplate (removed by the shared boilerplate patterns).
import { isBoilerplateLine, isTailMarker, removeBoilerplate } from './boilerplate.js';
import { cleanByline } from './cleanByline.js';
import { emptyDraft, type ArticleDraft } from './draft.js';
import { parseDateline, parseHeaderLine } from './headerLines.js';
import { splitParagraphs } from './splitParagraphs.js';

/** The headline is one line; longer than this it is a paragraph and the article has no title. */
const MAX_TITLE_LENGTH = 200;

export function extractText(text: string): ArticleDraft {
  const draft = emptyDraft();
  // Headline and header lines are read before boilerplate removal: a "By Jane Doe" line is
  // boilerplate inside a page but the byline at the top of a story.
  const raw = splitParagraphs(text);
  let start = 0;
  const first = raw[0];
  if (first !== undefined && first.length <= MAX_TITLE_LENGTH && !/[.!?]["”’]?$/.test(first) && !isBoilerplateLine(first)) {
    draft.title = first;
    start = 1;
    // Up to two header lines (source, byline) may follow the headline, and a date line (three in all).
    for (let i = 0; i < 3; i++) {
      const next = raw[start];
      const rest = raw.length - start;
      const header = next !== undefined && rest > 1 && !isTailMarker(next) ? parseHeaderLine(next) : undefined;
      if (!header || (i === 2 && !header.publishedAt)) break;
      if (header.byline) {
        // "By GREG BEACHAM, AP Sports Writer" -> byline "Greg Beacham", source "AP"; "By admin" -> none.
        const [people, ...outlets] = (cleanByline(next).byline ?? '').split(', ');
        if (people && !draft.byline) draft.byline = people;
        if (outlets.length && !draft.source) draft.source = outlets.join(', ');
      } else if (header.source && !draft.source) draft.source = header.source;
      if (header.publishedAt && !draft.publishedAt) draft.publishedAt = header.publishedAt;
      start++;
    }
  }
  draft.paragraphs = removeBoilerplate(raw.slice(start));
  const lead = draft.paragraphs[0];
  const dateline = lead === undefined ? undefined : parseDateline(lead);
  if (dateline && dateline.rest.length > 0) {
    draft.paragraphs[0] = dateline.rest;
    if (dateline.agency && !draft.source) draft.source = dateline.agency;
  }
  return draft;
}
