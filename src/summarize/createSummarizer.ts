// Offline by default; the LLM summarizer when --llm or llm.enabled asks for it. The LLM modules (the
// response schema brings zod, the client brings openai) load only then: an offline run never pays.
import type { PlatformId } from '../config/choices.js';
import { ExtractiveSummarizer } from './extractive.js';
import type { LlmCache } from './llm/cache.js';
import type { LlmSettings } from './llm/settings.js';
import type { Prompts } from './llm/loadPrompts.js';
import type { Summarizer } from './summarizer.js';

export async function createSummarizer(settings: LlmSettings, prompts: Prompts | undefined, platforms: PlatformId[], cache: LlmCache): Promise<Summarizer> {
  if (!settings.enabled || !prompts) return new ExtractiveSummarizer();
  const { LlmSummarizer } = await import('./llm/llmSummarizer.js');
  // All three prompt files go in: they are part of the answer's cache key, as they always were.
  return new LlmSummarizer(settings, prompts, platforms, cache);
}
