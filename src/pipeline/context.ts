// The run's context, made once before any input is read and shared by every command (build, digest,
// extract, summarize, check): the working folder and environment, the validated config, the
// templates, the edition date, the LLM settings with their cache, the summarizer, the output folder
// and the fetch timeout. Everything a user can get wrong here fails before any work starts.
import path from 'node:path';
import { loadCardContext, type CardContext } from '../cards/cardContext.js';
import type { CrierConfig } from '../config/defaults.js';
import { loadConfig } from '../config/loadConfig.js';
import type { ConfigOverrides } from '../config/resolveConfig.js';
import { loadTemplates, type TemplateSet } from '../render/loadTemplates.js';
import { createSummarizer } from '../summarize/createSummarizer.js';
import { LlmCache } from '../summarize/llm/cache.js';
import { loadPrompts, type Prompts } from '../summarize/llm/loadPrompts.js';
import { llmSettings, type LlmFlags, type LlmSettings } from '../summarize/llm/settings.js';
import type { Summarizer } from '../summarize/summarizer.js';
import { editionDate } from './editionDate.js';

export interface ContextOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  /** -c/--config: the config file (default ./crier.config.json when present). */
  config?: string;
  /** -t/--templates: a folder of templates over the built-in ones. */
  templates?: string;
  /** Flags that override the config file (--platforms, --sentences, --style, --theme). */
  overrides?: ConfigOverrides;
  /** --llm / --offline / --model / --strict / --no-cache. */
  llm?: LlmFlags;
  /** --date: the edition date (else SOURCE_DATE_EPOCH, else none). */
  date?: string;
  /** -o/--out: the output folder (default out). */
  out?: string;
  /** Timeout for each URL input, in milliseconds (default 15 s; env CRIER_FETCH_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Draw cards (card.png...) as the config says: build and digest; false is --no-cards. */
  cards?: boolean;
  /** --lang: the articles' language, whatever pages or the detector say (the config's `language` comes in overrides). */
  lang?: string;
}

/** What reading inputs needs; cheap, with no file opened yet (`crier extract` needs no more). */
export interface ReadContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  timeoutMs?: number;
  /** --lang: every article read is taken to be in this language. */
  lang?: string;
}

export interface RunContext extends ReadContext {
  config: CrierConfig;
  templates: TemplateSet;
  /** --date or SOURCE_DATE_EPOCH; never the wall clock. */
  date?: string;
  llm: LlmSettings;
  /** The model's prompts (templates/prompts/), read only when a model is used. */
  prompts?: Prompts;
  /** .crier-cache/ in the working folder: the model's answers, so a re-run asks nothing. */
  llmCache: LlmCache;
  summarizer: Summarizer;
  /** What every card of the run shares; absent when cards are off or the command draws none. */
  cards?: CardContext;
  /** The output folder as given (for messages) and resolved. */
  out: { arg: string; dir: string };
}

export function readContext(options: ContextOptions = {}): ReadContext {
  const env = options.env ?? process.env;
  const context: ReadContext = { cwd: options.cwd ?? process.cwd(), env, stdin: options.stdin ?? process.stdin };
  const timeoutMs = options.timeoutMs ?? (Number(env.CRIER_FETCH_TIMEOUT_MS) || undefined);
  if (timeoutMs) context.timeoutMs = timeoutMs;
  if (options.lang) context.lang = options.lang;
  return context;
}

export async function createContext(options: ContextOptions = {}): Promise<RunContext> {
  const base = readContext(options);
  const config = await loadConfig(options.config, base.cwd, options.overrides ?? {});
  // First, so that the card renderer warms up while everything else is read.
  const cards = options.cards ? await loadCardContext(config, { cwd: base.cwd, env: base.env, cache: options.llm?.cache !== false }) : undefined;
  const date = editionDate(options.date, base.env);
  const templates = await loadTemplates(options.templates, base.cwd, config.theme);
  const llm = llmSettings(config, base.env, options.llm ?? {});
  const llmCache = new LlmCache(path.join(base.cwd, '.crier-cache'));
  const prompts = llm.enabled ? await loadPrompts(options.templates, base.cwd) : undefined;
  const summarizer = await createSummarizer(llm, prompts, config.platforms, llmCache);
  const arg = options.out ?? 'out';
  return { ...base, config, templates, ...(date ? { date } : {}), llm, ...(prompts ? { prompts } : {}), llmCache, summarizer, ...(cards ? { cards } : {}), out: { arg, dir: path.resolve(base.cwd, arg) } };
}
