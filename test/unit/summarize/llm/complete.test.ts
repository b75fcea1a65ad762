// The token cap goes in the field each kind of server understands.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults.js';
import type { LlmClient } from '../../../../src/summarize/llm/client.js';
import { complete } from '../../../../src/summarize/llm/complete.js';
import { llmSettings } from '../../../../src/summarize/llm/settings.js';

function stubClient(seen: Record<string, unknown>[]): LlmClient {
  const create = async (params: Record<string, unknown>) => {
    seen.push(params);
    return { choices: [{ message: { content: '{}' } }], usage: { prompt_tokens: 1, completion_tokens: 1 } };
  };
  return { openai: { chat: { completions: { create } } } as unknown as LlmClient['openai'], stats: { requests: 0 } };
}

describe('complete', () => {
  it('sends llm.maxTokens as max_completion_tokens to OpenAI and as max_tokens to other servers', async () => {
    const config = { ...DEFAULT_CONFIG, llm: { ...DEFAULT_CONFIG.llm, maxTokens: 900 } };
    const seen: Record<string, unknown>[] = [];
    await complete(stubClient(seen), llmSettings(config, { OPENAI_API_KEY: 'k' }, {}), {}, [{ role: 'user', content: 'x' }]);
    await complete(stubClient(seen), llmSettings(config, { OPENAI_BASE_URL: 'http://localhost:11434/v1' }, {}), {}, [{ role: 'user', content: 'x' }]);
    expect(seen[0]).toMatchObject({ max_completion_tokens: 900 });
    expect(seen[0]).not.toHaveProperty('max_tokens');
    expect(seen[1]).toMatchObject({ max_tokens: 900 });
    expect(seen[1]).not.toHaveProperty('max_completion_tokens');
  });
});
