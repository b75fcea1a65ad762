#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/bundle/: cli.js (the command), crier.cjs (the CLI in one
// file) and the card worker. One file instead of hundreds of package files makes start-up faster;
// `npm run bench` compares it with the mjml CLI. The library (dist/index.js) stays unbundled.
import { parse } from 'acorn';
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

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
// Loaded only for --screenshots / preview tests and --llm: no start-up cost, and safer unbundled.
// The card libraries stay in node_modules too: resvg-js loads a native .node binary for this
// platform (an npm optional dependency), harfbuzzjs and @fontsource/inter are read as files
// (a .wasm, .woff fonts), and satori carries its WebAssembly inline and loads only in the worker.
const external = ['playwright-core', 'openai', 'satori', '@resvg/resvg-js', 'harfbuzzjs', '@fontsource/inter'];
const common = { bundle: true, platform: 'node', target: 'node20', external, plugins: [leaveOut], logLevel: 'error' };
const bundled = Promise.all([
  // The CLI: one CommonJS file, so that V8's compiled code can be kept between runs on every Node
  // version (src/cli/codeCache.ts). Modules imported with import() still run only when used.
  // Its import.meta.url is the file's own URL, so paths beside it (../../templates) resolve as in dist/.
  build({
    ...common,
    entryPoints: { crier: 'src/cli.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: staging,
    define: { 'import.meta.url': '__crierImportMetaUrl' },
    // import() of a package left outside (openai, playwright-core) becomes a require: code V8
    // takes from a cache cannot run import() on Node 20 ("A dynamic import callback was not
    // specified"), and Node's way around it prints an experimental warning. Both ship CommonJS.
    supported: { 'dynamic-import': false },
    banner: { js: "const __crierImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  // The `crier` command (package.json bin): a few lines that run crier.cjs with the cache.
  build({ ...common, entryPoints: { cli: 'src/launcher.ts' }, format: 'esm', outdir: staging }),
  // The card renderer's worker thread (renderCards.ts finds it as ./cardWorker.js): an ES module
  // with chunks of its own, compiled only when a card is drawn.
  build({
    ...common,
    entryPoints: { cardWorker: 'src/cards/cardWorker.ts' },
    format: 'esm',
    splitting: true,
    outdir: staging,
    // CommonJS dependencies inside an ESM bundle need a require of their own.
    banner: { js: "import { createRequire as __crierRequire } from 'node:module'; const require = __crierRequire(import.meta.url);" },
  }),
]);
await bundled.catch((error) => {
  rmSync(staging, { recursive: true, force: true });
  throw error;
});

// Node reads an ASCII file into a string ~20x faster than UTF-8 (1–8 ms against 25–55 ms for
// crier.cjs, on every run), and V8 parses one-byte text faster. esbuild escapes strings and
// templates but leaves characters in regular expressions and comments; a \uXXXX escape means the
// same there (src/ writes its String.raw patterns with escapes for the same reason).
try {
  const cli = `${staging}/crier.cjs`;
  const code = readFileSync(cli, 'utf8');
  const spans = [];
  const hasWide = (text) => /[^\x00-\x7f]/.test(text);
  const onComment = (_block, text, start, end) => hasWide(text) && spans.push([start, end]);
  const regexps = [];
  const tree = parse(code, { ecmaVersion: 'latest', allowHashBang: true, onComment, onToken: (token) => token.type.label === 'regexp' && regexps.push(token) });
  for (const token of regexps) if (hasWide(code.slice(token.start, token.end))) spans.push([token.start, token.end]);
  // See `supported` above: an import() left in crier.cjs would fail only on a cached run.
  const imports = [];
  (function walk(node) {
    if (node?.type === 'ImportExpression') imports.push(node.start);
    for (const value of Object.values(node ?? {})) {
      if (Array.isArray(value)) value.forEach((child) => typeof child?.type === 'string' && walk(child));
      else if (typeof value?.type === 'string') walk(value);
    }
  })(tree);
  if (imports.length > 0) throw new Error(`bundle: crier.cjs has import() at offset ${imports.join(', ')}; make it a require`);
  let ascii = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    ascii += code.slice(at, start) + code.slice(start, end).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    at = end;
  }
  ascii += code.slice(at);
  const left = ascii.split('\n').findIndex(hasWide);
  // Still correct, only slower to start: say where, so the character can be escaped at its source.
  if (left !== -1) console.warn(`bundle: crier.cjs line ${left + 1} is not ASCII; the CLI reads it as UTF-8 (slower start)`);
  writeFileSync(cli, ascii);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}

rmSync('dist/bundle', { recursive: true, force: true });
renameSync(staging, 'dist/bundle');
