// `crier check <article>` renders the article in memory and checks it: once (it used to run the
// checks twice, once inside rendering and again on the result).
import { describe, expect, it, vi } from 'vitest';
import { SEED } from '../helpers/paths.js';

const calls = vi.hoisted(() => ({ checkEmail: 0 }));
vi.mock('../../src/check/checkEmail.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/check/checkEmail.js')>();
  return {
    ...real,
    checkEmail: (...args: Parameters<typeof real.checkEmail>) => {
      calls.checkEmail++;
      return real.checkEmail(...args);
    },
  };
});

describe('runCheck', () => {
  it('runs the inbox checks once on an article (regression: check ran them twice)', async () => {
    const { runCheck } = await import('../../src/runCheck.js');
    const result = await runCheck(SEED);
    expect(calls.checkEmail).toBe(1);
    expect(result.errors).toBe(0);
    expect(result.findings.map((f) => f.check)).toContain('size');
  });
});
