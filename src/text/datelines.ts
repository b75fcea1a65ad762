// Datelines and wire credits that open news copy: "BUFFALO, N.Y. —", "VIENNA —",
// "SAN DIEGO, California (CNN) --", "(CNN)President", "NEW YORK (Reuters) -",
// "HONOLULU, Hawaii (HawaiiNewsNow) -", "Berlin (dpa) -". They date and place the wire copy; in a
// summary they are noise (the place can live in metadata).

// \u escapes, not the characters (— – À-Ö Ø-Þ ’): the regular expression reads them the same, and
// the bundled CLI stays ASCII, which Node reads several times faster (scripts/bundle.mjs).
const DASH = String.raw`(?:\u2014|\u2013|--|-|:)`;
// A place in capitals, optionally ", State" and "(Agency)": "SAN DIEGO, California (CNN) --".
const CAPS_PLACE = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Z\u00C0-\u00D6\u00D8-\u00DE.'\u2019\- ]*[A-Z\u00C0-\u00D6\u00D8-\u00DE.]`;
const STATE = String.raw`(?:,\s*[A-Z\u00C0-\u00D6\u00D8-\u00DE][\p{L}.'\u2019\- ]{0,30}?)?`;
const AGENCY = String.raw`(?:\s*\([\p{L}\d][\p{L}\d .&/'\u2019-]{0,30}\))?`;
const CAPS_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}${STATE}${AGENCY}\s*${DASH}\s+`, 'u');
// A place in ordinary case needs an agency to be a dateline: "Berlin (dpa) - ".
const AGENCY_DATELINE = new RegExp(String.raw`^[\p{Lu}][\p{L}.'\u2019\- ]{1,30}(?:,\s*[\p{Lu}][\p{L}.'\u2019\- ]{0,30})?\s*\([\p{L}\d][\p{L}\d .&/'\u2019-]{0,30}\)\s*${DASH}\s+`, 'u');
// A credit alone: "(CNN)President ...", "(Reuters) - ...".
const CREDIT_ONLY = new RegExp(String.raw`^\((?:CNN|Reuters|AP|AFP|dpa|EPA|UPI|Bloomberg|PA|ANSA|[A-Z][A-Za-z]+(?:News|Now|Wire)|[A-Z]{2,6})\)\s*(?:${DASH}\s*)?`, 'u');

/** Length of the dateline at the start of `text` (0 when there is none). */
// "Washington, DC, United States: Getting to the Moon…" (Al Jazeera): two to four places in title
// case, separated by commas, then a colon and a capital. (One place and a colon is too often a
// label or a name: "Update: …", "Trump: …".)
const PLACES_COLON = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2}(?:, [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2}){1,3}:\s+(?=[\p{Lu}\d“"])/u;

export function datelineLength(text: string): number {
  for (const pattern of [CREDIT_ONLY, CAPS_DATELINE, AGENCY_DATELINE, PLACES_COLON]) {
    const match = pattern.exec(text);
    // A capitalised word alone before a dash can be an acronym in a sentence ("NASA - the agency");
    // only take it when what follows still reads as a sentence (starts with a capital or a digit).
    if (match && /^[\p{Lu}\d“"„«]/u.test(text.slice(match[0].length))) return match[0].length;
  }
  return 0;
}

/** The text without its dateline, and the dateline (trimmed) when there was one. */
export function stripDateline(text: string): { text: string; dateline?: string } {
  const n = datelineLength(text);
  if (n === 0) return { text };
  return { text: text.slice(n), dateline: text.slice(0, n).replace(/\s*(?:—|–|--|-|:)\s*$/, '').trim() };
}
