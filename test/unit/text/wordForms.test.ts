import { describe, expect, it } from 'vitest';
import { baseForms } from '../../../src/text/wordForms.js';

describe('baseForms', () => {
  it('Russian: the nominative the article uses, or nothing when it only declines the name', () => {
    const forms = baseForms(['В Казани открыли метро.', 'Казань ждала этого.', 'Мэр Москвы приехал.', 'Мэр Путина не упомянул.', 'Жители Москве рады.'], 'ru');
    expect(forms.get('Казани')).toBe('Казань');
    // Only "Путина" (genitive or accusative): no form to show.
    expect(forms.get('Путина')).toBeNull();
  });

  it('Russian: -а is the nominative of a name the article declines, a bare stem wins over its cases', () => {
    const forms = baseForms(['Москва приняла гостей.', 'Из Москвы уехали.', 'В Москве тепло.'], 'ru');
    expect(forms.get('Москвы')).toBe('Москва');
    expect(forms.get('Москве')).toBe('Москва');
    const putin = baseForms(['Путин приехал.', 'У Путина есть план.', 'Путину сказали.'], 'ru');
    expect(putin.get('Путина')).toBe('Путин');
  });

  it('Polish and Ukrainian: stems whose vowel changes are one word', () => {
    const pl = baseForms(['Kraków otworzył linię.', 'Mieszkańcy Krakowa czekali.', 'W Krakowie tłok.'], 'pl');
    expect(pl.get('Krakowa')).toBe('Kraków');
    expect(pl.get('Krakowie')).toBe('Kraków');
    expect(pl.get('linię')).toBeNull();
    const uk = baseForms(['У Львові відкрили міст.', 'Львів чекав.', 'Мер Львова сказав.'], 'uk');
    expect(uk.get('Львові')).toBe('Львів');
    expect(uk.get('Львова')).toBe('Львів');
  });

  // Issue 18: hashtags kept Korean particles ("#엘제이의").
  it('Korean: particles come off; a noun that only ends like one stays whole', () => {
    const forms = baseForms(['엘제이의 공연이 열렸다.', '부산시는 도시철도를 개통했다.', '부산시의 계획이다.', '도시철도 노선이 늘었다.'], 'ko');
    expect(forms.get('엘제이의')).toBe('엘제이');
    expect(forms.get('부산시는')).toBe('부산시');
    expect(forms.get('도시철도')).toBeUndefined();
    expect(forms.get('도시철도를')).toBe('도시철도');
  });

  it('Hebrew and Arabic: a prefix comes off when the article shows the word without it or with another', () => {
    const he = baseForms(['הרכבת בתל אביב נפתחה.', 'הנסיעה לתל אביב קצרה.'], 'he');
    expect(he.get('בתל')).toBe('תל');
    const ar = baseForms(['افتتحت القاهرة المترو.', 'يعيش الملايين بالقاهرة.', 'وصل الوزير للأنفاق.', 'الهيئة القومية للأنفاق.'], 'ar');
    expect(ar.get('بالقاهرة')).toBe('القاهرة');
    // One form, no evidence: "وصل" (arrived) is not "and" + "صل".
    expect(ar.get('وصل')).toBeUndefined();
  });

  it('leaves other languages alone', () => {
    expect(baseForms(['Hamburg baut die U5.'], 'de').size).toBe(0);
  });
});
