import { defineConfig } from 'vitest/config';

// Test files that replace a module (vi.mock) need a module graph of their own: with isolation off,
// a module another file already loaded would stay real.
const MOCKING = ['test/unit/runCheck.test.ts', 'test/unit/write/writeErrors.test.ts', 'test/e2e/previewRebuilds.test.ts', 'test/e2e/previewSafety.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker less than the cores: one worker on a 2-core machine, which
    // left a core idle while tests waited (for CLI processes, servers, Chromium, timeouts). Three
    // workers keep both cores busy: 137 s against 182 s with two on the same loaded machine, the
    // same CPU time (docs/testing.md).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // One worker process runs many files and keeps its module graph (src/, mjml, satori, …)
        // instead of starting afresh for each of ~120 files: about half of the unit tests' time.
        test: { name: 'shared', include: ['test/**/*.test.ts', 'tools/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: MOCKING },
      },
    ],
  },
});
