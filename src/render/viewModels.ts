// Edition -> the exact objects the templates see. Handlebars strict mode throws on a missing key,
// so every optional field is present here, as null when it has no value.
import type { CrierConfig } from '../config/defaults.js';
import { formatDate } from '../compose/formatDate.js';
import { creditOf } from '../compose/credit.js';
import { makePlatforms } from '../platforms/platforms.js';
import type { ThreadMedia } from '../cards/media.js';
import type { Edition } from '../compose/types.js';
import { threadsForTemplate } from './threadFiles.js';

export function newsletterContext(edition: Edition, config: CrierConfig) {
  const n = edition.newsletter;
  return {
    ...n,
    source: n.source ?? null,
    byline: n.byline ?? null,
    label: n.label ?? null,
    date: n.date ?? null,
    quote: n.quote ? { text: n.quote.text, speaker: n.quote.speaker ?? null, role: n.quote.role ?? null, credit: creditOf(n.quote) } : null,
    image: n.image ?? null,
    url: n.url ?? null,
    address: config.newsletter.address ?? null,
    unsubscribe: config.newsletter.unsubscribe ?? null,
    siteUrl: config.newsletter.siteUrl ?? null,
    fontFamily: config.newsletter.fontFamily,
    logo: config.newsletter.logo ?? null,
    webFont: config.newsletter.webFont ?? null,
  };
}

export function briefContext(edition: Edition) {
  const b = edition.brief;
  const quote = b.quote;
  const lang = edition.articles[0]?.lang ?? 'en';
  return {
    ...b,
    lede: b.summary[0] ?? b.title,
    whyItMatters: b.whyItMatters ?? null,
    label: b.label ?? null,
    quote: quote?.speaker ? { text: quote.text, speaker: quote.speaker, role: quote.role ?? null, credit: creditOf(quote) } : null,
    url: b.url ?? null,
    source: b.source ?? null,
    date: formatDate(edition.date, lang) ?? null,
  };
}

export function threadContext(edition: Edition, mastodonLimit: number, media?: ThreadMedia) {
  return { title: edition.title, threads: threadsForTemplate(edition.threads, makePlatforms({ mastodonLimit }), media) };
}

/** brief.json of the output folder (docs/architecture.md). */
export function briefJson(edition: Edition) {
  const b = edition.brief;
  return {
    title: b.title,
    summary: b.summary,
    bullets: b.bullets,
    keywords: b.keywords,
    quotes: b.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null, ...(q.role ? { role: q.role } : {}) })),
    readingMinutes: b.readingMinutes,
    style: b.style,
    ...(b.label ? { label: b.label } : {}),
    ...(b.whyItMatters ? { whyItMatters: b.whyItMatters } : {}),
    ...(b.url ? { url: b.url } : {}),
  };
}
