// A site's own pages — "About us", "Impressum", "Contact", "Privacy" — are not articles, however
// much text they hold (a weekly edition ran fairkom's "Über uns" as a story). Known by the address
// (its last path segment) or by a title that is only the page's name.
// (\u00FC is ü: an escape keeps the bundled CLI ASCII, scripts/bundle.mjs.)
const PAGE_NAMES = String.raw`about|about-us|about_us|ueber-uns|uber-uns|\u00FCber-uns|ueberuns|impressum|imprint|kontakt|contact|contact-us|datenschutz|privacy|privacy-policy|terms|agb|legal|mentions-legales|a-propos|qui-sommes-nous|chi-siamo|quienes-somos|sobre-nosotros|over-ons`;
const PATH = new RegExp(String.raw`/(?:${PAGE_NAMES})(?:\.html?|\.php)?/?$`, 'i');
const TITLE = /^(?:about(?: us)?|über uns|ueber uns|impressum|imprint|kontakt|contact(?: us)?|datenschutz(?:erklärung)?|privacy(?: policy)?|terms(?: of (?:use|service))?|à propos|qui sommes-nous|mentions légales|chi siamo|quiénes somos|sobre nosotros|over ons)$/i;

function pathOf(url: string | undefined): string {
  try {
    return url ? new URL(url).pathname : '';
  } catch {
    return '';
  }
}

/** The kind of site page (`about`, …) when the page is one, else undefined. */
export function sitePage(url: string | undefined, title: string | undefined): string | undefined {
  const path = pathOf(url);
  const byPath = PATH.exec(path);
  if (byPath) return decodeURIComponent(byPath[0]).replace(/^\/|\/$|\.\w+$/g, '').toLowerCase();
  const clean = title?.trim();
  if (clean && TITLE.test(clean)) return clean.toLowerCase();
  return undefined;
}
