import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { articleFrom } from '../../helpers/articles.js';

const page = (lang: string) => `<html lang="${lang}"><body><article><h1>Waldorfschule in Erfurt</h1><p>Die Stadt Erfurt unterstützt die Entwicklung der Waldorfschule mit einem neuen Grundstück.</p><p>Der Stadtrat hat am Dienstag zugestimmt, und die Schule in Erfurt freut sich darüber sehr.</p></article></body></html>`;

describe('the language a page declares', () => {
  // eval:editorial: web/cdu-fraktion-erfurt.de.waldorfschule failed with "Incorrect locale information provided".
  it('"de, at, ch" is German, and the page is analysed instead of failing', () => {
    const article = articleFrom(page('de, at, ch'), 'html');
    expect(article.lang).toBe('de');
    expect(() => analyze(article)).not.toThrow();
  });

  it('a lang that is no language tag is ignored and the text decides', () => {
    expect(articleFrom(page('"><x'), 'html').lang).toBe('de');
  });
});
