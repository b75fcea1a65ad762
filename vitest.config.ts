import { defineConfig } from 'vitest/config';

// Unit tests that replace a module (vi.mock) need a module graph of their own: with isolate off, a
// module another file already loaded would stay real.
const MOCKING_UNIT_TESTS = ['test/unit/runCheck.test.ts', 'test/unit/write/writeErrors.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker less than the cores: one worker on a 2-core machine. The
    // e2e files spend much of their time waiting for the CLI processes they start, so two workers
    // keep both cores busy (measured: docs/testing.md).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Unit tests share one module graph per worker instead of loading src/ (mjml, satori, …)
        // again for each of ~90 files: about half of their time.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'tools/**/*.test.ts'], exclude: MOCKING_UNIT_TESTS, isolate: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', ...MOCKING_UNIT_TESTS] },
      },
    ],
  },
});
