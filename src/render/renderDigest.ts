// render stage of the weekly edition: the same set of files as one article's edition.
import type { CrierConfig } from '../config/defaults.js';
import { creditOf } from '../compose/credit.js';
import type { DigestBrief, DigestEdition } from '../compose/types.js';
import { escapeDeep } from './escapeMarkdown.js';
import { compileTemplate, createEnv } from './handlebarsEnv.js';
import type { TemplateSet } from './loadTemplates.js';
import { renderEml } from './renderEml.js';
import { renderMjml } from './renderMjml.js';
import { renderText } from './renderText.js';
import type { OutputFile, RenderedEdition } from './types.js';
import { json, threadFiles, tidy } from './threadFiles.js';
import type { CardContext } from '../cards/cardContext.js';
import { attachMedia } from '../cards/media.js';
import { planCoverCard } from '../cards/planCards.js';
import { drawCards } from './drawCards.js';
import { warning } from '../warnings.js';
import { keepDirection } from '../i18n/direction.js';
import { footerText } from '../i18n/newsletterName.js';
import { fontStack } from '../i18n/fontStack.js';
import { localeWarnings } from '../i18n/localeWarnings.js';
import { languageContext, threadsContext } from './viewModels.js';

function storyMeta(story: DigestEdition['stories'][number]): string | null {
  const parts = [story.source, story.date].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

export async function renderDigest(digest: DigestEdition, templates: TemplateSet, config: CrierConfig, cards?: CardContext): Promise<RenderedEdition> {
  // The cover card renders beside the email (see renderEdition).
  const plan = cards ? planCoverCard(digest, cards) : undefined;
  const drawing = drawCards(plan, cards, '');
  const media = attachMedia(digest.threads, plan?.cards ?? []);
  const env = createEnv(templates);
  const lang = digest.lang;
  // The minimal theme is text only: no thumbnails.
  const thumbnails = config.theme !== 'minimal';
  const stories = digest.stories.map((s) => ({
    anchor: s.anchor,
    headline: s.headline,
    meta: storyMeta(s),
    sentences: s.sentences,
    quote: s.quote ? { text: s.quote.text, speaker: s.quote.speaker ?? '', role: s.quote.role ?? null, credit: creditOf(s.quote) } : null,
    url: s.url ?? null,
    source: s.source ?? null,
    date: s.date ?? null,
    lede: s.sentences[0] ?? '',
    image: thumbnails && s.image ? s.image : null,
    topic: s.topic ?? null,
  }));
  // Stories under their section headings; one group without a heading when there are no sections.
  const groups = digest.sections ? digest.sections.map((section) => ({ heading: section.heading, stories: section.stories.map((i) => stories[i]).filter(Boolean) })) : [{ heading: null, stories }];
  const context = {
    ...languageContext(lang),
    title: digest.title,
    subject: digest.subject,
    preheader: digest.preheader,
    name: digest.name,
    edition: digest.edition ?? null,
    period: digest.period.label || null,
    intro: digest.intro,
    bigPicture: digest.bigPicture?.sentences ?? null,
    stories,
    groups,
    brandColor: config.newsletter.brandColor,
    fontFamily: fontStack(config.newsletter.fontFamily, lang),
    webFont: config.newsletter.webFont ?? null,
    footer: footerText(config, lang),
    address: config.newsletter.address ?? null,
    unsubscribe: config.newsletter.unsubscribe ?? null,
  };
  const mjml = compileTemplate(env, templates.digest, { escape: true })(context);
  const html = await renderMjml(mjml, { template: templates.digest, partials: Object.values(templates.partials) });
  const text = keepDirection(renderText(html), context.dir);
  const eml = await renderEml({
    from: config.newsletter.from,
    subject: digest.subject,
    html,
    text,
    slug: digest.slug,
    ...(digest.date ?? digest.period.to ? { date: digest.date ?? digest.period.to } : {}),
    ...(config.newsletter.unsubscribe ? { unsubscribe: config.newsletter.unsubscribe } : {}),
    ...(config.newsletter.siteUrl ? { siteUrl: config.newsletter.siteUrl } : {}),
  });
  const files: OutputFile[] = [
    { path: 'newsletter.html', content: html },
    { path: 'newsletter.txt', content: text },
    { path: 'newsletter.eml', content: eml },
    { path: 'newsletter.mjml', content: mjml },
    { path: 'brief.md', content: tidy(compileTemplate(env, templates.digestBrief, { escape: false })(escapeDeep({ ...context, stories }))) },
    { path: 'brief.json', content: json(digestBriefJson(digest.brief)) },
    { path: 'thread.md', content: tidy(compileTemplate(env, templates.thread, { escape: false })(escapeDeep(threadsContext(digest.title, digest.threads, lang, config.thread.mastodonLimit, media), { links: stories.flatMap((s) => (s.url ? [s.url] : [])) }))) },
    ...threadFiles(digest.threads, media),
  ];
  const warnings = [...localeWarnings(lang).map((w) => warning('interface-language', '', w)), ...(plan?.warnings ?? []).map((w) => warning('card', '', w))];
  return { files, warnings, ...(drawing ? { cards: drawing } : {}) };
}

/** brief.json of a weekly edition: every optional value present, as null when empty. */
function digestBriefJson(brief: DigestBrief) {
  return { ...brief, quotes: brief.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null })) };
}
