// Against a real endpoint, only when asked: CRIER_LIVE_LLM=1 OPENAI_API_KEY=... [OPENAI_BASE_URL=...] [CRIER_MODEL=...]
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const live = process.env.CRIER_LIVE_LLM === '1' && Boolean(process.env.OPENAI_API_KEY || process.env.OPENAI_BASE_URL);

describe.skipIf(!live)('crier build --llm against a real model', () => {
  it('writes an edition worded by the model, grounded in the article', async () => {
    const work = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    const result = await runCli(['build', 'content/', '--llm', '--strict'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const [slug] = readdirSync(path.join(work, 'out'));
    const manifest = JSON.parse(readFileSync(path.join(work, 'out', slug ?? '', 'manifest.json'), 'utf8'));
    expect(manifest.summarizer.method).toBe('llm');
    const thread = JSON.parse(readFileSync(path.join(work, 'out', slug ?? '', 'thread.json'), 'utf8'));
    for (const platform of Object.values(thread.platforms) as { posts: { ok: boolean }[] }[]) expect(platform.posts.every((p) => p.ok)).toBe(true);
  }, 180_000);
});
