// crier digest: the weekly edition, many articles (and feeds) in, one newsletter, brief and thread
// out. The same context, reader and emit step as `crier build` (docs/architecture.md); only the
// middle differs:
//   context (+ the editions already in the output folder) -> read (feeds item by item; skip what
//   fails, with a line each) -> select (period, duplicates, stories already sent, one event one
//   story, order, --max) -> summarize each (+ the week's intro with a model) -> compose -> render
//   -> check -> emit (manifest.json remembers each story's URL and fingerprint for later editions)
import path from 'node:path';
import { analyze } from './analyze/analyze.js';
import { editionWarnings, renderedEditionFiles } from './check/checkEdition.js';
import { composeDigest, type DigestItem } from './compose/digest/composeDigest.js';
import { overLimitWarnings } from './compose/thread/overLimitWarnings.js';
import { CrierError } from './errors.js';
import { interfaceLanguage, languageName, mostCommonLanguage } from './i18n/languages.js';
import { listInputFiles } from './load/listInputFiles.js';
import { createContext, type RunContext } from './pipeline/context.js';
import { emit, guardOutput } from './pipeline/emit.js';
import { readArticles } from './pipeline/readArticles.js';
import { Stopwatch } from './progress/stopwatch.js';
import { plural } from './text/plural.js';
import { renderDigest } from './render/renderDigest.js';
import { inRange, parseRange, type DateRange } from './select/dateRange.js';
import { planEdition, SentStories, type EditionPlan } from './select/alreadySent.js';
import { editionPeriod } from './select/editionPeriod.js';
import { pastEditions } from './write/pastEditions.js';
import { dateFromFile } from './select/fileDate.js';
import { noStories, selectStories, type ReadInput } from './select/selectStories.js';
import type { LlmFlags } from './summarize/llm/settings.js';
import type { Warning } from './warnings.js';

export interface DigestOptions {
  inputs: string[];
  out?: string;
  templates?: string;
  config?: string;
  title?: string;
  edition?: number;
  week?: string;
  since?: string;
  until?: string;
  max?: number;
  order?: 'date' | 'given';
  /** Topic headings with six stories or more (default: config digest.sections, on; off with `order: 'given'`). */
  sections?: boolean;
  /** Run stories that an earlier edition in the output folder already ran (default: leave them out). */
  repeat?: boolean;
  /** --lang: the articles' language and the edition's. */
  lang?: string;
  date?: string;
  strict?: boolean;
  /** false (--no-cards): no cover card.png, whatever the config says. */
  cards?: boolean;
  llm?: LlmFlags;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  onArticle?: (event: DigestArticleEvent) => void;
}

export interface DigestArticleEvent {
  input: string;
  /**
   * failed: could not be read (always worth a line, even with --quiet); skipped: left out on purpose;
   * merged: another outlet's report of the same event, credited in that story.
   */
  status: 'read' | 'skipped' | 'failed' | 'merged';
  detail: string;
}

export type DigestStage = 'setupMs' | 'readMs' | 'selectMs' | 'summarizeMs' | 'composeMs' | 'renderMs' | 'writeMs';

export interface DigestResult {
  out: string;
  slug: string;
  dir: string;
  title: string;
  /** The email's subject line. */
  subject: string;
  /** The edition's number (--edition, else the last one's in the output folder + 1). */
  edition?: number;
  stories: { input: string; title: string; date?: string; sources: string[]; also: string[] }[];
  /** Articles merged into another outlet's story about the same event (credited there). */
  merged: { input: string; into: string; names: string[] }[];
  /** Inputs left out: `code` says why (unreadable, out-of-period, duplicate, already-sent, over-max), `message` in words. */
  skipped: Warning[];
  warnings: Warning[];
  /**
   * Milliseconds in all and per stage (setup: config, templates, listing inputs; read: load, extract;
   * select: period, duplicates, order; summarize: every story and, with a model, the week's intro).
   */
  timings: { totalMs: number } & Partial<Record<DigestStage, number>>;
}

