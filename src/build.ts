// The orchestrator: the one place that knows the order of the stages.
//   load -> extract -> analyze -> summarize -> compose -> render -> write
// Editions are all rendered in memory before anything is written: one bad input fails the run and
// leaves the output folder as it was.
import path from 'node:path';
import { analyze } from './analyze/analyze.js';
import { composeEdition } from './compose/composeEdition.js';
import type { CrierConfig } from './config/defaults.js';
import { loadConfig } from './config/loadConfig.js';
import { editionDate } from './pipeline/editionDate.js';
import { extractArticle } from './extract/extractArticle.js';
import { listInputFiles, type InputSource } from './load/listInputFiles.js';
import { loadInput } from './load/loadInput.js';
import { loadTemplates, type TemplateSet } from './render/loadTemplates.js';
import { renderEdition } from './render/renderEdition.js';
import { screenshots } from './render/screenshots.js';
import { loadCardContext, type CardContext } from './cards/cardContext.js';
import { planSlots, type ScheduleOptions, type Slot } from './schedule/planSlots.js';
import { ExtractiveSummarizer } from './summarize/extractive.js';
import { LlmCache } from './summarize/llm/cache.js';
import { LlmSummarizer } from './summarize/llm/llmSummarizer.js';
import { llmSettings, type LlmFlags } from './summarize/llm/settings.js';
import type { Summarizer } from './summarize/summarizer.js';
import type { Edition, OutputFile } from './types.js';
import { buildManifest, type Manifest } from './write/manifest.js';
import { assertSafeOutDir } from './write/writeEditions.js';
import { writeOutput } from './write/writeOutput.js';

export interface BuildOptions {
  inputs: string[];
  out?: string;
  templates?: string;
  config?: string;
  platforms?: string[];
  sentences?: number;
  style?: string;
  theme?: string;
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
  warnings: string[];
}

export interface BuildResult {
  out: string;
  editions: BuiltEdition[];
  warnings: string[];
  timings: { totalMs: number };
}

export interface RenderedArticle {
  edition: Edition;
  files: OutputFile[];
  manifest: Manifest;
}

