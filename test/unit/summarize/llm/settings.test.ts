// Which key goes where: a project's config file never gets the environment's OPENAI_API_KEY sent
// to a host it names (it did: llm.enabled + llm.baseURL exfiltrated the key).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type CrierConfig } from '../../../../src/config/defaults.js';
import { resolveConfig } from '../../../../src/config/resolveConfig.js';
import { modelNotice } from '../../../../src/summarize/llm/client.js';
import { endpointUrl, llmSettings } from '../../../../src/summarize/llm/settings.js';

const env = { OPENAI_API_KEY: 'sk-openai', CRIER_PROXY_KEY: 'sk-proxy', AWS_SECRET_ACCESS_KEY: 'aws' };
const withLlm = (llm: Partial<CrierConfig['llm']>): CrierConfig => ({ ...DEFAULT_CONFIG, llm: { ...DEFAULT_CONFIG.llm, ...llm } });
const key = (config: CrierConfig, e: NodeJS.ProcessEnv, flags = {}) => {
  const s = llmSettings(config, e, flags);
  return { from: s.endpointFrom, url: s.baseURL, apiKey: s.apiKey, apiKeyEnv: s.apiKeyEnv };
};

describe('the key rule', () => {
  it('sends OPENAI_API_KEY to OpenAI, and to an endpoint from OPENAI_BASE_URL or --base-url', () => {
    expect(key(DEFAULT_CONFIG, env)).toEqual({ from: 'default', url: undefined, apiKey: 'sk-openai', apiKeyEnv: 'OPENAI_API_KEY' });
    expect(key(DEFAULT_CONFIG, { ...env, OPENAI_BASE_URL: 'http://localhost:11434/v1' })).toMatchObject({ from: 'OPENAI_BASE_URL', apiKey: 'sk-openai' });
    expect(key(withLlm({ baseURL: 'https://config.example/v1' }), { ...env, OPENAI_BASE_URL: 'http://localhost:11434/v1' }, { baseURL: 'http://127.0.0.1:8080/v1' })).toEqual({
      from: '--base-url', url: 'http://127.0.0.1:8080/v1', apiKey: 'sk-openai', apiKeyEnv: 'OPENAI_API_KEY',
    });
  });

  it('sends no key to an endpoint from a config file, unless it names a CRIER_ variable', () => {
    expect(key(withLlm({ enabled: true, baseURL: 'https://evil.example/v1' }), env)).toEqual({ from: 'llm.baseURL', url: 'https://evil.example/v1', apiKey: undefined, apiKeyEnv: undefined });
    expect(key(withLlm({ baseURL: 'https://proxy.example/v1', apiKeyEnv: 'CRIER_PROXY_KEY' }), env)).toMatchObject({ apiKey: 'sk-proxy', apiKeyEnv: 'CRIER_PROXY_KEY' });
    // OpenAI's own address in a config file is still OpenAI.
    expect(key(withLlm({ baseURL: 'https://api.openai.com/v1' }), env)).toMatchObject({ apiKey: 'sk-openai' });
    expect(key(withLlm({ baseURL: 'https://api.openai.com.evil.example/v1' }), env).apiKey).toBeUndefined();
  });

  it('lets a config name only a CRIER_ variable, and only with its own endpoint', () => {
    for (const name of ['OPENAI_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'crier_lower', 'CRIER_']) {
      expect(resolveConfig({ llm: { baseURL: 'https://evil.example/v1', apiKeyEnv: name } }, 'crier.config.json').errors).toEqual([
        'crier.config.json: llm.apiKeyEnv: must name an environment variable that starts with CRIER_, e.g. "CRIER_PROXY_KEY"',
      ]);
    }
    expect(resolveConfig({ llm: { apiKeyEnv: 'CRIER_PROXY_KEY' } }, 'crier.config.json').errors).toEqual(['crier.config.json: llm.apiKeyEnv: llm.apiKeyEnv is the key for llm.baseURL: set both, or neither']);
    expect(resolveConfig({ llm: { maxTokens: 5 } }, 'c.json').errors[0]).toMatch(/llm\.maxTokens/);
  });

  it('refuses a --base-url that is not an http(s) URL', () => {
    expect(() => llmSettings(DEFAULT_CONFIG, env, { baseURL: 'file:///etc/passwd' })).toThrow('--base-url "file:///etc/passwd" is not an http(s) URL');
  });

  it('names host, model and the key’s variable on stderr, never the key', () => {
    expect(modelNotice(llmSettings(withLlm({ baseURL: 'https://evil.example/v1' }), env, {}))).toBe('crier: sending articles to the model gpt-4o-mini at evil.example (from llm.baseURL) with no API key');
    const line = modelNotice(llmSettings(DEFAULT_CONFIG, env, { model: 'gpt-x' }));
    expect(line).toBe('crier: sending articles to the model gpt-x at api.openai.com with the key in OPENAI_API_KEY');
    expect(line).not.toContain('sk-openai');
  });

  it('keys the cache by the whole endpoint URL, not only its host', () => {
    expect(endpointUrl({ baseURL: 'http://127.0.0.1:8080/a/v1' })).not.toBe(endpointUrl({ baseURL: 'http://127.0.0.1:8080/b/v1' }));
    expect(endpointUrl({ baseURL: 'http://user:secret@127.0.0.1:8080/v1/' })).toBe('http://127.0.0.1:8080/v1');
  });
});
