// The single-stage commands (`crier extract`, `crier summarize`): run the pipeline part way on one
// input, through the same context and reader as `crier build`, and return the intermediate data.
import { analyze } from './analyze/analyze.js';
import { CrierError } from './errors.js';
import type { Extracted } from './extract/extractArticle.js';
import { listInputFiles } from './load/listInputFiles.js';
import { createContext, readContext, type ReadContext } from './pipeline/context.js';
import { readArticles } from './pipeline/readArticles.js';
import type { LlmFlags } from './summarize/llm/settings.js';
import type { Summary } from './summarize/types.js';
import type { Warning } from './warnings.js';

export interface InspectOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadableStream;
  config?: string;
}

async function readOne(input: string, context: ReadContext): Promise<Extracted> {
  const sources = await listInputFiles([input], context.cwd);
  const [source] = sources;
  if (!source || sources.length > 1) {
    throw new CrierError('USAGE', `${input} holds ${sources.length} articles; extract reads one`, {
      hint: 'pass a single file',
    });
  }
  for await (const read of readArticles(context, [source])) {
    if ('error' in read) throw read.error;
    return { article: read.article, warnings: read.warnings };
  }
  throw new CrierError('NO_ARTICLES', `${input} holds no article`, { hint: 'pass a single file' });
}

const base = (options: InspectOptions) => ({
  ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
  ...(options.env ? { env: options.env } : {}),
  ...(options.stdin ? { stdin: options.stdin } : {}),
});

/** Extraction needs no config: a broken crier.config.json does not stop `crier extract`. */
export async function extractFile(input: string, options: InspectOptions = {}): Promise<Extracted> {
  return readOne(input, readContext(base(options)));
}

export async function summarizeFile(
  input: string,
  options: InspectOptions & { sentences?: number; llm?: LlmFlags; lang?: string } = {},
): Promise<{ summary: Summary; warnings: Warning[] }> {
  const context = await createContext({
    ...base(options),
    ...(options.config !== undefined ? { config: options.config } : {}),
    overrides: { ...(options.sentences === undefined ? {} : { sentences: options.sentences }), ...(options.lang ? { language: options.lang } : {}) },
    ...(options.lang ? { lang: options.lang } : {}),
    llm: options.llm ?? {},
  });
  const { article, warnings } = await readOne(input, context);
  const summary = await context.summarizer.summarize(article, analyze(article), { sentences: context.config.summary.sentences });
  return { summary, warnings: [...warnings, ...(summary.warnings ?? [])] };
}
