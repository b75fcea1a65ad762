// The classes of copy an editor would have to fix before sending (issue 15/16 of the project), in
// one list: `crier check` reports them and `npm run eval:editorial` counts them per edition.
export const EDITORIAL_CLASSES = [
  'brokenQuote',
  'dateline',
  'stampOrCaption',
  'danglingOpener',
  'pronounLead',
  'firstPerson',
  'repeatedQuote',
  'shortSpeaker',
  'sourceName',
  'placeholderDate',
  'badKeyword',
  'repeatedLine',
  'bodyOrphan',
  'altIsHeadline',
  'titleSiteName',
  'bylineNotName',
  'staleTime',
  'fragmentPost',
  'foreignUrl',
  'missingLink',
  'bareHeadlineHook',
  'badHashtag',
  'linkedinNumbered',
] as const;

export type EditorialClass = (typeof EDITORIAL_CLASSES)[number];

export interface EditorialFinding {
  class: EditorialClass;
  level: 'error' | 'warning';
  /** Where the reader meets it: "email bullet", "post x 3", "brief keywords"... */
  where: string;
  /** The offending text (or a short description). */
  text: string;
}

/** Broken quotations and a quote printed twice are errors; the rest are warnings. */
export const ERROR_CLASSES: ReadonlySet<EditorialClass> = new Set(['brokenQuote', 'repeatedQuote']);
