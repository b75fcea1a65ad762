// crier build: one edition per input. The stages in order (docs/architecture.md):
//   context -> read (load + extract, read ahead) -> summarize -> compose -> render -> check -> emit
// Editions are all rendered in memory before anything is written: one bad input fails the run and
// leaves the output folder as it was.
import path from 'node:path';
import { editionWarnings, renderedEditionFiles } from './check/checkEdition.js';
import { overLimitWarnings } from './compose/thread/overLimitWarnings.js';
import { listInputFiles } from './load/listInputFiles.js';
import { articleEdition } from './pipeline/articleEdition.js';
import { createContext, type ContextOptions } from './pipeline/context.js';
import { emit, guardOutput, type EditionToEmit } from './pipeline/emit.js';
import { readArticles } from './pipeline/readArticles.js';
import { Stopwatch } from './progress/stopwatch.js';
import { planSlots, type ScheduleOptions } from './schedule/planSlots.js';
import type { LlmFlags } from './summarize/llm/settings.js';
import { summarizerOf } from './write/manifest.js';
import { warning, type Warning } from './warnings.js';

export interface BuildOptions {
  inputs: string[];
  out?: string;
  templates?: string;
  config?: string;
  platforms?: string[];
  sentences?: number;
  style?: string;
  theme?: string;
  /** --lang: the articles' language (text rules) and the editions' (interface text, dates). */
  lang?: string;
  date?: string;
  /** false (--no-cards): no card.png / quote-card.png, whatever the config says. */
  cards?: boolean;
  /** Render the email in headless Chromium at 600 and 375 px (preview-*.png). */
  screenshots?: boolean;
  /** --llm / --offline / --model / --strict / --no-cache. */
  llm?: LlmFlags;
  /** Timeout for each URL input, in milliseconds (default 15 s; env CRIER_FETCH_TIMEOUT_MS). */
  timeoutMs?: number;
  /** --schedule-start / --every / --tz: a posting slot per edition. */
  schedule?: ScheduleOptions;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  /** Called once per article as it is done (the CLI prints a line). */
  onArticle?: (event: ArticleEvent) => void;
}

export interface ArticleEvent {
  input: string;
  slug: string;
  title: string;
  sentences: number;
  posts: number;
}

export interface BuiltEdition {
  slug: string;
  dir: string;
  title: string;
  input: string;
  files: { path: string; bytes: number }[];
  posts: Record<string, number>;
  warnings: Warning[];
}

export type BuildStage = 'setupMs' | 'readMs' | 'summarizeMs' | 'composeMs' | 'renderMs' | 'writeMs';

export interface BuildResult {
  out: string;
  editions: BuiltEdition[];
  warnings: Warning[];
  /**
   * Milliseconds in all and per stage, added up over the articles (setup: config, templates,
   * listing inputs; read: load and extract; render: templates, MJML, text, .eml and the inbox checks).
   */
  timings: { totalMs: number } & Partial<Record<BuildStage, number>>;
}

/** Two articles with the same title get "-2", "-3" ... in input order. */
function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}

function contextOptions(options: BuildOptions): ContextOptions {
  const { platforms, sentences, style, theme, lang } = options;
  const overrides = { ...(platforms ? { platforms } : {}), ...(sentences !== undefined ? { sentences } : {}), ...(style !== undefined ? { style } : {}), ...(theme !== undefined ? { theme } : {}), ...(lang !== undefined ? { language: lang } : {}) };
  const context: ContextOptions = { overrides, llm: options.llm ?? {}, cards: options.cards !== false };
  for (const key of ['cwd', 'env', 'stdin', 'config', 'templates', 'date', 'out', 'timeoutMs', 'lang'] as const) {
    if (options[key] !== undefined) Object.assign(context, { [key]: options[key] });
  }
  return context;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const stages = new Stopwatch<BuildStage>();
  const context = await createContext(contextOptions(options));
  const sources = await listInputFiles(options.inputs, context.cwd, { skip: [context.out.dir] });
  guardOutput(context, sources);
  const slots = options.schedule ? planSlots(options.schedule, sources.length) : [];
  stages.lap('setupMs');

  const editions: (EditionToEmit & { input: string; title: string; posts: Record<string, number> })[] = [];
  for await (const read of readArticles(context, sources)) {
    if ('error' in read) throw read.error;
    stages.lap('readMs');
    const slot = slots[editions.length];
    const { summary, edition, rendered } = await articleEdition(context, read.article, {
      ...(slot ? { schedule: slot } : {}),
      ...(options.screenshots ? { screenshots: true } : {}),
      lap: (stage) => stages.lap(stage),
    });
    const inbox = await editionWarnings(
      { ...renderedEditionFiles(rendered.files), articleText: read.article.text },
      context.config,
      { input: read.input, customTemplates: context.templates.custom },
    );
    const moved = slot?.warning ? [warning('schedule-moved', read.input, slot.warning)] : [];
    const warnings = [...read.warnings, ...moved, ...(summary.warnings ?? []), ...rendered.warnings, ...inbox, ...overLimitWarnings(edition.threads, read.input)];
    // The cards were drawn while the email was rendered and checked.
    const cards = await rendered.cards;
    if (cards) {
      rendered.files.push(...cards.files);
      warnings.push(...cards.warnings);
    }
    stages.lap('renderMs');
    editions.push({
      slug: edition.slug,
      files: rendered.files,
      manifest: { edition: { kind: 'article', title: edition.title, ...(edition.date ? { date: edition.date } : {}), lang: edition.newsletter.lang }, articles: edition.articles, summarizer: summarizerOf(summary), warnings, ...(summary.edits ? { edits: summary.edits } : {}) },
      input: read.input,
      title: edition.title,
      posts: Object.fromEntries(edition.threads.map((t) => [t.platform, t.posts.length])),
    });
    options.onArticle?.({ input: read.input, slug: edition.slug, title: edition.title, sentences: summary.sentences.length, posts: edition.threads.reduce((n, t) => n + t.posts.length, 0) });
  }
  const slugs = uniqueSlugs(editions.map((e) => e.slug));
  const { emitted: written, warnings: writeWarnings } = await emit(context, editions.map((e, i) => ({ ...e, slug: slugs[i] ?? e.slug })));
  stages.lap('writeMs');
  const built: BuiltEdition[] = written.map((w, i) => ({
    slug: w.slug,
    dir: path.relative(context.cwd, w.dir) || '.',
    title: editions[i]?.title ?? '',
    input: w.manifest.inputs[0]?.path ?? '',
    files: w.files.map((f) => ({ path: f.path, bytes: typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length })),
    posts: editions[i]?.posts ?? {},
    warnings: w.manifest.warnings,
  }));
  return {
    out: path.relative(context.cwd, context.out.dir) || '.',
    editions: built,
    warnings: [...context.templates.warnings, ...built.flatMap((e) => e.warnings), ...writeWarnings],
    timings: { totalMs: stages.total(), ...stages.laps },
  };
}
