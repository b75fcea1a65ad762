// How crier talks to a model: flags > environment (OPENAI_API_KEY, OPENAI_BASE_URL, CRIER_MODEL) >
// crier.config.json "llm" > defaults. API keys come only from the environment and are never
// written anywhere.
//
// Which key goes where: a project's config file is not trusted with the user's secrets. The
// environment's OPENAI_API_KEY goes only to an endpoint the user chose (--base-url,
// OPENAI_BASE_URL) or to OpenAI itself. An endpoint named in a config file gets the key of the
// variable it names in llm.apiKeyEnv (which must start with CRIER_), or no key at all.
import type { CrierConfig } from '../../config/defaults.js';
import { CrierError } from '../../errors.js';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Where the endpoint came from, for the notice on stderr and for error messages. */
export type EndpointSource = 'default' | '--base-url' | 'OPENAI_BASE_URL' | 'llm.baseURL';

export interface LlmSettings {
  enabled: boolean;
  model: string;
  baseURL?: string;
  endpointFrom: EndpointSource;
  apiKey?: string;
  /** The environment variable the key is read from (named in messages, never the key). */
  apiKeyEnv?: string;
  temperature: number;
  /** Seconds per request. */
  timeout: number;
  maxRetries: number;
  /** Upper bound on the answer's tokens, sent as max_completion_tokens or max_tokens. */
  maxTokens: number;
  strict: boolean;
  cache: boolean;
  /** Called before the first request of a client: one line naming host and model, never the key. */
  notify?: (line: string) => void;
}

export interface LlmFlags {
  llm?: boolean;
  offline?: boolean;
  model?: string;
  /** --base-url: an endpoint the user chose on the command line (gets OPENAI_API_KEY). */
  baseURL?: string;
  strict?: boolean;
  cache?: boolean;
  notify?: (line: string) => void;
}

/** True for OpenAI's own API, wherever its address came from. */
export function isOpenAi(baseURL: string | undefined): boolean {
  try {
    return new URL(baseURL ?? OPENAI_BASE_URL).origin === new URL(OPENAI_BASE_URL).origin;
  } catch {
    return false;
  }
}

export function llmSettings(config: CrierConfig, env: NodeJS.ProcessEnv, flags: LlmFlags): LlmSettings {
  const settings: LlmSettings = {
    enabled: flags.offline ? false : (flags.llm ?? config.llm.enabled),
    model: flags.model ?? env.CRIER_MODEL ?? config.llm.model,
    endpointFrom: 'default',
    temperature: config.llm.temperature,
    timeout: config.llm.timeout,
    maxRetries: config.llm.maxRetries,
    maxTokens: config.llm.maxTokens,
    strict: flags.strict ?? false,
    cache: flags.cache ?? true,
  };
  if (flags.notify) settings.notify = flags.notify;
  if (flags.baseURL !== undefined && !/^https?:\/\/[^\s]+$/i.test(flags.baseURL)) {
    throw new CrierError('USAGE', `--base-url "${flags.baseURL}" is not an http(s) URL`, { hint: 'e.g. --base-url http://localhost:11434/v1' });
  }
  const chosen: [EndpointSource, string | undefined][] = [
    ['--base-url', flags.baseURL],
    ['OPENAI_BASE_URL', env.OPENAI_BASE_URL],
    ['llm.baseURL', config.llm.baseURL],
  ];
  const [from, baseURL] = chosen.find(([, url]) => url) ?? ['default', undefined];
  settings.endpointFrom = from;
  if (baseURL) settings.baseURL = baseURL;
  const keyEnv = from === 'llm.baseURL' && !isOpenAi(baseURL) ? config.llm.apiKeyEnv : 'OPENAI_API_KEY';
  if (keyEnv) {
    settings.apiKeyEnv = keyEnv;
    const key = env[keyEnv];
    if (key) settings.apiKey = key;
  }
  return settings;
}

/** The host of the endpoint, for the manifest (never the key, never a path with secrets). */
export function endpointHost(settings: Pick<LlmSettings, 'baseURL'>): string {
  try {
    return new URL(settings.baseURL ?? OPENAI_BASE_URL).host;
  } catch {
    return 'unknown';
  }
}

/** The whole endpoint URL, for cache keys: two endpoints on one host give different answers. */
export function endpointUrl(settings: Pick<LlmSettings, 'baseURL'>): string {
  try {
    const url = new URL(settings.baseURL ?? OPENAI_BASE_URL);
    url.username = '';
    url.password = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    return settings.baseURL ?? OPENAI_BASE_URL;
  }
}
