// crier build --llm end to end: the real openai SDK, a scripted server on 127.0.0.1. The bundled CLI
// for a first build (what it prints, the key nowhere) and a digest (the notice once per run); the
// rest in-process through build(), digest() and summarizeFile() with the environment they would
// read (helpers/inProcess.ts): the notice is the line the CLI prints as it is (llm.notify).
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnswer, startFakeLlm, type FakeLlm } from '../helpers/fakeLlm.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { summarizeFile } from '../../src/inspect.js';
import type { LlmFlags } from '../../src/summarize/llm/settings.js';
import { buildIn, digestIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

// The folder keeps the article's own slug, with or without a model.
const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
const KEY = 'sk-test-very-secret-key-123';
const longPost = `Putin and Bolton met in the Kremlin. ${'Both sides spoke of hope for better relations between the two countries. '.repeat(5)}`;
let server: FakeLlm;
let work: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // The 500s ask for the next try in 1 ms (retry-after-ms, which the SDK honours): three tries
  // without a second of back-off each time.
  server = await startFakeLlm((n) => (n === 0 ? { content: seedAnswer({ posts: { ...JSON.parse(seedAnswer()).posts, x: [longPost, 'A summit could follow in mid-July.'] } }) } : { status: 500, headers: { 'retry-after-ms': '1' }, body: '{}' }));
  work = tempDir();
  cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
  env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY, CRIER_MODEL: 'test-model' };
});

afterAll(() => server.close());

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** Model flags that keep the notices the CLI would print on stderr (once per line: cli/options.ts). */
function noticed(flags: Omit<LlmFlags, 'notify'> = {}): { llm: LlmFlags; notices: string[] } {
  const notices: string[] = [];
  return { llm: { cache: true, ...flags, notify: (line) => notices.push(line) }, notices };
}

describe('crier build --llm', () => {
  it('writes the edition with the model’s wording, then answers a re-run from the cache', async () => {
    const first = await runCli(['build', 'content/', '--llm'], { cwd: work, env });
    expect(first.code, first.stderr).toBe(0);
    expect(server.requests).toHaveLength(1);
    const files = outputs(path.join(work, 'out', SLUG));
    expect(Object.keys(files)).toHaveLength(16); // with card.png and quote-card.png
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

    await buildIn(work, { inputs: ['content/'], llm: { llm: true } }, env);
    expect(server.requests).toHaveLength(1); // zero new requests
    expect(JSON.parse(readFileSync(path.join(work, 'out', SLUG, 'manifest.json'), 'utf8')).summarizer).toMatchObject({ cacheHit: true, requests: 0 });
  });

  it('falls back to the extractive summary with a warning, or fails with --strict', async () => {
    const result = await buildIn(work, { inputs: ['content/'], out: 'fallback', llm: { llm: true, cache: false }, cards: false }, { ...env, CRIER_MODEL: 'other' });
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^LLM \(127\.0\.0\.1:\d+\): .*HTTP 500 after 3 tries, \d+(\.\d)? s in all; used the extractive summary/));
    const [slug] = readdirSync(path.join(work, 'fallback')).filter((f) => f !== 'index.html');
    const manifest = JSON.parse(readFileSync(path.join(work, 'fallback', slug ?? '', 'manifest.json'), 'utf8'));
    expect(manifest.summarizer.method).toBe('extractive');
    expect(manifest.warnings[0]).toMatchObject({ code: 'llm-fallback', input: 'content/putin-bolton-kremlin-talks.txt', message: expect.stringMatching(/HTTP 500/) });
    expect(JSON.stringify(result)).not.toContain(KEY);

    const strict = await failsWith(buildIn(work, { inputs: ['content/'], out: 'strict', llm: { llm: true, cache: false, strict: true }, cards: false }, { ...env, CRIER_MODEL: 'other' }), /^crier: The model failed for "Putin, top Trump aide.*HTTP 500 after 3 tries, \d+(\.\d)? s in all \(run without --strict/);
    expect(strict).not.toContain(KEY);
  });

  it('--offline wins over a config that enables the model', async () => {
    const before = server.requests.length;
    await buildIn(work, { inputs: ['content/'], out: 'offline', llm: { llm: true, offline: true }, cards: false }, env);
    expect(server.requests.length).toBe(before);
  });
});

