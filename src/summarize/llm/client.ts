// The openai SDK client for an endpoint, loaded only when a model is used. One place decides
// what "no key" means: a local server (OPENAI_BASE_URL) needs none, OpenAI does.
import type OpenAI from 'openai';
import { CrierError } from '../../errors.js';
import type { LlmSettings } from './settings.js';

export async function createClient(settings: LlmSettings): Promise<OpenAI> {
  if (!settings.apiKey && !settings.baseURL) {
    throw new CrierError('LLM_FAILED', 'OPENAI_API_KEY is not set', { hint: 'export OPENAI_API_KEY, or set OPENAI_BASE_URL for a local server' });
  }
  const { default: OpenAIClient } = await import('openai');
  return new OpenAIClient({
    apiKey: settings.apiKey ?? 'not-needed',
    timeout: settings.timeout * 1000,
    maxRetries: settings.maxRetries,
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
  });
}
