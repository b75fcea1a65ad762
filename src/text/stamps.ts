// Lines that are not article text but page furniture that slipped through extraction: timestamps,
// photo captions and credits, byline labels, wire end matter and invitations to subscribe.
// Returned as a short reason, so checks can say what they saw.

const RULES: [string, RegExp][] = [
  ['timestamp', /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:UTC|GMT|BST|CET|CEST|[ECMP][SD]?T)\b/i],
  // A label with a time or date after it: "Updated 10:32 AM ET", not "Posted on social media by…".
  ['timestamp', /^(?:updated|published|posted|last updated|first published|aktualisiert|veröffentlicht|mis à jour|publié)\b[:\s]\D{0,12}\d/i],
  ['timestamp', /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2})?/],
  ['credit', /\b(?:Getty Images|AP Photo|AFP via|via Getty|Shutterstock|Photograph:|Photo:|Photos:|Image:|Credit:|Illustration:|Foto:|Bild:|Picture:)/i],
  ['credit', /\/(?:Getty|AP|Reuters|AFP|EPA|Shutterstock|Bloomberg)\b(?! [a-z])/],
  ['caption', /\b(?:sent (?:us )?(?:this|these) (?:picture|photo|image|video)s?|\(pictured\)|pictured (?:above|below|left|right|here))\b/i],
  ['caption', /^(?:pictured|above|below|left|right|top|bottom|file photo|file)\s*:/i],
  ['caption', /^(?:an? |the )?(?:artist['’]s )?(?:illustration|impression|rendering) (?:of|shows|showing)\b/i],
  // A byline label is a short line of its own; "staff writer David Emery posted…" is a sentence.
  ['byline', /^(?:\S+\s+){0,4}(?:Opinion Columnist|Contributing (?:Writer|Editor|Columnist)|Staff (?:Writer|Reporter)|Sports Writer|Senior (?:Writer|Editor|Correspondent)|Associated Press Writer)\b(?:\s+\S+){0,3}$/i],
  ['end matter', /\b(?:Reporting by|Additional reporting by|Editing by|Writing by|Compiled by|Edited by)\b/i],
  ['end matter', /^(?:Originally published|This (?:article|story|piece) (?:was |first |originally )?(?:published|appeared)|Copyright|©|ⓒ|All rights reserved)/i],
  ['end matter', /(?:^|\s)(?:©|ⓒ|\(c\))\s*\d{4}|\bAll rights reserved\b/i],
  ['invitation', /^(?:Join our|Sign up|Subscribe|Follow (?:us|him|her|them)|Click here|Read more|Related:|RELATED|See also|Watch:|WATCH:|Listen:|Download|Share this|Like us)\b/i],
  ['invitation', /\b(?:sign up for (?:our|the) (?:\w+ )?newsletter|subscribe to (?:our|the) (?:\w+ )?(?:newsletter|podcast|channel)|follow us on)\b/i],
];

/** Why `line` is page furniture rather than article text, or undefined when it reads as text. */
export function stampOrCaption(line: string): string | undefined {
  const text = line.trim();
  for (const [reason, pattern] of RULES) if (pattern.test(text)) return reason;
  return undefined;
}
