// The openai SDK client for an endpoint, loaded only when a model is used. This file decides what
// goes over the wire: which key (settings.ts says which), no other credentials the SDK would pick
// up from the environment on its own (OPENAI_ADMIN_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID), and
// how much of an answer is read (answerFetch.ts).
import type OpenAI from 'openai';
import { CrierError } from '../../errors.js';
import { answerFetch, type FetchStats } from './answerFetch.js';
import { endpointHost, isOpenAi, OPENAI_BASE_URL, type LlmSettings } from './settings.js';

export interface LlmClient {
  openai: OpenAI;
  /** HTTP requests made so far, retries included. */
  stats: FetchStats;
}

/** The one line on stderr when a model is about to be called: host and model, never the key. */
export function modelNotice(settings: LlmSettings): string {
  const where = settings.endpointFrom === 'default' ? '' : ` (from ${settings.endpointFrom})`;
  const key = settings.apiKey ? `the key in ${settings.apiKeyEnv}` : 'no API key';
  return `crier: sending articles to the model ${settings.model} at ${endpointHost(settings)}${where} with ${key}`;
}

export async function createClient(settings: LlmSettings): Promise<LlmClient> {
  if (!settings.apiKey) {
    if (isOpenAi(settings.baseURL)) {
      throw new CrierError('LLM_FAILED', 'OPENAI_API_KEY is not set', { hint: 'export OPENAI_API_KEY, or set OPENAI_BASE_URL / --base-url for a local server' });
    }
    if (settings.endpointFrom === 'llm.baseURL' && settings.apiKeyEnv) {
      throw new CrierError('LLM_FAILED', `${settings.apiKeyEnv} is not set (llm.apiKeyEnv names it as the key for ${endpointHost(settings)})`, { hint: `export ${settings.apiKeyEnv}` });
    }
  }
  const { default: OpenAIClient } = await import('openai').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error;
    // A broken install: one line, not Node's require stack.
    throw new CrierError('LLM_FAILED', 'the openai package is missing from this install', { cause: error, hint: 'reinstall crier, or run npm install where it lives' });
  });
  const stats: FetchStats = { requests: 0 };
  const openai = new OpenAIClient({
    // The SDK insists on some credential; answerFetch sends the real one, or none.
    apiKey: settings.apiKey ?? 'no-key',
    adminAPIKey: null,
    organization: null,
    project: null,
    baseURL: settings.baseURL ?? OPENAI_BASE_URL,
    timeout: settings.timeout * 1000,
    maxRetries: settings.maxRetries,
    fetch: answerFetch({
      apiKey: settings.apiKey,
      // An endpoint from a config file gets the request and nothing the environment added to it.
      plainHeaders: settings.endpointFrom === 'llm.baseURL',
      maxBytes: maxAnswerBytes(settings.maxTokens),
      timeoutMs: settings.timeout * 1000,
      stats,
    }),
  });
  settings.notify?.(modelNotice(settings));
  return { openai, stats };
}

/** A JSON answer of maxTokens tokens is a few bytes per token; 1 MB is far more than any needs. */
export function maxAnswerBytes(maxTokens: number): number {
  return Math.max(1024 * 1024, maxTokens * 32);
}
