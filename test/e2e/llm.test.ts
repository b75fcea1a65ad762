// crier build --llm end to end: the built CLI, the real openai SDK, a scripted server on 127.0.0.1.
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnswer, startFakeLlm, type FakeLlm } from '../helpers/fakeLlm.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The folder keeps the article's own slug, with or without a model.
const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
const KEY = 'sk-test-very-secret-key-123';
const longPost = `Putin and Bolton met in the Kremlin. ${'Both sides spoke of hope for better relations between the two countries. '.repeat(5)}`;
let server: FakeLlm;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await startFakeLlm((n) => (n === 0 ? { content: seedAnswer({ posts: { ...JSON.parse(seedAnswer()).posts, x: [longPost, 'A summit could follow in mid-July.'] } }) } : { status: 500, body: '{}' }));
  work = tempDir();
  cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
  env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY, CRIER_MODEL: 'test-model' };
});

afterAll(() => server.close());

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

describe('crier build --llm', () => {
  it('writes the edition with the model’s wording, then answers a re-run from the cache', async () => {
    const first = await runCli(['build', 'content/', '--llm'], { cwd: work, env });
    expect(first.code, first.stderr).toBe(0);
    expect(server.requests).toHaveLength(1);
    const files = outputs(path.join(work, 'out', SLUG));
    expect(Object.keys(files)).toHaveLength(14);
    expect(files['newsletter.html']).toContain('A summit could follow in mid-July.');
    expect(files['brief.md']).toContain('- Finland offered to host the summit, with Helsinki the preferred option.');
    const manifest = JSON.parse(files['manifest.json'] ?? '{}');
    expect(manifest.summarizer).toMatchObject({ method: 'llm', model: 'test-model', baseUrlHost: new URL(server.url).host, requests: 1, cacheHit: false, tokensIn: 900, tokensOut: 300 });

    // The over-long X post was re-split by crier: every post fits.
    const x = JSON.parse(files['thread.json'] ?? '{}').platforms.x.posts as { text: string; ok: boolean; length: number }[];
    expect(x.every((p) => p.ok && p.length <= 280)).toBe(true);
    expect(x.length).toBeGreaterThanOrEqual(3);

    // The key is nowhere: not in a file, not on stderr.
    for (const content of Object.values(files)) expect(content).not.toContain(KEY);
    expect(first.stderr + first.stdout).not.toContain(KEY);

    const second = await runCli(['build', 'content/', '--llm', '--json', '-q'], { cwd: work, env });
    expect(second.code).toBe(0);
    expect(server.requests).toHaveLength(1); // zero new requests
    expect(JSON.parse(readFileSync(path.join(work, 'out', SLUG, 'manifest.json'), 'utf8')).summarizer).toMatchObject({ cacheHit: true, requests: 0 });
  });

  it('falls back to the extractive summary with a warning, or fails with --strict', async () => {
    const result = await runCli(['build', 'content/', '--llm', '--no-cache', '-o', 'fallback'], { cwd: work, env: { ...env, CRIER_MODEL: 'other' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: LLM \(127\.0\.0\.1:\d+\): .*HTTP 500 after retries; used the extractive summary/);
    const [slug] = readdirSync(path.join(work, 'fallback')).filter((f) => f !== 'index.html');
    const manifest = JSON.parse(readFileSync(path.join(work, 'fallback', slug ?? '', 'manifest.json'), 'utf8'));
    expect(manifest.summarizer.method).toBe('extractive');
    expect(manifest.warnings[0]).toMatch(/HTTP 500/);
    expect(result.stderr).not.toContain(KEY);

    const strict = await runCli(['build', 'content/', '--llm', '--no-cache', '--strict', '-o', 'strict'], { cwd: work, env: { ...env, CRIER_MODEL: 'other' } });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/crier: The model failed for "Putin, top Trump aide.*HTTP 500 after retries \(run without --strict/);
  });

  it('--offline wins over a config that enables the model', async () => {
    const before = server.requests.length;
    const result = await runCli(['build', 'content/', '--llm', '--offline', '-o', 'offline', '-q'], { cwd: work, env });
    expect(result.code).toBe(0);
    expect(server.requests.length).toBe(before);
  });
});
