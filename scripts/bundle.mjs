#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/ (ESM, code-split so heavy modules still load
// only when used). One file per chunk instead of hundreds of package files makes start-up faster;
// `npm run bench` compares it with the mjml CLI. The library (dist/index.js) stays unbundled.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Packages that the email libraries import at load time but crier never calls: cheerio's fromURL
// (undici, two copies) and byte decoding (encoding-sniffer, iconv-lite tables), mjml's beautify
// and minify options (js-beautify, htmlnano with cosmiconfig and posthtml, cssnano), and
// handlebars' source maps (it falls back to its own code builder without them), nodemailer's URL
// fetching. Left out, they save ~3.5 MB of code to compile on every email; a stub throws a clear
// error if one is reached.
const UNUSED = [
  { name: /^(undici|encoding-sniffer)$/, importer: /node_modules[\\/](juice[\\/]node_modules[\\/])?cheerio[\\/]/ },
  { name: /^(js-beautify|htmlnano|cssnano-preset-lite)$/, importer: /node_modules[\\/]mjml-core[\\/]/ },
  // handlebars wraps require('source-map') in try/catch: a module that throws selects its fallback.
  { name: /^source-map$/, importer: /node_modules[\\/]handlebars[\\/]/, missing: true },
  // nodemailer's composer fetches content given as a URL (attachments, href); crier gives it strings.
  // Its fetch brings http, https, tls and zlib: ~10 ms of every build for nothing.
  { name: /^\.\.\/fetch\/index\.js$/, importer: /node_modules[\\/]nodemailer[\\/]dist[\\/]esm[\\/](shared|mime-node)[\\/]/ },
];
const leaveOut = {
  name: 'leave-out-unused',
  setup(b) {
    for (const rule of UNUSED) {
      b.onResolve({ filter: rule.name }, (args) => (rule.importer.test(args.importer) ? { path: args.path, namespace: rule.missing ? 'missing' : 'unused' } : undefined));
    }
    const message = (name) => JSON.stringify(`${name} is left out of crier's bundle (scripts/bundle.mjs)`);
    b.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => key === '__esModule' ? false : () => { throw new Error(${message(args.path)}); } });`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'missing' }, (args) => ({ contents: `throw new Error(${message(args.path)});`, loader: 'js' }));
  },
};

// Built beside the old bundle and swapped in at the end: a CLI run in progress (a test, a preview)
// never finds dist/bundle/ half-written or empty for the seconds a build takes.
const staging = `dist/.bundle-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const bundled = build({
  // The card renderer's worker thread is an entry of its own, beside cli.js and the chunks
  // (renderCards.ts finds it as ./cardWorker.js).
  entryPoints: { cli: 'src/cli.ts', cardWorker: 'src/cards/cardWorker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  target: 'node20',
  outdir: staging,
  // CommonJS dependencies inside an ESM bundle need a require of their own.
  banner: { js: "import { createRequire as __crierRequire } from 'node:module'; const require = __crierRequire(import.meta.url);" },
  // Loaded only for --screenshots / preview tests and --llm: no start-up cost, and safer unbundled.
  // The card libraries stay in node_modules too: resvg-js loads a native .node binary for this
  // platform (an npm optional dependency), harfbuzzjs and @fontsource/inter are read as files
  // (a .wasm, .woff fonts), and satori carries its WebAssembly inline and loads only in the worker.
  external: ['playwright-core', 'openai', 'satori', '@resvg/resvg-js', 'harfbuzzjs', '@fontsource/inter'],
  plugins: [leaveOut],
  logLevel: 'error',
});
await bundled.catch((error) => {
  rmSync(staging, { recursive: true, force: true });
  throw error;
});
rmSync('dist/bundle', { recursive: true, force: true });
renameSync(staging, 'dist/bundle');