describe('which key goes where (the Authorization header that arrives)', () => {
  let fake: FakeLlm;
  let dir: string;
  const auth = () => fake.requests.map((r) => r.headers.authorization ?? 'none');

  beforeAll(async () => {
    fake = await startFakeLlm(() => ({ content: seedAnswer() }));
    dir = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  });
  afterAll(() => fake.close());

  const config = (llm: Record<string, unknown>) => writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ llm }));
  const environment = (extra: NodeJS.ProcessEnv = {}) => ({ OPENAI_API_KEY: KEY, OPENAI_ADMIN_KEY: 'sk-admin-secret', OPENAI_ORG_ID: 'org-secret', OPENAI_CUSTOM_HEADERS: 'X-Secret: s3cret', OPENAI_BASE_URL: undefined, ...extra });
  const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => runCli(args, { cwd: dir, env: environment(extra) });
  /** `crier build content/ -q` in-process with these model flags: the notices it would print. */
  const build = async (flags: Omit<LlmFlags, 'notify'>, extra: NodeJS.ProcessEnv = {}, out = 'out') => {
    const { llm, notices } = noticed(flags);
    await buildIn(dir, { inputs: ['content/'], out, llm, cards: false }, environment(extra));
    return notices;
  };

  it('a config file that enables the model at its own host gets no key, and says where articles go', async () => {
    fake.requests.length = 0;
    config({ enabled: true, baseURL: fake.url });
    const notices = await build({ cache: false });
    expect(auth()).toEqual(['none']);
    // Nor anything else the SDK picks up from the environment (OPENAI_ADMIN_KEY, OPENAI_ORG_ID, OPENAI_CUSTOM_HEADERS).
    expect(Object.keys(fake.requests[0]?.headers ?? {}).filter((h) => /organization|project|secret|api-key/i.test(h))).toEqual([]);
    const host = new URL(fake.url).host;
    expect(notices).toEqual([`crier: sending articles to the model gpt-4o-mini at ${host} (from llm.baseURL) with no API key`]);
  });

  it('a config endpoint gets the key of the CRIER_ variable it names, and only that', async () => {
    fake.requests.length = 0;
    config({ enabled: true, baseURL: fake.url, apiKeyEnv: 'CRIER_PROXY_KEY' });
    const notices = await build({ cache: false }, { CRIER_PROXY_KEY: 'sk-proxy-key' });
    expect(auth()).toEqual(['Bearer sk-proxy-key']);
    expect(notices).toEqual([expect.stringMatching(/with the key in CRIER_PROXY_KEY$/)]);
    await failsWith(build({ cache: false, strict: true }), /CRIER_PROXY_KEY is not set \(llm\.apiKeyEnv names it as the key for 127\.0\.0\.1:\d+\)/);
  });

  it('an endpoint the user gives (--base-url, OPENAI_BASE_URL) gets OPENAI_API_KEY: build, summarize, digest', async () => {
    config({ enabled: false });
    fake.requests.length = 0;
    const build1 = await build({ llm: true, cache: false, baseURL: fake.url });
    expect(build1).toEqual([expect.stringMatching(/^crier: sending articles to the model gpt-4o-mini at 127\.0\.0\.1:\d+ \(from --base-url\) with the key in OPENAI_API_KEY$/)]);
    const summarized = noticed({ llm: true, cache: false, baseURL: fake.url });
    const { summary } = await summarizeFile('content/putin-bolton-kremlin-talks.txt', { cwd: dir, env: { ...process.env, ...environment() }, llm: summarized.llm });
    expect(summary.method).toBe('llm');
    expect(summarized.notices).toHaveLength(1);
    // The bundled CLI: the notice once per run, however many requests the run makes (the digest
    // asks per story and for the intro), and the key nowhere in what it prints.
    const digest = await run(['digest', '--no-cards', 'content/', '--llm', '-q', '-o', 'week', '--base-url', fake.url]);
    expect(digest.code, digest.stderr).toBe(0);
    expect(digest.stderr.match(/crier: sending articles/g)).toHaveLength(1);
    expect(digest.stderr + digest.stdout).not.toContain(KEY);
    const fromEnv = await build({ llm: true, cache: false }, { OPENAI_BASE_URL: fake.url }, 'env');
    expect(fromEnv).toEqual([expect.stringMatching(/\(from OPENAI_BASE_URL\) with the key in OPENAI_API_KEY$/)]);
    expect(new Set(auth())).toEqual(new Set([`Bearer ${KEY}`]));
    for (const line of [...build1, ...summarized.notices, ...fromEnv]) expect(line).not.toContain(KEY);
    expect(await failsWith(build({ llm: true, baseURL: 'ftp://x' }), /^crier: --base-url "ftp:\/\/x" is not an http\(s\) URL \(e\.g\. --base-url http:\/\/localhost:11434\/v1\)$/, 2)).toBeTruthy();
  });

  it('says how to give a key when a config endpoint asks for one', async () => {
    const locked = await startFakeLlm(() => ({ status: 401, body: '{"error":{"message":"no key"}}' }));
    config({ enabled: true, baseURL: locked.url });
    const { llm } = noticed({ cache: false });
    const result = await buildIn(dir, { inputs: ['content/'], out: 'locked', llm, cards: false }, environment());
    await locked.close();
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^LLM \(127\.0\.0\.1:\d+\): 127\.0\.0\.1:\d+ asks for an API key \(HTTP 401\) and crier sent none: for an endpoint from a config file, set llm\.apiKeyEnv to a CRIER_… variable that holds its key; used the extractive summary/));
  });
});

describe('crier digest --llm re-run', () => {
  it('makes zero requests when nothing changed, even for answers that failed grounding', async () => {
    // Every answer invents a number: the stories' fields and the week's intro are all replaced.
    const fake = await startFakeLlm((_n, body) =>
      (body.response_format as { json_schema?: { name?: string } } | undefined)?.json_schema?.name === 'week_intro'
        ? { content: JSON.stringify({ intro: 'This week 97 stories on 12 topics changed everything for the two countries.' }) }
        : { content: seedAnswer({ whyItMatters: 'Russia holds 6,000 nuclear warheads, more than any other nation.' }) },
    );
    const dir = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    const env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: KEY };
    const first = noticed({ llm: true });
    const { result } = await digestIn(dir, { inputs: ['content/'], out: 'week', llm: first.llm, cards: false }, env);
    expect(result.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/week intro replaced: the number 97 is not in the article/));
    const asked = fake.requests.length;
    expect(asked).toBeGreaterThanOrEqual(3);
    const again = noticed({ llm: true });
    const { result: rerun } = await digestIn(dir, { inputs: ['content/'], out: 'week', llm: again.llm, cards: false }, env);
    expect(fake.requests.length).toBe(asked);
    expect(rerun.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/week intro replaced/));
    expect(first.notices).not.toEqual([]);
    expect(again.notices).toEqual([]);
    await fake.close();
  });
});
