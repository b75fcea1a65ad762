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
import { warning, type Warning } from '../../warnings.js';

const weekSchema = z.object({ intro: z.string().min(20).max(800) }).strict();

export interface WeekStory {
  headline: string;
  source?: string;
  sentences: string[];
  text: string;
}

export interface WeekIntro {
  intro?: string;
  /** About the whole edition, so their input is ''. */
  warnings: Warning[];
  requests: number;
  cacheHit: boolean;
}

/** .crier-cache/llm/<key>.json of a week's intro: the grounded intro (null when it failed grounding) and its warning lines. */
interface CachedIntro {
  output: { intro: string | null };
  warnings: string[];
  tokensIn: number;
  tokensOut: number;
}

export async function llmWeekIntro(settings: LlmSettings, prompt: string, system: string, input: { name: string; period: string; stories: WeekStory[]; language?: string }, cache?: LlmCache): Promise<WeekIntro> {
  const stories = input.stories.map((s, i) => `${i + 1}. ${s.headline}${s.source ? ` (${s.source})` : ''}: ${s.sentences.join(' ')}`).join('\n');
  const user = Handlebars.compile(prompt, { noEscape: true })({ name: input.name, period: input.period, language: input.language ?? 'English (en)', stories: stories.replace(/<\/?stories>/gi, '') });
  const host = endpointHost(settings);
  const key = cacheKey({ week: 1, user, system, model: settings.model, endpoint: endpointUrl(settings), temperature: settings.temperature, maxTokens: settings.maxTokens });
  if (cache && settings.cache) {
    const hit = (await cache.get(key)) as Partial<CachedIntro> | undefined;
    // An intro that failed grounding is cached too (as none): the same stories ask nothing again.
    // Its line says it was replaced; a grounded intro's lines are doubts to check.
    if (hit?.output && Array.isArray(hit.warnings)) {
      const cachedIntro = hit.output.intro;
      const code = cachedIntro ? 'llm-check' : 'llm-replaced';
      return { ...(cachedIntro ? { intro: cachedIntro } : {}), warnings: hit.warnings.map((w) => warning(code, '', w)), requests: 0, cacheHit: true };
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
      if (cache) await cache.set(key, { output: { intro: null }, warnings, tokensIn: completion.tokensIn, tokensOut: completion.tokensOut } satisfies CachedIntro);
      return { warnings: warnings.map((w) => warning('llm-replaced', '', w)), requests: completion.requests, cacheHit: false };
    }
    const warnings = grounding.flags.map((f) => `LLM: check week intro: ${f}`);
    if (cache) await cache.set(key, { output: { intro }, warnings, tokensIn: completion.tokensIn, tokensOut: completion.tokensOut } satisfies CachedIntro);
    return { intro, warnings: warnings.map((w) => warning('llm-check', '', w)), requests: completion.requests, cacheHit: false };
  } catch (error) {
    if (settings.strict) throw error;
    return { warnings: [warning('llm-fallback', '', `LLM (${host}): week intro: ${(error as Error).message}; used the offline intro`)], requests: 0, cacheHit: false };
  }
}
