// One chat completion through the openai SDK, asking for structured output first and falling back
// for servers that do not support it: json_schema -> json_object -> plain text (fenced JSON).
// The SDK retries 408/409/429/5xx itself (honouring retry-after); errors are turned into one line
// that names the host and the status, never the key.
import type OpenAI from 'openai';
import { CrierError } from '../../errors.js';
import { llmJsonSchema } from './schema.js';

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

export function describeFailure(error: unknown, host: string, timeout: number): string {
  const e = error as { status?: number; name?: string; constructor?: { name?: string } };
  const kind = e.constructor?.name ?? e.name ?? '';
  if (kind === 'APIConnectionTimeoutError') return `${host} did not answer within ${timeout} s`;
  if (kind === 'APIConnectionError') return `cannot connect to ${host}`;
  if (e.status === 401 || e.status === 403) return `${host} rejected the API key (HTTP ${e.status})`;
  if (e.status === 429) return `${host} is rate limiting (HTTP 429) after retries`;
  if (e.status && e.status >= 500) return `${host} failed with HTTP ${e.status} after retries`;
  if (e.status) return `${host} answered HTTP ${e.status}`;
  return `request to ${host} failed`;
}

export async function complete(
  client: OpenAI,
  options: { model: string; temperature: number; host: string; timeout: number; startFormat?: ResponseFormat; schema?: { name: string; schema: Record<string, unknown> } },
  messages: Message[],
): Promise<Completion> {
  let requests = 0;
  const start = FORMATS.indexOf(options.startFormat ?? 'json_schema');
  for (const format of FORMATS.slice(start)) {
    requests++;
    let response;
    try {
      response = await client.chat.completions.create({ model: options.model, temperature: options.temperature, messages, ...responseFormat(format, options.schema) });
    } catch (error) {
      // A 400/422 on a response_format is "not supported here": try the next, simpler format.
      const status = (error as { status?: number }).status;
      if ((status === 400 || status === 422) && format !== 'text') continue;
      throw new CrierError('LLM_FAILED', describeFailure(error, options.host, options.timeout), { cause: error });
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
  throw new CrierError('LLM_FAILED', `${options.host} accepted no response format`);
}