/** With a model, one more request writes the week's intro from the stories' summaries. */
async function weekIntro(context: RunContext, range: DateRange, items: DigestItem[]): Promise<{ intro?: string; warnings: Warning[] }> {
  const { prompts } = context;
  if (!context.llm.enabled || !prompts) return { warnings: [] };
  // Loaded only with a model: it brings the response schema library (zod) with it.
  const { llmWeekIntro } = await import('./summarize/llm/weekIntro.js');
  return llmWeekIntro(
    context.llm,
    prompts.week,
    prompts.system,
    {
      name: context.config.newsletter.name,
      // The language the edition will speak (composeDigest picks the same one).
      language: languageName(interfaceLanguage(context.config.language, mostCommonLanguage(items.map((i) => i.article.lang)))),
      period: range.week ?? [range.since, range.until].filter(Boolean).join(' – '),
      stories: items.map(({ article, also, summary }) => {
        const sources = [...new Set([article, ...(also ?? [])].flatMap((a) => (a.source ? [a.source] : [])))];
        return { headline: summary.headline, ...(sources.length ? { source: sources.join(', ') } : {}), sentences: summary.sentences, text: article.text };
      }),
    },
    context.llmCache,
  );
}

/**
 * The edition's number was planned from the editions in the folder when the run began; another run
 * into the same folder may have written an edition since (two Friday builds at once). Checked under
 * the folder's lock, just before writing: two editions never share a number.
 */
async function assertNumberFree(out: string, plan: EditionPlan, options: { edition?: number; period?: string }): Promise<void> {
  if (plan.number === undefined || options.edition !== undefined) return;
  const now = planEdition(await pastEditions(out), options);
  if (now.number === plan.number) return;
  throw new CrierError('OUTPUT_LOCKED', `Another run wrote edition #${plan.number} into ${path.basename(out)}/ while this one was reading its articles; nothing was written`, {
    hint: `run crier digest again: this edition becomes #${now.number ?? plan.number + 1}`,
  });
}

