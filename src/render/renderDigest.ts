// render stage of the weekly edition: the same set of files as one article's edition.
import { creditOf } from '../compose/credit.js';
import { checkEdition, findingsAsWarnings } from '../check/checkEdition.js';
import type { CrierConfig } from '../config/defaults.js';
import type { DigestEdition, OutputFile } from '../types.js';
import { escapeDeep } from './escapeMarkdown.js';
import { compileTemplate, createEnv } from './handlebarsEnv.js';
import type { TemplateSet } from './loadTemplates.js';
import { renderEml } from './renderEml.js';
import { renderMjml } from './renderMjml.js';
import type { RenderedEdition } from './renderEdition.js';
import { renderText } from './renderText.js';
import { json, threadFiles, tidy } from './threadFiles.js';
import { clip, PREHEADER_MAX } from '../compose/preheader.js';
import { makePlatforms } from '../platforms/platforms.js';
import { GMAIL_CLIP_BYTES } from './renderEdition.js';
import type { CardContext } from '../cards/cardContext.js';
import { attachMedia } from '../cards/media.js';
import { planCoverCard } from '../cards/planCards.js';
import { renderCards } from '../cards/renderCards.js';
import { threadsForTemplate } from './threadFiles.js';


function storyMeta(story: DigestEdition['stories'][number]): string | null {
  const parts = [story.source, story.date].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

export async function renderDigest(digest: DigestEdition, templates: TemplateSet, config: CrierConfig, cards?: CardContext): Promise<RenderedEdition> {
  // The cover card renders beside the email (see renderEdition).
  const plan = cards ? planCoverCard(digest, cards) : undefined;
  const drawing = plan?.cards.length && cards ? renderCards(plan.cards, cards) : undefined;
  drawing?.catch(() => {});
  const media = attachMedia(digest.threads, plan?.cards ?? []);
  const env = createEnv(templates);
  const lang = digest.stories[0]?.article.lang ?? 'en';
  const stories = digest.stories.map((s) => ({
    anchor: s.anchor,
    headline: s.headline,
    meta: storyMeta(s),
    sentences: s.sentences,
    quote: s.quote ? { text: s.quote.text, speaker: s.quote.speaker ?? '', role: s.quote.role ?? null, credit: creditOf(s.quote) } : null,
    url: s.url ?? null,
    source: s.source ?? null,
    lede: s.sentences[0] ?? '',
  }));
  const context = {
    lang: lang === 'und' ? 'en' : lang,
    dir: 'ltr',
    title: digest.title,
    subject: digest.title,
    preheader: clip(digest.intro, PREHEADER_MAX),
    name: config.newsletter.name,
    edition: digest.edition ?? null,
    period: digest.period.label || null,
    intro: digest.intro,
    stories,
    brandColor: config.newsletter.brandColor,
    fontFamily: config.newsletter.fontFamily,
    webFont: config.newsletter.webFont ?? null,
    footer: config.newsletter.footer,
    address: config.newsletter.address ?? null,
    unsubscribe: config.newsletter.unsubscribe ?? null,
  };
  const mjml = compileTemplate(env, templates.digest, { escape: true })(context);
  const html = await renderMjml(mjml, { template: templates.digest, partials: Object.values(templates.partials) });
  const text = renderText(html);
  const warnings: string[] = [...(plan?.warnings ?? [])];
  const bytes = Buffer.byteLength(html);
  if (bytes > GMAIL_CLIP_BYTES) {
    warnings.push(`newsletter.html is ${(bytes / 1024).toFixed(0)} KB with ${digest.stories.length} stories; Gmail clips over 102 KB: try --max ${Math.max(1, Math.floor((digest.stories.length * GMAIL_CLIP_BYTES) / bytes) - 1)}`);
  }
  const platforms = makePlatforms({ mastodonLimit: config.thread.mastodonLimit });
  const briefData = {
    title: digest.title,
    summary: [digest.intro],
    bullets: stories.map((s) => `${s.headline} — ${s.lede}`),
    keywords: [...new Set(digest.stories.flatMap((s) => s.summary.keywords.slice(0, 2)))].slice(0, 10),
    quotes: digest.stories.flatMap((s) => (s.quote ? [{ text: s.quote.text, speaker: s.quote.speaker ?? null }] : [])),
    readingMinutes: Math.max(1, Math.round(digest.stories.reduce((n, s) => n + s.sentences.join(' ').split(/\s+/).length, 0) / 238)),
    style: 'digest',
    ...(digest.bigPicture ? { bigPicture: digest.bigPicture } : {}),
  };
  const eml = await renderEml({
    from: config.newsletter.from,
    subject: digest.title,
    html,
    text,
    slug: digest.slug,
    ...(digest.date ?? digest.period.to ? { date: digest.date ?? digest.period.to } : {}),
    ...(config.newsletter.unsubscribe ? { unsubscribe: config.newsletter.unsubscribe } : {}),
    ...(config.newsletter.siteUrl ? { siteUrl: config.newsletter.siteUrl } : {}),
  });
  const threads = threadFiles(digest.threads, media);
  const files: OutputFile[] = [
    { path: 'newsletter.html', content: html },
    { path: 'newsletter.txt', content: text },
    { path: 'newsletter.eml', content: eml },
    { path: 'newsletter.mjml', content: mjml },
    { path: 'brief.md', content: tidy(compileTemplate(env, templates.digestBrief, { escape: false })(escapeDeep({ ...context, stories, bigPicture: digest.bigPicture ?? null }))) },
    { path: 'brief.json', content: json(briefData) },
    { path: 'thread.md', content: tidy(compileTemplate(env, templates.thread, { escape: false })(escapeDeep({ title: digest.title, threads: threadsForTemplate(digest.threads, platforms, media) }, { links: stories.flatMap((s) => (s.url ? [s.url] : [])) }))) },
    ...threads.files,
  ];
  const findings = await checkEdition({ html, text, mjml }, config, { mjmlValidated: true, clientCheck: templates.custom });
  // Over the clip, the warning above already says so with the --max that would fit: not twice.
  warnings.push(...findingsAsWarnings(bytes > GMAIL_CLIP_BYTES ? findings.filter((f) => f.check !== 'size') : findings));
  warnings.push(...threads.warnings);
  if (drawing) {
    const drawn = await drawing;
    files.push(...drawn.files);
    warnings.push(...drawn.warnings);
  }
  return { files, warnings };
}
