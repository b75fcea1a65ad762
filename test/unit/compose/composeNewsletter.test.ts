import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeNewsletter } from '../../../src/compose/composeNewsletter.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import type { Article } from '../../../src/types.js';
import { articleFrom, articleFromFile } from '../../helpers/articles.js';
import { SEED } from '../../helpers/paths.js';

async function newsletterOf(article: Article) {
  const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 4 });
  return { summary, newsletter: composeNewsletter(article, summary, DEFAULT_CONFIG) };
}

describe('composeNewsletter', () => {
  it('leads with the first summary sentence, lists the others as bullets, and never repeats them in the excerpt', async () => {
    const { summary, newsletter } = await newsletterOf(articleFromFile(SEED));
    expect(newsletter.lede).toEqual(summary.sentences.slice(0, 1));
    expect(newsletter.bullets).toEqual(summary.sentences.slice(1));
    for (const sentence of summary.sentences) expect(newsletter.excerpt.join(' ')).not.toContain(sentence);
  });

  it('cuts a subject longer than inboxes show (78 characters) at a word; the headline stays whole', async () => {
    const title = 'The Captain’s Quest 2017 – Contest auf schwimmender Miniramp am 19. August in Dormagen am Rhein';
    const article = { ...articleFrom(`${title}\n\nAm 19. August findet in Dormagen ein Skateboard-Contest auf einer schwimmenden Miniramp statt, teilten die Veranstalter mit.\n\nDie Rampe liegt auf dem Rhein und trägt bis zu zehn Fahrer gleichzeitig.`), title, lang: 'de' };
    const { newsletter } = await newsletterOf(article);
    expect(newsletter.headline).toBe(title);
    expect([...newsletter.subject].length).toBeLessThanOrEqual(78);
    expect(newsletter.subject).toMatch(/^The Captain’s Quest 2017 – Contest auf schwimmender Miniramp .*\p{L}…$/u);
  });

  it('never prints the key quote again right below it (the seed printed it twice), and credits it in full', async () => {
    const { newsletter } = await newsletterOf(articleFromFile(SEED));
    const quote = newsletter.quote?.text ?? '';
    expect(quote.length).toBeGreaterThan(20);
    for (const line of [...newsletter.lede, ...newsletter.bullets, ...newsletter.excerpt]) expect(line).not.toContain(quote);
    expect(newsletter.quote).toMatchObject({ speaker: 'Vladimir Putin', role: 'Russian President' });
  });

  it('prints the story’s own paragraphs whole, never one that opens on a word leaning on the one before', async () => {
    const text = 'Ferry line approved\n\nThe city council voted on Monday to fund a new ferry line between the market square and the islands.\n\nThey are only a side effect of the plan, critics say, and will cost more than the bridge did.\n\nIslanders have asked for a ferry since the old bridge closed in the storm of 2015, the mayor said.\n\nHere is how the money is split:\n\nThe first ferry is due in the autumn of 2027, and tickets will cost less than the bus does today.';
    const { newsletter } = await newsletterOf(articleFrom(text));
    for (const p of newsletter.excerpt) {
      expect(p).not.toMatch(/^They |:$/);
      expect(text).toContain(p);
    }
  });

  it('leaves out body paragraphs in the first person or pointing at what the email does not carry', async () => {
    const text = 'Server bug found\n\nA researcher found a bug that lets anyone crash a game server with one packet, the company said on Monday.\n\nIn my case, I chose to create lists within lists, down to five levels deep, to see what the server would do.\n\nThis is a json representation of what it looks like when the packet is sent to the server.\n\nThe company said a fix would ship to every server within the week, and asked players to update.';
    const { newsletter } = await newsletterOf(articleFrom(text));
    expect(newsletter.excerpt.join(' ')).not.toMatch(/In my case|json representation/);
  });

  it('names a newsletter with the default name in the edition’s language (a German edition said "The Brief")', async () => {
    const german = articleFrom('Neue Fährlinie beschlossen\n\nDer Stadtrat hat am Montag beschlossen, eine neue Fährlinie zwischen dem Marktplatz und den Inseln zu finanzieren. Die erste Fähre soll im Herbst 2027 fahren, sagte die Bürgermeisterin.');
    expect(german.lang).toBe('de');
    expect(composeNewsletter(german, (await newsletterOf(german)).summary, DEFAULT_CONFIG).name).toBe('Das Briefing');
    const named = { ...DEFAULT_CONFIG, newsletter: { ...DEFAULT_CONFIG.newsletter, name: 'Hafenpost' } };
    expect(composeNewsletter(german, (await newsletterOf(german)).summary, named).name).toBe('Hafenpost');
  });

  it('writes a 40-130 character preheader that is not the start of the body', async () => {
    const { newsletter } = await newsletterOf(articleFromFile(SEED));
    expect(newsletter.preheader.length).toBeGreaterThanOrEqual(40);
    expect(newsletter.preheader.length).toBeLessThanOrEqual(130);
    expect(newsletter.lede[0]?.startsWith(newsletter.preheader.slice(0, 30))).toBe(false);
  });

  it('sets lang and dir from the article (right-to-left for Arabic)', async () => {
    const arabic = articleFrom('أخبار العبارة\n\nصوت المجلس يوم الاثنين على تمويل خط العبارة الجديد بين ساحة السوق والجزر. ومن المقرر أن تبدأ العبارة الأولى في خريف العام المقبل.');
    const { newsletter } = await newsletterOf(arabic);
    expect(newsletter).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect((await newsletterOf(articleFromFile(SEED))).newsletter).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  // Bug: an image without alt text got the headline as its alt, so image-blocking clients showed the headline twice.
  it('gives the lead image its own alt text or none, never the headline', async () => {
    const article = { ...articleFromFile(SEED), images: [{ src: 'https://example.com/lead.jpg', alt: '' }] };
    expect((await newsletterOf(article)).newsletter.image).toEqual({ src: 'https://example.com/lead.jpg', alt: '' });
    const described = { ...article, images: [{ src: 'https://example.com/lead.jpg', alt: 'Putin and Bolton at the Kremlin' }] };
    expect((await newsletterOf(described)).newsletter.image?.alt).toBe('Putin and Bolton at the Kremlin');
  });
});
