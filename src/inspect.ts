// The single-stage commands (`crier extract`, `crier summarize`): run the pipeline part way on one
// input and return the intermediate data.
import { analyze } from './analyze/analyze.js';
import { loadConfig } from './config/loadConfig.js';
import { CrierError } from './errors.js';
import { extractArticle, type Extracted } from './extract/extractArticle.js';
import { listInputFiles } from './load/listInputFiles.js';
import { loadInput } from './load/loadInput.js';
import { chooseSummarizer } from './build.js';
import { loadTemplates } from './render/loadTemplates.js';
import type { LlmFlags } from './summarize/llm/settings.js';
import type { Summary } from './types.js';

export interface InspectOptions {
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
  config?: string;
}

export async function extractFile(input: string, options: InspectOptions = {}): Promise<Extracted> {
  const cwd = options.cwd ?? process.cwd();
  const sources = await listInputFiles([input], cwd);
  const [source] = sources;
  if (!source || sources.length > 1) {
    throw new CrierError('USAGE', `${input} holds ${sources.length} articles; extract reads one`, {
      hint: 'pass a single file',
    });
  }
  const timeoutMs = Number(process.env.CRIER_FETCH_TIMEOUT_MS) || undefined;
  return extractArticle(await loadInput(source, options.stdin ?? process.stdin, timeoutMs ? { timeoutMs } : {}));
}

export async function summarizeFile(
  input: string,
  options: InspectOptions & { sentences?: number; llm?: LlmFlags } = {},
): Promise<{ summary: Summary; warnings: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const overrides = options.sentences === undefined ? {} : { sentences: options.sentences };
  const config = await loadConfig(options.config, cwd, overrides);
  const { article, warnings } = await extractFile(input, options);
  const summarizer = chooseSummarizer(config, await loadTemplates(undefined, cwd), process.env, cwd, options.llm ?? {});
  const summary = await summarizer.summarize(article, analyze(article), { sentences: config.summary.sentences });
  return { summary, warnings: [...warnings, ...(summary.warnings ?? [])] };
}