/** Everything but the disk: one source through every stage, into files in memory. */
export async function renderSource(
  source: InputSource,
  context: { config: CrierConfig; templates: TemplateSet; summarizer: Summarizer; date?: string; schedule?: Slot; timeoutMs?: number; screenshots?: boolean; cards?: CardContext; stdin: NodeJS.ReadableStream },
): Promise<RenderedArticle> {
  const loaded = await loadInput(source, context.stdin, context.timeoutMs ? { timeoutMs: context.timeoutMs } : {});
  const { article, warnings } = extractArticle(loaded);
  const analysis = analyze(article);
  const summary = await context.summarizer.summarize(article, analysis, { sentences: context.config.summary.sentences });
  const composeOptions: Parameters<typeof composeEdition>[2] = { config: context.config };
  if (context.date) composeOptions.date = context.date;
  if (context.schedule) composeOptions.schedule = context.schedule;
  const edition = composeEdition(article, summary, composeOptions);
  const rendered = await renderEdition(edition, context.templates, context.config, context.cards);
  if (context.screenshots) {
    const html = rendered.files.find((f) => f.path === 'newsletter.html')?.content;
    if (typeof html === 'string') rendered.files.push(...(await screenshots(html)));
  }
  const allWarnings = [...warnings, ...(context.schedule?.warning ? [context.schedule.warning] : []), ...(summary.warnings ?? []), ...rendered.warnings];
  const manifest = buildManifest(edition, rendered.files, allWarnings);
  const files = [...rendered.files, { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` }];
  return { edition, files, manifest };
}

/** Offline by default; the LLM summarizer when --llm or llm.enabled asks for it. */
export function chooseSummarizer(config: CrierConfig, templates: TemplateSet, env: NodeJS.ProcessEnv, cwd: string, flags: LlmFlags): Summarizer {
  const settings = llmSettings(config, env, flags);
  if (!settings.enabled) return new ExtractiveSummarizer();
  return new LlmSummarizer(settings, templates.prompts, config.platforms, new LlmCache(path.join(cwd, '.crier-cache')));
}

export function sourceLabel(source: InputSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : '-';
}

/** Two articles with the same title get "-2", "-3" ... in input order. */
function uniqueSlugs(rendered: RenderedArticle[]): string[] {
  const seen = new Map<string, number>();
  return rendered.map(({ edition }) => {
    const count = (seen.get(edition.slug) ?? 0) + 1;
    seen.set(edition.slug, count);
    return count === 1 ? edition.slug : `${edition.slug}-${count}`;
  });
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const out = path.resolve(cwd, options.out ?? 'out');
  const overrides: Parameters<typeof loadConfig>[2] = {};
  if (options.platforms) overrides.platforms = options.platforms;
  if (options.sentences !== undefined) overrides.sentences = options.sentences;
  if (options.style !== undefined) overrides.style = options.style;
  if (options.theme !== undefined) overrides.theme = options.theme;
  const config = await loadConfig(options.config, cwd, overrides);
  // First, so that the card renderer warms up while everything else is read.
  const cards = await loadCardContext(config, { cwd, env, cache: options.llm?.cache !== false, ...(options.cards === false ? { enabled: false } : {}) });
  const date = editionDate(options.date, env);
  const templates = await loadTemplates(options.templates, cwd, config.theme);
  const sources = await listInputFiles(options.inputs, cwd, { skip: [out] });
  assertSafeOutDir(options.out ?? 'out', sources.flatMap((s) => (s.kind === 'file' ? [s.fullPath] : [])), cwd);

  const slots = options.schedule ? planSlots(options.schedule, sources.length) : [];
  const summarizer = chooseSummarizer(config, templates, env, cwd, options.llm ?? {});

  const rendered: RenderedArticle[] = [];
  for (const [i, source] of sources.entries()) {
    const context: Parameters<typeof renderSource>[1] = { config, templates, summarizer, stdin: options.stdin ?? process.stdin };
    if (date) context.date = date;
    if (options.screenshots) context.screenshots = true;
    if (cards) context.cards = cards;
    const timeoutMs = options.timeoutMs ?? (Number(env.CRIER_FETCH_TIMEOUT_MS) || undefined);
    if (timeoutMs) context.timeoutMs = timeoutMs;
    const slot = slots[i];
    if (slot) context.schedule = slot;
    const one = await renderSource(source, context);
    rendered.push(one);
    options.onArticle?.({
      input: sourceLabel(source),
      slug: one.edition.slug,
      title: one.edition.title,
      sentences: one.edition.summary.sentences.length,
      posts: one.edition.threads.reduce((n, t) => n + t.posts.length, 0),
    });
  }
  const slugs = uniqueSlugs(rendered);
  const written = await writeOutput(
    out,
    rendered.map((r, i) => ({ slug: slugs[i] ?? r.edition.slug, files: r.files })),
    { archiveName: config.newsletter.name },
  );
  const dirs = written.dirs;
  const editions: BuiltEdition[] = rendered.map((r, i) => ({
    slug: slugs[i] ?? r.edition.slug,
    dir: path.relative(cwd, dirs[i] ?? '') || '.',
    title: r.edition.title,
    input: r.manifest.inputs[0]?.path ?? '',
    files: r.files.map((f) => ({ path: f.path, bytes: typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length })),
    posts: Object.fromEntries(r.edition.threads.map((t) => [t.platform, t.posts.length])),
    warnings: r.manifest.warnings,
  }));
  return {
    out: path.relative(cwd, out) || '.',
    editions,
    warnings: [...templates.warnings, ...editions.flatMap((e) => e.warnings), ...written.warnings],
    timings: { totalMs: Math.round(performance.now() - started) },
  };
}
