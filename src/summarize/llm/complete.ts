// One chat completion through the openai SDK, asking for structured output first and falling back
// for servers that do not support it: json_schema -> json_object -> plain text (fenced JSON).
// The SDK retries 408/409/429/5xx and timeouts itself (honouring retry-after); errors are turned
// into one line that names the host, the status and the real time spent, never the key.
import { CrierError } from '../../errors.js';
import { AnswerTooLargeError, AnswerTooSlowError } from './answerFetch.js';
import type { LlmClient } from './client.js';
import { llmJsonSchema } from './schema.js';
import { endpointHost, isOpenAi, type LlmSettings } from './settings.js';

export type Message = { role: 'system' | 'user' | 'assistant'; content: string };
export type ResponseFormat = 'json_schema' | 'json_object' | 'text';

export interface Completion {
  text: string;
  tokensIn: number;
  tokensOut: number;
  format: ResponseFormat;
  requests: number;
}

const FORMATS: ResponseFormat[] = ['json_schema', 'json_object', 'text'];

function responseFormat(format: ResponseFormat, schema?: { name: string; schema: Record<string, unknown> }) {
  if (format === 'json_schema') {
    const s = schema ?? { name: 'newsletter_item', schema: llmJsonSchema() };
    return { response_format: { type: 'json_schema' as const, json_schema: { name: s.name, strict: true, schema: s.schema } } };
  }
  if (format === 'json_object') return { response_format: { type: 'json_object' as const } };
  return {};
}

/** The first error in the cause chain that is one of crier's own answer limits. */
function limitError(error: unknown): AnswerTooLargeError | AnswerTooSlowError | undefined {
  for (let e = error as { cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof AnswerTooLargeError || e instanceof AnswerTooSlowError) return e;
  }
  return undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

export function describeFailure(error: unknown, settings: LlmSettings, spent: { ms: number; tries: number }): string {
  const host = endpointHost(settings);
  const e = error as { status?: number; name?: string; constructor?: { name?: string } };
  const kind = e.constructor?.name ?? e.name ?? '';
  const tries = spent.tries === 1 ? '1 try' : `${spent.tries} tries`;
  const limit = limitError(error);
  if (limit instanceof AnswerTooLargeError) return `${host} sent an answer larger than ${Math.round(limit.maxBytes / 1024)} KB; crier stopped reading it`;
  if (limit instanceof AnswerTooSlowError) return `${host} took longer than ${settings.timeout} s to send its answer; crier stopped reading it`;
  if (kind === 'APIConnectionTimeoutError') return `${host} did not answer within ${settings.timeout} s (${tries}, ${seconds(spent.ms)} in all; llm.timeout and llm.maxRetries set these)`;
  if (kind === 'APIConnectionError') return `cannot connect to ${host} (${tries}, ${seconds(spent.ms)} in all)`;
  if ((e.status === 401 || e.status === 403) && !settings.apiKey) {
    return `${host} asks for an API key (HTTP ${e.status}) and crier sent none: for an endpoint from ${settings.endpointFrom === 'llm.baseURL' ? 'a config file, set llm.apiKeyEnv to a CRIER_… variable that holds its key' : `${settings.endpointFrom}, export OPENAI_API_KEY`}`;
  }
  if (e.status === 401 || e.status === 403) return `${host} rejected the API key in ${settings.apiKeyEnv ?? 'the environment'} (HTTP ${e.status})`;
  if (e.status === 429) return `${host} is rate limiting (HTTP 429) after ${tries}, ${seconds(spent.ms)} in all`;
  if (e.status && e.status >= 500) return `${host} failed with HTTP ${e.status} after ${tries}, ${seconds(spent.ms)} in all`;
  if (e.status) return `${host} answered HTTP ${e.status}`;
  return `request to ${host} failed`;
}

/** OpenAI wants max_completion_tokens (its reasoning models refuse max_tokens); other servers know max_tokens. */
function tokenLimit(settings: LlmSettings): { max_completion_tokens: number } | { max_tokens: number } {
  return isOpenAi(settings.baseURL) ? { max_completion_tokens: settings.maxTokens } : { max_tokens: settings.maxTokens };
}

export async function complete(
  client: LlmClient,
  settings: LlmSettings,
  options: { startFormat?: ResponseFormat; schema?: { name: string; schema: Record<string, unknown> } },
  messages: Message[],
): Promise<Completion> {
  let requests = 0;
  const start = FORMATS.indexOf(options.startFormat ?? 'json_schema');
  for (const format of FORMATS.slice(start)) {
    requests++;
    let response;
    const started = performance.now();
    const triesBefore = client.stats.requests;
    try {
      response = await client.openai.chat.completions.create({ model: settings.model, temperature: settings.temperature, ...tokenLimit(settings), messages, ...responseFormat(format, options.schema) });
    } catch (error) {
      // A 400/422 on a response_format is "not supported here": try the next, simpler format.
      const status = (error as { status?: number }).status;
      if ((status === 400 || status === 422) && format !== 'text') continue;
      const spent = { ms: performance.now() - started, tries: client.stats.requests - triesBefore };
      throw new CrierError('LLM_FAILED', describeFailure(error, settings, spent), { cause: error });
    }
    const choice = response.choices?.[0];
    const message = choice?.message as { content?: string | null; refusal?: string | null } | undefined;
    if (message?.refusal) throw new CrierError('LLM_FAILED', `the model refused: ${message.refusal.slice(0, 120)}`);
    return {
      text: message?.content ?? '',
      tokensIn: response.usage?.prompt_tokens ?? 0,
      tokensOut: response.usage?.completion_tokens ?? 0,
      format,
      requests,
    };
  }
  throw new CrierError('LLM_FAILED', `${endpointHost(settings)} accepted no response format`);
}
