// Which extractor reads a file, from its extension. Folders are scanned for these extensions only.
import type { LoadedInput } from './types.js';

const EXTENSIONS: Record<string, LoadedInput['format']> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);

export function formatOf(fileName: string): LoadedInput['format'] | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  return EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

/** For stdin and extension-less files: sniff the text itself. */
export function sniffFormat(text: string): LoadedInput['format'] {
  const start = text.trimStart();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return 'html';
  if (start.startsWith('---\n') || start.startsWith('---\r\n') || /^#{1,6} /.test(start)) return 'markdown';
  return 'text';
}
