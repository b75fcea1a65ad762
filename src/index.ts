// crier as a library: the same pipeline the CLI runs, as functions.
export { build, renderSource } from './build.js';
export { digest } from './digest.js';
export { send } from './send/sendEdition.js';
export type { SendOptions } from './send/planSend.js';
export type { SendResult } from './send/sendEdition.js';
export type { DigestOptions, DigestResult } from './digest.js';
export type { BuildOptions, BuildResult, BuiltEdition, RenderedArticle } from './build.js';
export { extractFile, summarizeFile } from './inspect.js';
export { analyze } from './analyze/analyze.js';
export { extractArticle } from './extract/extractArticle.js';
export { ExtractiveSummarizer } from './summarize/extractive.js';
export type { Summarizer, SummarizeOptions } from './summarize/summarizer.js';
export { composeThreads } from './compose/thread/composeThreads.js';
export { makePlatforms, fits } from './platforms/platforms.js';
export { CrierError } from './errors.js';
export type * from './types.js';
