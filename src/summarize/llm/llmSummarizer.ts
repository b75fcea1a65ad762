// The LLM summarizer: one request per article for every field (headline, preheader, bullets, intro,
// why it matters, posts per platform, hashtags), validated with zod and grounded in the article.
// Invalid JSON or a schema miss is asked for again once; a field that fails grounding is asked for
// again once with the reason, then replaced by the extractive result with a warning. Any failure of
// the service falls back to the extractive summary (or fails the run with --strict).
import { CrierError } from '../../errors.js';
import type { Analysis } from '../../analyze/types.js';
import type { PlatformId } from '../../config/choices.js';
import type { Article } from '../../extract/types.js';
import type { LlmWording, Summary } from '../types.js';
import { ExtractiveSummarizer } from '../extractive.js';
import type { SummarizeOptions, Summarizer } from '../summarizer.js';
import { cacheKey, type LlmCache } from './cache.js';
import { createClient } from './client.js';
import { complete, type Message, type ResponseFormat } from './complete.js';
import { ArticleFacts, stripPreamble } from './grounding.js';
import { parseJson } from './parseJson.js';
import { buildMessages, type PromptFiles } from './prompt.js';
import { warning } from '../../warnings.js';
import { llmOutputSchema, SCHEMA_VERSION, textFields, type LlmOutput } from './schema.js';
import { endpointHost, endpointUrl, type LlmSettings } from './settings.js';

const MAX_REQUESTS = 3;

/** Numbering and thread marks are crier's job; a model that adds them gets them removed. */
function cleanPost(post: string): string {
  return stripPreamble(post)
    .replace(/^\s*(\d+\s*\/\s*\d+|🧵)\s*/u, '')
    .replace(/\s*(\d+\s*\/\s*\d+|🧵)\s*$/u, '')
    .trim();
}

function sanitize(output: LlmOutput): LlmOutput {
  const posts = Object.fromEntries(Object.entries(output.posts).map(([p, list]) => [p, list.map(cleanPost).filter(Boolean)])) as LlmOutput['posts'];
  return {
    ...output,
    headline: stripPreamble(output.headline),
    preheader: stripPreamble(output.preheader),
    intro: stripPreamble(output.intro),
    whyItMatters: stripPreamble(output.whyItMatters).replace(/^why it matters:\s*/i, ''),
    bullets: output.bullets.map((b) => stripPreamble(b).replace(/^[-•*]\s*/, '')),
    posts,
    hashtags: output.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)),
  };
}

function groundingFailures(output: LlmOutput, facts: ArticleFacts): { failures: Map<string, string[]>; flags: string[] } {
  const failures = new Map<string, string[]>();
  const flags: string[] = [];
  for (const { field, text } of textFields(output)) {
    const result = facts.check(text);
    if (result.failures.length) failures.set(field, result.failures);
    flags.push(...result.flags.map((f) => `${field}: ${f}`));
  }
  return { failures, flags: [...new Set(flags)] };
}

/** A model's validated answer for one article, as .crier-cache/llm/<key>.json keeps it. */
export interface CachedAnswer {
  output: LlmOutput;
  /** Fields that failed grounding twice, with why: the extractive text stands in for them. */
  replaced: { field: string; reasons: string[] }[];
  /** Grounding doubts that did not fail a field ("headline: the name X is not in the article"). */
  flags: string[];
  tokensIn: number;
  tokensOut: number;
  format?: string;
}

/** Entries written before `replaced` existed kept it only in a warning's text: ask again. */
function isCurrent(entry: unknown): entry is CachedAnswer {
  const answer = entry as Partial<CachedAnswer> | undefined;
  return Array.isArray(answer?.replaced) && Array.isArray(answer.flags);
}

interface Answer extends CachedAnswer {
  requests: number;
  cacheHit: boolean;
}

export class LlmSummarizer implements Summarizer {
  readonly name = 'llm';

  constructor(
    private readonly settings: LlmSettings,
    private readonly prompts: PromptFiles,
    private readonly platforms: PlatformId[],
    private readonly cache: LlmCache | undefined,
  ) {}

  async summarize(article: Article, analysis: Analysis, options: SummarizeOptions): Promise<Summary> {
    const base = await new ExtractiveSummarizer().summarize(article, analysis, options);
    const host = endpointHost(this.settings);
    const usage = { model: this.settings.model, baseUrlHost: host, tokensIn: 0, tokensOut: 0, requests: 0, cacheHit: false };
    let answer: Answer;
    try {
      answer = await this.answer(article);
    } catch (error) {
      const reason = error instanceof CrierError ? error.message : (error as Error).message;
      if (this.settings.strict) {
        throw new CrierError('LLM_FAILED', `The model failed for "${article.title}": ${reason}`, { cause: error, hint: 'run without --strict to fall back to the extractive summary' });
      }
      const requests = (error as { requests?: number }).requests ?? 0;
      return { ...base, warnings: [warning('llm-fallback', article.inputPath, `LLM (${host}): ${reason}; used the extractive summary`)], usage: { ...usage, requests } };
    }
    return this.merge(article, base, answer, { ...usage, tokensIn: answer.tokensIn, tokensOut: answer.tokensOut, requests: answer.requests, cacheHit: answer.cacheHit, ...(answer.format ? { format: answer.format } : {}) });
  }

