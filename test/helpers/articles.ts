// Builds Articles in memory for unit tests of the middle stages.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { sniffFormat } from '../../src/load/formatOf.js';
import type { Article, LoadedInput } from '../../src/types.js';

export function loaded(text: string, format?: LoadedInput['format'], path = 'test.txt'): LoadedInput {
  return { path, format: format ?? sniffFormat(text), text, sha256: createHash('sha256').update(text).digest('hex') };
}

export function articleFrom(text: string, format?: LoadedInput['format']): Article {
  return extractArticle(loaded(text, format)).article;
}

export function articleFromFile(file: string): Article {
  const format = file.endsWith('.md') ? 'markdown' : 'text';
  return extractArticle(loaded(readFileSync(file, 'utf8'), format, file)).article;
}
