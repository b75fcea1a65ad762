// Heavy dependencies are loaded on first use, not at start-up: a plain-text build never pays for
// the HTML parser, the Markdown lexer or the calendar library. (createRequire works for these
// packages' CommonJS builds and keeps the callers synchronous.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

export function lazy<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, require(name));
  return cache.get(name) as T;
}
