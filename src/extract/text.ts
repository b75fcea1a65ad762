// Plain text in the seed's shape: headline line, optional source/byline lines, paragraphs, and
// trailing page boilerplate (removed by the shared boilerplate patterns).
import { removeBoilerplate } from './boilerplate.js';
import { emptyDraft, type ArticleDraft } from './draft.js';
import { parseDateline, parseHeaderLine } from './headerLines.js';
import { splitParagraphs } from './splitParagraphs.js';

/** The headline is one line; longer than this it is a paragraph and the article has no title. */
const MAX_TITLE_LENGTH = 200;

export function extractText(text: string): ArticleDraft {
  const draft = emptyDraft();
  const paragraphs = removeBoilerplate(splitParagraphs(text));
  let start = 0;
  const first = paragraphs[0];
  if (first !== undefined && first.length <= MAX_TITLE_LENGTH && !/[.!?]["”’]?$/.test(first)) {
    draft.title = first;
    start = 1;
    // Up to two header lines (source, byline) may follow the headline.
    for (let i = 0; i < 2; i++) {
      const next = paragraphs[start];
      const rest = paragraphs.length - start;
      const header = next !== undefined && rest > 1 ? parseHeaderLine(next) : undefined;
      if (!header) break;
      if (header.byline && !draft.byline) draft.byline = header.byline;
      if (header.source && !draft.source) draft.source = header.source;
      start++;
    }
  }
  draft.paragraphs = paragraphs.slice(start);
  const lead = draft.paragraphs[0];
  const dateline = lead === undefined ? undefined : parseDateline(lead);
  if (dateline && dateline.rest.length > 0) {
    draft.paragraphs[0] = dateline.rest;
    if (dateline.agency && !draft.source) draft.source = dateline.agency;
  }
  return draft;
}
