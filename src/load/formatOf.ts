// Which extractor reads a file, from its extension. Folders are scanned for these extensions only
// (feeds: .rss and .atom, and only by the weekly edition; a .xml or .json file is read as a feed
// when it is named on the command line).
import { looksLikeFeed } from './looksLikeFeed.js';
import type { LoadedInput } from './types.js';

const EXTENSIONS: Record<string, LoadedInput['format']> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.json': 'feed',
};

/** Feed files a folder walk picks up (a .xml or .json in a folder is too often something else). */
export const FOLDER_FEED_EXTENSIONS = ['.rss', '.atom'];

export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS).filter((e) => EXTENSIONS[e] !== 'feed');

export function formatOf(fileName: string): LoadedInput['format'] | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  return EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

/** For stdin and extension-less files: sniff the text itself. */
export function sniffFormat(text: string): LoadedInput['format'] {
  const start = text.trimStart();
  if (looksLikeFeed(start)) return 'feed';
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return 'html';
  if (start.startsWith('---\n') || start.startsWith('---\r\n') || /^#{1,6} /.test(start)) return 'markdown';
  return 'text';
}
