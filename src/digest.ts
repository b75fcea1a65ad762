// The weekly edition's orchestrator: many articles in, one newsletter, brief and thread out.
//   load + extract each (skip what fails, with a line each) -> keep the period -> drop duplicates ->
//   order -> --max -> analyze + summarize each -> compose -> render -> write, then out/index.html.
import path from 'node:path';
import { analyze } from './analyze/analyze.js';
import { chooseSummarizer, sourceLabel } from './build.js';
import { composeDigest } from './compose/digest/composeDigest.js';
import { inRange, parseRange } from './select/dateRange.js';
import { dedupe } from './select/dedupe.js';
import { loadConfig } from './config/loadConfig.js';
import { editionDate } from './pipeline/editionDate.js';
import { CrierError } from './errors.js';
import { extractArticle } from './extract/extractArticle.js';
import { listInputFiles } from './load/listInputFiles.js';
import { loadAhead } from './load/loadAhead.js';
import { loadTemplates } from './render/loadTemplates.js';
import { renderDigest } from './render/renderDigest.js';
import { loadCardContext } from './cards/cardContext.js';
import { LlmCache } from './summarize/llm/cache.js';
import { llmSettings, type LlmFlags } from './summarize/llm/settings.js';
import type { Article } from './types.js';
import { fileEntries, type Manifest } from './write/manifest.js';
import { VERSION } from './version.js';
import { Stopwatch } from './progress/stopwatch.js';
import { plural } from './text/plural.js';
import { assertSafeOutDir } from './write/writeEditions.js';
import { writeOutput } from './write/writeOutput.js';

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
  /** failed: could not be read (always worth a line, even with --quiet); skipped: left out on purpose. */
  status: 'read' | 'skipped' | 'failed';
  detail: string;
}

export type DigestStage = 'setupMs' | 'readMs' | 'summarizeMs' | 'composeMs' | 'renderMs' | 'writeMs';

export interface DigestResult {
  out: string;
  slug: string;
  dir: string;
  title: string;
  stories: { input: string; title: string; date?: string }[];
  skipped: { input: string; reason: string }[];
  warnings: string[];
  /**
   * Milliseconds in all and per stage (setup: config, templates, listing inputs; read: load, extract,
   * drop duplicates; summarize: every story and, with a model, the week's intro).
   */
  timings: { totalMs: number } & Partial<Record<DigestStage, number>>;
}

