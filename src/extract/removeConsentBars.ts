// Cookie bars and consent boxes ("<div id=cookie-law-info-bar>Wir verwenden Cookies …</div>") are
// page furniture that Readability can mistake for the story when the story's own markup scores
// low: on incurvy.de it returned the cookie bar and nothing else. Removed before Readability runs,
// by the element's own name; an element holding much text is the page wearing an odd name, and stays.
import { nameWords } from './pageFurniture.js';

const CONSENT_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebar', 'cookiebanner', 'cookienotice', 'cookieconsent']);
/** A consent box says a few sentences; more than this is not one. */
const MAX_TEXT = 1500;

export function removeConsentBars(doc: Document): number {
  let removed = 0;
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.tagName.toUpperCase() === 'BODY' || el.tagName.toUpperCase() === 'HTML') continue;
    if (!nameWords(el).some((w) => CONSENT_WORDS.has(w))) continue;
    if ((el.textContent ?? '').length > MAX_TEXT) continue;
    el.remove();
    removed++;
  }
  return removed;
}
