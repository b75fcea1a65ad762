// render stage: Edition -> the files of the output folder (docs/architecture.md), in memory.
// Handlebars first (strict), then MJML (strict), then the plain text from the HTML. Nothing here
// touches the disk, and nothing here judges the result: the command runs check/ on these files.
import type { CrierConfig } from '../config/defaults.js';
import type { Edition } from '../compose/types.js';
import { warning } from '../warnings.js';
import { escapeDeep } from './escapeMarkdown.js';
import { compileTemplate, createEnv } from './handlebarsEnv.js';
import type { TemplateSet } from './loadTemplates.js';
import { renderMjml } from './renderMjml.js';
import { renderText } from './renderText.js';
import { renderEml, type EmlInput } from './renderEml.js';
import { scheduleCsv } from './scheduleCsv.js';
import { scheduleIcs } from './scheduleIcs.js';
import { briefContext, briefJson, newsletterContext, threadContext } from './viewModels.js';
import { json, threadFiles, tidy } from './threadFiles.js';
import type { OutputFile, RenderedEdition } from './types.js';
import { cardUrl, type CardContext } from '../cards/cardContext.js';
import { attachMedia } from '../cards/media.js';
import { planArticleCards } from '../cards/planCards.js';
import { drawCards } from './drawCards.js';
import { keepDirection } from '../i18n/direction.js';
import { localeWarnings } from '../i18n/localeWarnings.js';

export type { RenderedEdition };

/** `cards`: the run's card context (undefined when cards are off). */
export async function renderEdition(edition: Edition, templates: TemplateSet, config: CrierConfig, cards?: CardContext): Promise<RenderedEdition> {
  // The cards are planned first (the email may use card.png as its lead image) and render beside
  // the email: started here, awaited by the command after the checks.
  const plan = cards ? planArticleCards(edition, cards) : undefined;
  const input = edition.articles[0]?.inputPath ?? '';
  const drawing = drawCards(plan, cards, input);
  const env = createEnv(templates);
  const newsletter = compileTemplate(env, templates.newsletter, { escape: true });
  // Markdown outputs are not HTML-escaped by Handlebars (that would litter them with &amp;);
  // their data is escaped for Markdown instead (escapeDeep): no link, image, heading or HTML
  // from an article or a model, only the template's own.
  const brief = compileTemplate(env, templates.brief, { escape: false });
  const thread = compileTemplate(env, templates.thread, { escape: false });

  const view = newsletterContext(edition, config);
  if (plan?.lead) view.image = plan.lead;
  const mjml = newsletter(view);
  const html = await renderMjml(mjml, { template: templates.newsletter, partials: Object.values(templates.partials) });
  // Interface text the edition's language lacks is in English: said once, with the keys.
  const warnings: RenderedEdition['warnings'] = [...localeWarnings(edition.newsletter.lang).map((w) => warning('interface-language', input, w)), ...(plan?.warnings ?? []).map((w) => warning('card', input, w))];
  const text = keepDirection(renderText(html), edition.newsletter.dir);
  const media = attachMedia(edition.threads, plan?.cards ?? []);
  const emlInput: EmlInput = { from: config.newsletter.from, subject: edition.newsletter.subject, html, text, slug: edition.slug };
  const date = edition.date ?? edition.articles[0]?.publishedAt;
  if (date) emlInput.date = date;
  else warnings.push(warning('eml-no-date', input, 'newsletter.eml has no date (the article has none): pass --date YYYY-MM-DD'));
  if (config.newsletter.unsubscribe) emlInput.unsubscribe = config.newsletter.unsubscribe;
  if (config.newsletter.siteUrl) emlInput.siteUrl = config.newsletter.siteUrl;
  // The links crier put into the posts stay links in thread.md; every other text is escaped.
  const links = [edition.newsletter.url, edition.brief.url, ...edition.articles.map((a) => a.url)].filter((l): l is string => Boolean(l));
  const files: OutputFile[] = [
    { path: 'newsletter.html', content: html },
    { path: 'newsletter.txt', content: text },
    { path: 'newsletter.eml', content: await renderEml(emlInput) },
    { path: 'newsletter.mjml', content: mjml },
    { path: 'brief.md', content: tidy(brief(escapeDeep(briefContext(edition)))) },
    { path: 'brief.json', content: json(briefJson(edition)) },
    { path: 'thread.md', content: tidy(thread(escapeDeep(threadContext(edition, config.thread.mastodonLimit, media), { links }))) },
  ];
  files.push(...threadFiles(edition.threads, media));
  const link = edition.newsletter.url;
  if (edition.schedule) {
    files.push({ path: 'schedule.csv', content: scheduleCsv(edition.schedule, edition.threads, link, media, (file) => (cards && cardUrl(cards, edition.slug, file)) ?? file) });
    files.push({ path: 'schedule.ics', content: scheduleIcs(edition.schedule, edition.threads, edition.title, edition.slug, link) });
  }
  return { files, warnings, ...(drawing ? { cards: drawing } : {}) };
}
