// The weekly edition's intro from the model: one request for the week, on top of the per-article
// summaries (each cached on its own). Grounded against the stories' text like every model field;
// on any failure the offline intro stays, with a warning.
import { z } from 'zod';
import Handlebars from 'handlebars';
import { CrierError } from '../../errors.js';
import type { LlmCache } from './cache.js';
import { cacheKey } from './cache.js';
import { createClient } from './client.js';
import { complete } from './complete.js';
import { ArticleFacts, stripPreamble } from './grounding.js';
import { parseJson } from './parseJson.js';
import { endpointHost, endpointUrl, type LlmSettings } from './settings.js';

const weekSchema = z.object({ intro: z.string().min(20).max(800) }).strict();

export interface WeekStory {
  headline: string;
  source?: string;
  sentences: string[];
  text: string;
}

export interface WeekIntro {
  intro?: string;
  warnings: string[];
  requests: number;
  cacheHit: boolean;
}

export async function llmWeekIntro(settings: LlmSettings, prompt: string, system: string, input: { name: string; period: string; stories: WeekStory[] }, cache?: LlmCache): Promise<WeekIntro> {
  const stories = input.stories.map((s, i) => `${i + 1}. ${s.headline}${s.source ? ` (${s.source})` : ''}: ${s.sentences.join(' ')}`).join('\n');
  const user = Handlebars.compile(prompt, { noEscape: true })({ name: input.name, period: input.period, stories: stories.replace(/<\/?stories>/gi, '') });
  const host = endpointHost(settings);
  const key = cacheKey({ week: 1, user, system, model: settings.model, endpoint: endpointUrl(settings), temperature: settings.temperature, maxTokens: settings.maxTokens });
  if (cache && settings.cache) {
    const hit = await cache.get(key);
    // An intro that failed grounding is cached too (as none): the same stories ask nothing again.
    if (hit) {
      const cachedIntro = (hit.output as unknown as { intro?: string | null }).intro;
      return { ...(cachedIntro ? { intro: cachedIntro } : {}), warnings: hit.warnings, requests: 0, cacheHit: true };
    }
  }
  const facts = new ArticleFacts(input.stories.map((s) => `${s.headline}\n${s.text}`).join('\n'), '');
  try {
    const client = await createClient(settings);
    const completion = await complete(client, settings, { schema: { name: 'week_intro', schema: { type: 'object', properties: { intro: { type: 'string' } }, required: ['intro'], additionalProperties: false } } }, [
      { role: 'system', content: system.trim() },
      { role: 'user', content: user.trim() },
    ]);
    const parsed = weekSchema.safeParse(parseJson(stripPreamble(completion.text)));
    if (!parsed.success) throw new CrierError('LLM_FAILED', 'the model’s week intro does not match the schema');
    const intro = stripPreamble(parsed.data.intro);
    const grounding = facts.check(intro);
    if (grounding.failures.length) {
      const warnings = [`LLM: week intro replaced: ${grounding.failures.join('; ')} (used the offline intro)`];
      if (cache) await cache.set(key, { output: { intro: null } as never, warnings, tokensIn: completion.tokensIn, tokensOut: completion.tokensOut });
      return { warnings, requests: completion.requests, cacheHit: false };
    }
    const warnings = grounding.flags.map((f) => `LLM: check week intro: ${f}`);
    if (cache) await cache.set(key, { output: { intro } as never, warnings, tokensIn: completion.tokensIn, tokensOut: completion.tokensOut });
    return { intro, warnings, requests: completion.requests, cacheHit: false };
  } catch (error) {
    if (settings.strict) throw error;
    return { warnings: [`LLM (${host}): week intro: ${(error as Error).message}; used the offline intro`], requests: 0, cacheHit: false };
  }
}
