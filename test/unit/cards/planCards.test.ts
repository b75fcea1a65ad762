import { describe, expect, it } from 'vitest';
import type { CardContext } from '../../../src/cards/cardContext.js';
import { planArticleCards } from '../../../src/cards/planCards.js';
import { articleFrom } from '../../helpers/articles.js';
import { editionOf, seedEdition } from '../../helpers/seedEdition.js';

const context = (extra: Partial<CardContext> = {}): CardContext => ({ brand: { name: 'The Brief', color: '#1a56db' }, fontDirs: ['/usr/share/fonts'], leadImage: false, quote: true, ...extra });
const korean = () => editionOf(articleFrom('# 서울시의회, 새 페리 노선 예산 승인\n\n서울시의회는 월요일 회의에서 새 페리 노선 예산을 승인했다. 첫 페리는 2027년 가을에 운항할 예정이다.'));

describe('which cards an edition gets', () => {
  it('plans card.png with the headline, source and date, and quote-card.png for the seed', async () => {
    const plan = planArticleCards(await seedEdition(), context());
    expect(plan.cards.map((c) => c.path)).toEqual(['card.png', 'quote-card.png']);
    expect(plan.cards[0]).toMatchObject({ kind: 'article', headline: 'Putin, top Trump aide see hope of better ties in Kremlin talks', alt: 'Putin, top Trump aide see hope of better ties in Kremlin talks — Bloomberg' });
    expect(plan.cards[1]).toMatchObject({ kind: 'quote', speaker: 'Vladimir Putin', role: 'Russian President' });
    expect(plan.warnings).toEqual([]);
  });

  it('has no quote card when cards.quote is off', async () => {
    expect(planArticleCards(await seedEdition(), context({ quote: false })).cards.map((c) => c.path)).toEqual(['card.png']);
  });

  it('leaves out a card whose script has no font on this machine, and says which package to install', async () => {
    const plan = planArticleCards(await korean(), context({ fontDirs: [] }));
    expect(plan.cards).toEqual([]);
    expect(plan.warnings.join('\n')).toMatch(/card\.png left out: no font for Chinese, Japanese or Korean \(NotoSansCJK-Bold\.ttc, Debian package fonts-noto-cjk\); install it \(apt-get install fonts-noto-cjk\)/);
  });

  it('uses the card as the email’s lead image only with cards.baseUrl (an email needs an absolute https address)', async () => {
    const edition = await seedEdition();
    const withUrl = planArticleCards(edition, context({ leadImage: true, baseUrl: 'https://news.example.com/editions' }));
    expect(withUrl.lead).toEqual({ src: `https://news.example.com/editions/${edition.slug}/card.png`, alt: 'Putin, top Trump aide see hope of better ties in Kremlin talks — Bloomberg' });
    const without = planArticleCards(edition, context({ leadImage: true }));
    expect(without.lead).toBeUndefined();
    expect(without.warnings.join()).toMatch(/cards\.leadImage is on but cards\.baseUrl is not set: the email has no lead image/);
  });

  it('keeps the article’s own image as the lead', async () => {
    const edition = await seedEdition();
    edition.newsletter.image = { src: 'https://example.com/photo.jpg', alt: 'Photo' };
    expect(planArticleCards(edition, context({ leadImage: true, baseUrl: 'https://news.example.com' })).lead).toBeUndefined();
  });

  it('draws a right-to-left headline right to left', async () => {
    const edition = await editionOf(articleFrom('# המועצה אישרה את קו המעבורת החדש\n\nהמועצה אישרה ביום שני את התקציב לקו המעבורת החדש בין כיכר השוק לאיים. המעבורת הראשונה תפליג בסתיו 2027.'));
    expect(planArticleCards(edition, context()).cards[0]?.dir).toBe('rtl');
  });

  it('leaves emoji out of the card (no colour emoji font offline)', async () => {
    const edition = await seedEdition();
    edition.newsletter.headline = '🚀 Ferry line funded 🎉';
    expect(planArticleCards(edition, context()).cards[0]).toMatchObject({ headline: 'Ferry line funded' });
  });
});
