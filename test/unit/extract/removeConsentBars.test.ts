import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removeConsentBars } from '../../../src/extract/removeConsentBars.js';

const story = 'Nach der ganzen Hektik war es genau das Richtige, sich selbst etwas Gutes zu tun. '.repeat(30);

describe('removeConsentBars', () => {
  it('removes a cookie bar and a consent box by their names, and keeps the story', () => {
    const { document } = parseHTML(`<html><body>
      <div id="cookie-law-info-bar">Wir verwenden Cookies, um unsere Website zu verbessern. OK</div>
      <div class="gdpr-consent">Ja, ich bin interessiert am Empfang von Angeboten.</div>
      <article class="post"><p>${story}</p></article></body></html>`);
    expect(removeConsentBars(document as unknown as Document)).toBe(2);
    expect(document.body.textContent).not.toMatch(/Cookies|interessiert/);
    expect(document.body.textContent).toContain('Nach der ganzen Hektik');
  });

  it('keeps an element with a consent-like name that holds the page (a theme that names its wrapper "cookie-…")', () => {
    const { document } = parseHTML(`<html><body><div class="cookie-wrapper"><p>${story}</p></div></body></html>`);
    expect(removeConsentBars(document as unknown as Document)).toBe(0);
    expect(document.body.textContent).toContain('Nach der ganzen Hektik');
  });

  it('does not read a word inside another word ("cookiecutter-theme" is a theme)', () => {
    const { document } = parseHTML('<html><body><div class="cookiecutter-theme">Short line</div></body></html>');
    expect(removeConsentBars(document as unknown as Document)).toBe(0);
  });
});