  private merge(article: Article, base: Summary, answer: Answer, usage: NonNullable<Summary['usage']>): Summary {
    const out = answer.output;
    const failed = new Set(answer.replaced.map((r) => r.field));
    const wording: LlmWording = {};
    if (!failed.has('intro')) wording.intro = out.intro;
    if (!failed.has('preheader')) wording.preheader = out.preheader;
    if (!failed.has('whyItMatters')) wording.whyItMatters = out.whyItMatters;
    const posts: LlmWording['posts'] = {};
    for (const platform of this.platforms) {
      const list = out.posts[platform];
      if (list && ![...failed].some((f) => f.startsWith(`posts.${platform}[`))) posts[platform] = list;
    }
    wording.posts = posts;
    wording.hashtags = out.hashtags;
    const bullets = out.bullets.filter((_, i) => !failed.has(`bullets[${i}]`));
    return {
      ...base,
      headline: failed.has('headline') ? base.headline : out.headline,
      bullets: bullets.length >= 2 ? bullets : base.bullets,
      method: 'llm',
      model: this.settings.model,
      llm: wording,
      warnings: [
        ...answer.replaced.map((r) => warning('llm-replaced', article.inputPath, `LLM: replaced ${r.field}: ${r.reasons.join('; ')} (used the extractive text)`)),
        ...answer.flags.map((f) => warning('llm-check', article.inputPath, `LLM: check ${f}`)),
      ],
      usage,
    };
  }

  private async answer(article: Article): Promise<Answer> {
    const key = cacheKey({
      v: SCHEMA_VERSION,
      title: article.title,
      text: article.text,
      prompts: this.prompts,
      model: this.settings.model,
      // The whole URL: two endpoints on one host (two proxies, two local servers) answer differently.
      endpoint: endpointUrl(this.settings),
      temperature: this.settings.temperature,
      maxTokens: this.settings.maxTokens,
      platforms: this.platforms,
    });
    if (this.cache && this.settings.cache) {
      const cached = await this.cache.get(key);
      if (isCurrent(cached)) return { ...cached, requests: 0, cacheHit: true };
    }
    const client = await createClient(this.settings);
    const facts = new ArticleFacts(article.text, article.title);
    const messages: Message[] = buildMessages(this.prompts, article, this.platforms);
    let requests = 0;
    let tokensIn = 0;
    let tokensOut = 0;
    let format: ResponseFormat | undefined;
    let groundingAsked = false;
    let repairAsked = false;
    for (let attempt = 0; attempt < MAX_REQUESTS; attempt++) {
      let completion;
      try {
        completion = await complete(client, this.settings, format ? { startFormat: format } : {}, messages);
      } catch (error) {
        Object.assign(error as object, { requests: requests + 1 });
        throw error;
      }
      requests += completion.requests;
      tokensIn += completion.tokensIn;
      tokensOut += completion.tokensOut;
      format = completion.format;
      const retry = (why: string, ask: string) => {
        if (repairAsked) throw Object.assign(new CrierError('LLM_FAILED', why), { requests });
        repairAsked = true;
        messages.push({ role: 'assistant', content: completion.text }, { role: 'user', content: ask });
      };
      if (!completion.text.trim()) {
        retry('the model gave an empty answer', 'Your answer was empty. Reply with the JSON object only.');
        continue;
      }
      let json: unknown;
      try {
        json = parseJson(stripPreamble(completion.text));
      } catch {
        retry('the model did not answer with valid JSON', 'That was not valid JSON. Reply with the JSON object only, nothing before or after it.');
        continue;
      }
      const parsed = llmOutputSchema.safeParse(json);
      if (!parsed.success) {
        const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'object'}: ${i.message}`).join('; ');
        retry(`the model's JSON does not match the schema (${problems})`, `The JSON does not match the required shape: ${problems}. Reply with the corrected JSON object only.`);
        continue;
      }
      const output = sanitize(parsed.data);
      const { failures, flags } = groundingFailures(output, facts);
      if (failures.size > 0 && !groundingAsked && attempt < MAX_REQUESTS - 1) {
        groundingAsked = true;
        const reasons = [...failures].map(([field, why]) => `${field}: ${why.join('; ')}`).join('\n');
        messages.push(
          { role: 'assistant', content: completion.text },
          { role: 'user', content: `Some fields are not supported by the article:\n${reasons}\nRewrite those fields using only quotes, numbers and names from the article, and reply with the whole JSON object again.` },
        );
        continue;
      }
      const replaced = [...failures].map(([field, reasons]) => ({ field, reasons }));
      const result: CachedAnswer = { output, replaced, flags, tokensIn, tokensOut, format };
      if (this.cache) await this.cache.set(key, result);
      return { ...result, requests, cacheHit: false };
    }
    throw Object.assign(new CrierError('LLM_FAILED', 'the model gave no usable answer'), { requests });
  }
}