export async function digest(options: DigestOptions): Promise<DigestResult> {
  const stages = new Stopwatch<DigestStage>();
  const context = await createContext({
    llm: options.llm ?? {},
    cards: options.cards !== false,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.out !== undefined ? { out: options.out } : {}),
    ...(options.lang ? { lang: options.lang, overrides: { language: options.lang } } : {}),
  });
  const range = parseRange({ ...(options.week ? { week: options.week } : {}), ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) });
  const date = context.date ?? range.until;
  // The feeds the config lists are read by every edition, after the inputs given.
  const inputs = [...options.inputs, ...context.config.digest.feeds];
  if (inputs.length === 0) throw new CrierError('USAGE', 'No input given', { hint: 'pass files, folders or feeds, or list feeds under digest.feeds in crier.config.json' });
  const sources = await listInputFiles(inputs, context.cwd, { skip: [context.out.dir], feeds: true });
  guardOutput(context, sources);
  // The editions already in the output folder: their numbers, and the stories they ran.
  const past = await pastEditions(context.out.dir);
  stages.lap('setupMs');

  const warnings: Warning[] = [];
  const read: ReadInput[] = [];
  for await (const r of readArticles(context, sources, { inPeriod: (d) => inRange(d, range) })) {
    if ('outside' in r || 'error' in r) {
      read.push(r);
      continue;
    }
    warnings.push(...r.warnings);
    const dated = dateFromFile(r.article, r.mtime, r.input);
    if (dated) warnings.push(dated);
    read.push({ input: r.input, article: r.article });
  }
  stages.lap('readMs');
  // This edition's number, and the earlier editions whose stories it does not run again.
  const period = editionPeriod(range, context.date, read);
  const plan = planEdition(past, { ...(options.edition !== undefined ? { edition: options.edition } : {}), ...period });
  const { stories, skipped, merged } = selectStories(read, {
    range,
    ...(options.order ? { order: options.order } : {}),
    ...(options.max ? { max: options.max } : {}),
    ...(options.repeat ? {} : { sent: new SentStories(plan.earlier) }),
  });
  for (const s of skipped) options.onArticle?.({ input: s.input, status: s.code === 'unreadable' ? 'failed' : 'skipped', detail: s.message });
  for (const m of merged) options.onArticle?.({ input: m.article.inputPath, status: 'merged', detail: `merged with ${m.into.inputPath}${m.names.length ? ` (same event: ${m.names.join(', ')})` : ''}` });
  // Left out on purpose (outside the period, a duplicate, already sent, over --max) or because it could not be
  // read: only the second kind makes --strict fail.
  const unreadable = read.flatMap((r) => ('error' in r ? [{ input: r.input, reason: r.error.message }] : []));
  const [first] = unreadable;
  if (options.strict && first) {
    const more = unreadable.length > 1 ? ` and ${plural(unreadable.length - 1, 'other')}` : '';
    throw new CrierError('INPUT_UNREADABLE', `${plural(unreadable.length, 'article')} could not be read (--strict): ${first.reason.includes(first.input) ? '' : `${first.input}: `}${first.reason}${more}`, {
      hint: 'fix or remove them, or run without --strict',
    });
  }
  if (stories.length === 0) throw noStories(range, skipped);
  stages.lap('selectMs');

  const items: DigestItem[] = [];
  for (const { article, also } of stories) {
    const summary = await context.summarizer.summarize(article, analyze(article), { sentences: 3 });
    warnings.push(...(summary.warnings ?? []));
    items.push({ article, also, summary });
    options.onArticle?.({ input: article.inputPath, status: 'read', detail: article.title });
  }
  const week = await weekIntro(context, range, items);
  warnings.push(...week.warnings);
  stages.lap('summarizeMs');
  const edition = composeDigest(items, {
    config: context.config,
    range,
    ...(week.intro ? { intro: week.intro } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(plan.number !== undefined ? { edition: plan.number } : {}),
    ...(date ? { date } : {}),
    // The editor's own order (--order given) is kept as it is: sections would regroup it, so they
    // come only when asked for (--sections on).
    sections: options.sections ?? (options.order === 'given' ? false : context.config.digest.sections),
    ...(options.order === 'given' ? { givenOrder: true } : {}),
  });
  stages.lap('composeMs');
  const rendered = await renderDigest(edition, context.templates, context.config, context.cards);
  // The inbox QA and the editorial checks: each story, then the edition's intro, brief and posts.
  const inbox = await editionWarnings(
    renderedEditionFiles(rendered.files),
    context.config,
    { input: '', customTemplates: context.templates.custom, stories: edition.stories.length },
  );
  warnings.push(...rendered.warnings, ...inbox, ...overLimitWarnings(edition.threads, ''));
  // The cover card was drawn while the email was rendered and checked.
  const cards = await rendered.cards;
  if (cards) {
    rendered.files.push(...cards.files);
    warnings.push(...cards.warnings);
  }
  warnings.push(...skipped.map((s) => ({ ...s, message: `skipped ${s.input}: ${s.message}` })));
  stages.lap('renderMs');
  const { emitted: [written], warnings: writeWarnings } = await emit(
    context,
    [
    {
      slug: edition.slug,
      files: rendered.files,
      manifest: {
        edition: {
          kind: 'digest',
          title: edition.title,
          subject: edition.subject,
          stories: edition.stories.length,
          ...(plan.number !== undefined ? { number: plan.number } : {}),
          ...(date ? { date } : {}),
          ...period,
          lang: edition.lang,
        },
        // Every article the edition credits, merged ones too: a later edition does not run them again.
        articles: stories.flatMap((s) => [s.article, ...s.also]),
        remember: true,
        summarizer: { method: items.some((i) => i.summary.method === 'llm') ? 'llm' : 'extractive' },
        warnings,
      },
    },
    ],
    { beforeWrite: () => assertNumberFree(context.out.dir, plan, { ...(options.edition !== undefined ? { edition: options.edition } : {}), ...period }) },
  );
  warnings.push(...writeWarnings);
  stages.lap('writeMs');
  return {
    out: path.relative(context.cwd, context.out.dir) || '.',
    slug: edition.slug,
    dir: path.relative(context.cwd, written?.dir ?? context.out.dir),
    title: edition.title,
    subject: edition.subject,
    ...(plan.number !== undefined ? { edition: plan.number } : {}),
    stories: edition.stories.map((s) => ({ input: s.article.inputPath, title: s.article.title, ...(s.article.publishedAt ? { date: s.article.publishedAt } : {}), sources: s.sources, also: s.also.map((a) => a.inputPath) })),
    merged: merged.map((m) => ({ input: m.article.inputPath, into: m.into.inputPath, names: m.names })),
    skipped,
    warnings: [...context.templates.warnings, ...warnings],
    timings: { totalMs: stages.total(), ...stages.laps },
  };
}
