// One article through the middle of the pipeline, in memory: analyze -> summarize -> compose ->
// render. `crier build` runs it for every input; `crier check <article>` for the one it checks.
// Nothing here judges the files (check/) or writes them (emit).
import { analyze } from '../analyze/analyze.js';
import { composeEdition } from '../compose/composeEdition.js';
import type { Edition } from '../compose/types.js';
import type { Article } from '../extract/types.js';
import { renderEdition } from '../render/renderEdition.js';
import { screenshots } from '../render/screenshots.js';
import type { RenderedEdition } from '../render/types.js';
import type { Slot } from '../schedule/planSlots.js';
import type { Summary } from '../summarize/types.js';
import type { RunContext } from './context.js';

export type ArticleStage = 'summarizeMs' | 'composeMs' | 'renderMs';

export interface ArticleEdition {
  summary: Summary;
  edition: Edition;
  rendered: RenderedEdition;
}

export async function articleEdition(
  context: RunContext,
  article: Article,
  options: { schedule?: Slot; screenshots?: boolean; lap?: (stage: ArticleStage) => void } = {},
): Promise<ArticleEdition> {
  const { config } = context;
  const summary = await context.summarizer.summarize(article, analyze(article), { sentences: config.summary.sentences });
  options.lap?.('summarizeMs');
  const edition = composeEdition(article, summary, {
    config,
    ...(context.date ? { date: context.date } : {}),
    ...(options.schedule ? { schedule: options.schedule } : {}),
  });
  options.lap?.('composeMs');
  const rendered = await renderEdition(edition, context.templates, config, context.cards);
  if (options.screenshots) {
    const html = rendered.files.find((f) => f.path === 'newsletter.html')?.content;
    if (typeof html === 'string') rendered.files.push(...(await screenshots(html)));
  }
  return { summary, edition, rendered };
}
