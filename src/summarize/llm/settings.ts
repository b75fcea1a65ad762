// How crier talks to a model: flags > environment (OPENAI_API_KEY, OPENAI_BASE_URL, CRIER_MODEL) >
// crier.config.json "llm" > defaults. The API key comes only from the environment and is never
// written anywhere.
import type { CrierConfig } from '../../config/defaults.js';

export interface LlmSettings {
  enabled: boolean;
  model: string;
  baseURL?: string;
  apiKey?: string;
  temperature: number;
  /** Seconds per request. */
  timeout: number;
  maxRetries: number;
  strict: boolean;
  cache: boolean;
}

export interface LlmFlags {
  llm?: boolean;
  offline?: boolean;
  model?: string;
  strict?: boolean;
  cache?: boolean;
  /** --base-url: the endpoint, stronger than OPENAI_BASE_URL and the config. */
  baseUrl?: string;
}

export function llmSettings(config: CrierConfig, env: NodeJS.ProcessEnv, flags: LlmFlags): LlmSettings {
  const settings: LlmSettings = {
    enabled: flags.offline ? false : (flags.llm ?? config.llm.enabled),
    model: flags.model ?? env.CRIER_MODEL ?? config.llm.model,
    temperature: config.llm.temperature,
    timeout: config.llm.timeout,
    maxRetries: config.llm.maxRetries,
    strict: flags.strict ?? false,
    cache: flags.cache ?? true,
  };
  const baseURL = flags.baseUrl ?? env.OPENAI_BASE_URL ?? config.llm.baseURL;
  if (baseURL) settings.baseURL = baseURL;
  if (env.OPENAI_API_KEY) settings.apiKey = env.OPENAI_API_KEY;
  return settings;
}

/** The host of the endpoint, for the manifest (never the key, never a path with secrets). */
export function endpointHost(settings: LlmSettings): string {
  try {
    return new URL(settings.baseURL ?? 'https://api.openai.com/v1').host;
  } catch {
    return 'unknown';
  }
}
