// Which cards an edition gets and what they say, decided before anything is drawn: the email's
// lead image, thread.json and schedule.csv name the cards while they render beside the email.
// A card whose text needs a font this machine lacks is left out with a warning, never drawn with
// blank or boxed letters.
import { formatDate } from '../compose/formatDate.js';
import type { DigestEdition, Edition } from '../compose/types.js';
import { t } from '../i18n/t.js';
import { missingFonts } from './cardFonts.js';
import { cardUrl, type CardContext } from './cardContext.js';
import { cardText, type CardSpec } from './cardTypes.js';
import { withoutEmoji } from './scripts.js';
import { strongQuote } from './strongQuote.js';

export interface CardPlan {
  cards: CardSpec[];
  warnings: string[];
  /** The email's lead image (cards.leadImage with cards.baseUrl, when the article has none). */
  lead?: { src: string; alt: string };
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction of the text's first letter (a Hebrew headline is right-to-left whatever the language detector said). */
function direction(text: string): 'ltr' | 'rtl' {
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return RTL.test(first) ? 'rtl' : 'ltr';
}

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join(' · ');

function keepDrawable(cards: CardSpec[], context: CardContext, warnings: string[]): CardSpec[] {
  return cards.filter((card) => {
    const missing = missingFonts(cardText(card), context.fontDirs);
    if (missing.length === 0) return true;
    const what = missing.map((m) => `${m.label} (${m.file}, Debian package ${m.debian})`).join(', ');
    warnings.push(`${card.path} left out: no font for ${what}; install it (apt-get install ${[...new Set(missing.map((m) => m.debian))].join(' ')}) or point CRIER_FONT_DIRS at a folder that has it`);
    return false;
  });
}

export function planArticleCards(edition: Edition, context: CardContext): CardPlan {
  const n = edition.newsletter;
  const lang = n.lang;
  const headline = withoutEmoji(n.headline);
  // The card's masthead says what the email's does (a default name is in the edition's language).
  const base = { lang, brand: { ...context.brand, name: n.name } };
  const cards: CardSpec[] = [];
  // (A headline of emoji alone leaves nothing to draw.)
  if (headline) cards.push({ ...base, kind: 'article', path: 'card.png', dir: direction(headline), headline, meta: join(n.source, n.date ?? formatDate(edition.date, lang)), alt: n.source ? `${headline} — ${n.source}` : headline });
  const quote = context.quote ? strongQuote(edition.summary.quotes) : undefined;
  if (quote?.speaker) {
    // analyze/ credits the speaker with their full name and role from the article's first mention.
    const text = withoutEmoji(quote.text);
    const credit = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
    cards.push({ ...base, kind: 'quote', path: 'quote-card.png', dir: direction(text), text, speaker: quote.speaker, ...(quote.role ? { role: quote.role } : {}), meta: join(headline, n.source), alt: `${t(lang, 'quote', { text })} — ${credit}` });
  }
  const warnings: string[] = [];
  const drawable = keepDrawable(cards, context, warnings);
  const plan: CardPlan = { cards: drawable, warnings };
  const card = drawable.find((c) => c.path === 'card.png');
  if (context.leadImage && card && !n.image) {
    const src = cardUrl(context, edition.slug, card.path);
    if (src) plan.lead = { src, alt: card.alt };
    else warnings.push('cards.leadImage is on but cards.baseUrl is not set: the email has no lead image (email images need an absolute https address; set cards.baseUrl to where the output folder is published)');
  }
  return plan;
}

export function planCoverCard(digest: DigestEdition, context: CardContext): CardPlan {
  const headlines = digest.stories.slice(0, 3).map((s) => withoutEmoji(s.headline));
  const lang = digest.lang;
  const card: CardSpec = {
    kind: 'cover',
    path: 'card.png',
    lang,
    dir: direction(headlines.join(' ')),
    brand: { ...context.brand, name: digest.name },
    edition: digest.edition !== undefined ? t(lang, 'editionNumber', { n: digest.edition }) : '',
    period: digest.period.label,
    headlines,
    alt: `${digest.title}: ${headlines.join('; ')}`,
  };
  const warnings: string[] = [];
  return { cards: keepDrawable([card], context, warnings), warnings };
}
