#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/ (ESM, code-split so heavy modules still load
// only when used). One file per chunk instead of hundreds of package files makes start-up faster;
// `npm run bench` compares it with the mjml CLI. The library (dist/index.js) stays unbundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  target: 'node20',
  outdir: 'dist/bundle',
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: { js: "import { createRequire as __crierRequire } from 'node:module'; const require = __crierRequire(import.meta.url);" },
  // Loaded only for --screenshots / preview tests and --llm: no start-up cost, and safer unbundled.
  external: ['playwright-core', 'openai'],
  logLevel: 'error',
});