export async function digest(options: DigestOptions): Promise<DigestResult> {
  const stages = new Stopwatch<DigestStage>();
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const out = path.resolve(cwd, options.out ?? 'out');
  const config = await loadConfig(options.config, cwd, {});
  const cards = await loadCardContext(config, { cwd, env, cache: options.llm?.cache !== false, ...(options.cards === false ? { enabled: false } : {}) });
  const range = parseRange({ ...(options.week ? { week: options.week } : {}), ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) });
  const date = editionDate(options.date, env) ?? range.until;
  const templates = await loadTemplates(options.templates, cwd, config.theme);
  const sources = await listInputFiles(options.inputs, cwd, { skip: [out] });
  assertSafeOutDir(options.out ?? 'out', sources.flatMap((s) => (s.kind === 'file' ? [s.fullPath] : [])), cwd);
  const summarizer = chooseSummarizer(config, templates, env, cwd, options.llm ?? {});
  const timeoutMs = Number(env.CRIER_FETCH_TIMEOUT_MS) || undefined;

  stages.lap('setupMs');
  const skipped: DigestResult['skipped'] = [];
  const warnings: string[] = [];
  // Left out on purpose (outside the period, a duplicate, over --max) or because it could not be
  // read: only the second kind makes --strict fail.
  const unreadable: DigestResult['skipped'] = [];
  const skip = (input: string, reason: string, failed?: CrierError) => {
    skipped.push({ input, reason });
    if (failed) unreadable.push({ input, reason: failed.message });
    options.onArticle?.({ input, status: failed ? 'failed' : 'skipped', detail: reason });
  };
  const articles: Article[] = [];
  for await (const result of loadAhead(sources, options.stdin ?? process.stdin, timeoutMs ? { timeoutMs } : {})) {
    const input = sourceLabel(result.source);
    try {
      if ('error' in result) throw result.error;
      const { loaded } = result;
      const { article, warnings: extractWarnings } = extractArticle(loaded);
      warnings.push(...extractWarnings);
      if (!article.publishedAt && loaded.mtime) {
        // Undated articles take their file's modification time, and the user is told.
        article.publishedAt = loaded.mtime.toISOString().slice(0, 10);
        warnings.push(`${input}: no date in the article; using the file's modification time ${article.publishedAt}`);
      }
      if (article.publishedAt && !inRange(article.publishedAt, range)) {
        skip(input, `dated ${article.publishedAt.slice(0, 10)}, outside ${range.week ?? `${range.since ?? '…'} – ${range.until ?? '…'}`}`);
        continue;
      }
      articles.push(article);
    } catch (error) {
      if (!(error instanceof CrierError)) throw error;
      skip(input, error.toLine(), error);
    }
  }
  stages.lap('readMs');
  const { kept, dropped } = dedupe(articles);
  for (const d of dropped) skip(d.article.inputPath, `duplicate of ${d.duplicateOf.inputPath} (${d.reason})`);
  const ordered = options.order === 'given' ? kept : [...kept].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const chosen = options.max ? ordered.slice(0, options.max) : ordered;
  for (const a of ordered.slice(chosen.length)) skip(a.inputPath, `over --max ${options.max}`);
  const [firstUnreadable] = unreadable;
  if (options.strict && firstUnreadable) {
    const more = unreadable.length > 1 ? ` and ${plural(unreadable.length - 1, 'other')}` : '';
    throw new CrierError('INPUT_UNREADABLE', `${plural(unreadable.length, 'article')} could not be read (--strict): ${firstUnreadable.reason.includes(firstUnreadable.input) ? '' : `${firstUnreadable.input}: `}${firstUnreadable.reason}${more}`, {
      hint: 'fix or remove them, or run without --strict',
    });
  }
  if (chosen.length === 0) {
    throw new CrierError('NO_ARTICLES', `No articles for ${range.week ?? (range.since || range.until ? `${range.since ?? '…'} – ${range.until ?? '…'}` : 'this edition')}${skipped.length ? ` (${skipped.length} skipped)` : ''}`, {
      hint: 'check the folders and the --week / --since / --until dates',
    });
  }

  const items = [];
  for (const article of chosen) {
    const summary = await summarizer.summarize(article, analyze(article), { sentences: 3 });
    warnings.push(...(summary.warnings ?? []));
    items.push({ article, summary });
    options.onArticle?.({ input: article.inputPath, status: 'read', detail: article.title });
  }
  // With a model, one more request writes the week's intro from the stories' summaries.
  let intro: string | undefined;
  const settings = llmSettings(config, env, options.llm ?? {});
  if (settings.enabled) {
    // Loaded only with a model: it brings the response schema library (zod) with it.
    const { llmWeekIntro } = await import('./summarize/llm/weekIntro.js');
    const week = await llmWeekIntro(
      settings,
      templates.prompts.week,
      templates.prompts.system,
      {
        name: config.newsletter.name,
        period: range.week ?? [range.since, range.until].filter(Boolean).join(' – '),
        stories: items.map(({ article, summary }) => ({ headline: summary.headline, ...(article.source ? { source: article.source } : {}), sentences: summary.sentences, text: article.text })),
      },
      new LlmCache(path.join(cwd, '.crier-cache')),
    );
    intro = week.intro;
    warnings.push(...week.warnings);
  }
  stages.lap('summarizeMs');
  const edition = composeDigest(items, {
    config,
    range,
    ...(intro ? { intro } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.edition !== undefined ? { edition: options.edition } : {}),
    ...(date ? { date } : {}),
  });
  stages.lap('composeMs');
  const rendered = await renderDigest(edition, templates, config, cards);
  warnings.push(...rendered.warnings, ...skipped.map((s) => `skipped ${s.input}: ${s.reason}`));
  const method = items.some((i) => i.summary.method === 'llm') ? 'llm' : 'extractive';
  const manifest: Manifest = {
    version: VERSION,
    edition: { kind: 'digest', title: edition.title, stories: edition.stories.length, ...(date ? { date } : {}) },
    inputs: chosen.map((a) => ({ path: a.inputPath, sha256: a.sha256 })),
    summarizer: { method },
    files: fileEntries(rendered.files),
    warnings,
  };
  const files = [...rendered.files, { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` }];
  stages.lap('renderMs');
  const written = await writeOutput(out, [{ slug: edition.slug, files }], { archiveName: config.newsletter.name });
  warnings.push(...written.warnings);
  const [dir] = written.dirs;
  stages.lap('writeMs');
  return {
    out: path.relative(cwd, out) || '.',
    slug: edition.slug,
    dir: path.relative(cwd, dir ?? out),
    title: edition.title,
    stories: chosen.map((a) => ({ input: a.inputPath, title: a.title, ...(a.publishedAt ? { date: a.publishedAt } : {}) })),
    skipped,
    warnings: [...templates.warnings, ...warnings],
    timings: { totalMs: stages.total(), ...stages.laps },
  };
}
