// Checks on the sentences an edition prints as its own (lede, bullets, brief, key quote): each must
// stand alone — whole quotations, no dateline, no page furniture, no leaning on a sentence the
// reader never saw, no author's "I" in a bullet, no day words that go stale in an inbox.
import { datelineLength } from '../../text/datelines.js';
import { authorFirstPerson, danglingOpener, pronounLead } from '../../text/openers.js';
import { hasUnbalancedQuotes, withoutQuotations } from '../../text/quoteMarks.js';
import { stampOrCaption } from '../../text/stamps.js';
import { staleTime } from '../../text/staleTime.js';
import type { EditorialFinding } from './editorialClasses.js';
import type { EditionText } from './editionText.js';

const TERMINAL = /[.!?…”"»」)\]'’:;]$/;

export interface Unit {
  where: string;
  text: string;
  /** Leads are the first thing a reader sees: a pronoun there names nobody. */
  lead?: boolean;
  /** Bullets are the author's claims in short: first person does not belong there. */
  bullet?: boolean;
}

export function unitsOf(edition: EditionText): Unit[] {
  const units: Unit[] = [];
  edition.lede.forEach((text, i) => units.push({ where: 'email lede', text, lead: i === 0 }));
  edition.bullets.forEach((text) => units.push({ where: 'email bullet', text, bullet: true }));
  edition.brief.summary.forEach((text, i) => units.push({ where: 'brief summary', text, lead: i === 0 }));
  edition.brief.bullets.forEach((text) => units.push({ where: 'brief bullet', text, bullet: true }));
  if (edition.brief.whyItMatters) units.push({ where: 'brief why it matters', text: edition.brief.whyItMatters });
  return units;
}

export function sentenceFindings(units: Unit[], lang: string): EditorialFinding[] {
  const findings: EditorialFinding[] = [];
  const add = (finding: EditorialFinding['class'], unit: Unit, level: 'error' | 'warning' = 'warning') =>
    findings.push({ class: finding, level, where: unit.where, text: unit.text });
  for (const unit of units) {
    const text = unit.text.trim();
    if (hasUnbalancedQuotes(text)) add('brokenQuote', unit, 'error');
    if (datelineLength(text) > 0) add('dateline', unit);
    if (stampOrCaption(text) || (text.split(/\s+/).length > 3 && !TERMINAL.test(text))) add('stampOrCaption', unit);
    if (danglingOpener(text, lang)) add('danglingOpener', unit);
    if (unit.lead && pronounLead(text, lang)) add('pronounLead', unit);
    if (unit.bullet && authorFirstPerson(withoutQuotations(text), lang)) add('firstPerson', unit);
    if (staleTime(text, lang)) add('staleTime', unit);
  }
  return findings;
}
