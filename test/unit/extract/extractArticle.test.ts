import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extractArticle.js';
import { articleFromFile, loaded } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

describe('extractArticle', () => {
  it('fills the derived fields of the seed', () => {
    const article = articleFromFile(SEED);
    expect(article.lang).toBe('en');
    expect(article.lede).toBe(article.paragraphs[0]);
    expect(article.text.split('\n\n')).toEqual(article.paragraphs);
    expect(article.wordCount).toBeGreaterThan(450);
    expect(article.wordCount).toBeLessThan(560);
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives an article without a headline its first words as title, with a warning', () => {
    const { article, warnings } = extractArticle(loaded('The mayor resigned on Monday after a long dispute over the budget. More follows.'));
    expect(article.title).toBe('The mayor resigned on Monday after a long dispute over the budget');
    expect(warnings[0]).toMatchObject({ code: 'no-headline', input: 'test.txt', message: expect.stringMatching(/no headline found/) });
  });

  it('refuses a file with only a title or only boilerplate', () => {
    expect(() => extractArticle(loaded('Just a headline'))).toThrow(/has no article text/);
    expect(() => extractArticle(loaded('Leave a Reply\n\nSend this to a friend\n'))).toThrow(/has no article text/);
  });

  it('removes control characters such as NUL from the text', () => {
    const { article } = extractArticle(loaded('Title\n\nA sentence with a \u0000NUL and an \u001b[31mescape.'));
    expect(article.text).toBe('A sentence with a NUL and an [31mescape.');
  });

  it('reports the language of a non-English article', () => {
    const { article } = extractArticle(
      loaded('El ayuntamiento aprueba el nuevo ferry\n\nEl consejo municipal votó el miércoles para financiar un ferry eléctrico entre la plaza del mercado y las islas del este, la primera ruta nueva en dos décadas.'),
    );
    expect(article.lang).toBe('es');
  });
});

describe('extractArticle: invisible characters inside words', () => {
  it('removes soft hyphens and zero-width spaces (a Le Monde page split "réac\u00adtion")', async () => {
    const { articleFrom } = await import('../../helpers/articles.js');
    const article = articleFrom('La réac\u00adtion du gouvernement\n\nLa réac\u00adtion du gouver\u200bnement a été rapide, selon le ministre de l’Intérieur, lundi soir à Paris.');
    expect(article.title).toBe('La réaction du gouvernement');
    expect(article.text).toContain('La réaction du gouvernement a été rapide');
  });
});

describe('extractArticle: bidi controls from a stranger', () => {
  it('drops an open right-to-left override from a headline, so the link a post prints after it does not read backwards', () => {
    const { article } = extractArticle(loaded('Invoice \u202Efdp.exe\n\nA sentence with \u2067an isolate left open and an \u202Bembedding, about the harbour plan the council approved.'));
    expect(article.title).toBe('Invoice fdp.exe');
    expect(article.text).toBe('A sentence with an isolate left open and an embedding, about the harbour plan the council approved.');
  });
  it('keeps the marks right-to-left text uses (RLM, LRM) and the Arabic itself', () => {
    const { article } = extractArticle(loaded('مرحبا \u200Fبالعالم\n\nقال المجلس إن خطة الميناء \u200Eferry 2026 ستبدأ في الربيع المقبل بعد تصويت طويل.'));
    expect(article.title).toBe('مرحبا \u200Fبالعالم');
    expect(article.text).toContain('\u200Eferry 2026');
  });
});

describe('extractArticle: a headline of 100 KB', () => {
  it('cuts it at a word to 300 characters (two of them took the cover card past its memory)', () => {
    const headline = Array.from({ length: 10_000 }, (_, i) => `Word${i} Name${i % 50}`).join(' ').slice(0, 100_000);
    const { article } = extractArticle(loaded(`<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${'The council met on Tuesday to discuss the harbour plan and the new ferry timetable, officials said. '.repeat(5)}</p></article></body></html>`, 'html', 'long.html'));
    expect(article.title.length).toBeLessThanOrEqual(300);
    expect(article.title).toMatch(/^Word0 Name0 Word1 .* (?:Word|Name)\d+…$/);
  });
});
