#!/usr/bin/env node
// The `crier` command as installed (dist/bundle/cli.js): runs the bundled CLI (crier.cjs beside it)
// with V8's compiled code from the last run (cli/codeCache.ts). Kept to Node's own modules so that
// starting it costs next to nothing; the CLI itself is src/cli.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheName, runWithCodeCache } from './cli/codeCache.js';

runWithCodeCache(path.join(path.dirname(fileURLToPath(import.meta.url)), 'crier.cjs'), cacheName(process.argv.slice(2)));
