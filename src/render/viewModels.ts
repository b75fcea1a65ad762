// Edition -> the exact objects the templates see. Handlebars strict mode throws on a missing key,
// so every optional field is present here, as null when it has no value.
import type { CrierConfig } from '../config/defaults.js';
import { formatDate } from '../compose/formatDate.js';
import { creditOf } from '../compose/credit.js';
import type { ThreadMedia } from '../cards/media.js';
import { threadsForTemplate } from './threadFiles.js';
import { BLUESKY_MAX_BYTES, makePlatforms, THREADS_MAX_LINKS } from '../platforms/platforms.js';
import type { Thread } from '../platforms/types.js';
import type { PlatformId } from '../config/choices.js';
import type { Edition } from '../compose/types.js';
import { directionOf } from '../i18n/languages.js';
import { fontStack } from '../i18n/fontStack.js';
import { t } from '../i18n/t.js';

/**
 * What every template gets to speak the edition's language: {{lang}} (read by {{t}}), {{dir}}, and
 * the sides of a line for a mirrored layout: {{start}} is "left" in English and "right" in Arabic
 * or Hebrew, {{end}} the other side, {{forward}} the arrow pointing the way the text reads.
 */
export function languageContext(lang: string) {
  const dir = directionOf(lang);
  return { lang, dir, start: dir === 'rtl' ? 'right' : 'left', end: dir === 'rtl' ? 'left' : 'right', forward: dir === 'rtl' ? '←' : '→' };
}

const RULES: Record<PlatformId, string> = { x: 'ruleX', bluesky: 'ruleBluesky', mastodon: 'ruleMastodon', threads: 'ruleThreads', linkedin: 'ruleLinkedin' };

/** How a platform counts, in the edition's language (thread.json keeps the exact rule in English). */
export function countingRule(platform: PlatformId, lang: string): string {
  return t(lang, RULES[platform], { bytes: BLUESKY_MAX_BYTES, links: THREADS_MAX_LINKS });
}

/** thread.md's data: each platform's posts with its name and rule. */
export function threadsContext(title: string, threads: Thread[], lang: string, mastodonLimit: number, media?: ThreadMedia) {
  const platforms = makePlatforms({ mastodonLimit });
  return { ...languageContext(lang), title, threads: threadsForTemplate(threads, platforms, media).map((th) => ({ ...th, rule: countingRule(th.platform, lang) })) };
}

export function newsletterContext(edition: Edition, config: CrierConfig) {
  const n = edition.newsletter;
  return {
    ...n,
    ...languageContext(n.lang),
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
    fontFamily: fontStack(config.newsletter.fontFamily, n.lang),
    logo: config.newsletter.logo ?? null,
    webFont: config.newsletter.webFont ?? null,
  };
}

export function briefContext(edition: Edition) {
  const b = edition.brief;
  const quote = b.quote;
  const lang = edition.newsletter.lang;
  return {
    ...b,
    ...languageContext(lang),
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
  return threadsContext(edition.title, edition.threads, edition.newsletter.lang, mastodonLimit, media);
}

/** brief.json of the output folder (docs/output-folder.md). */
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
    lang: edition.newsletter.lang,
    ...(b.whyItMatters ? { whyItMatters: b.whyItMatters } : {}),
    ...(b.url ? { url: b.url } : {}),
  };
}
