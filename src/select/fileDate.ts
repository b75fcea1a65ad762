// An undated article in a weekly edition takes its file's modification time as its date, so it can
// be placed in the period; the user is told.
import type { Article } from '../extract/types.js';
import { warning, type Warning } from '../warnings.js';

export function dateFromFile(article: Article, mtime: Date | undefined, input: string): Warning | undefined {
  if (article.publishedAt || !mtime) return undefined;
  article.publishedAt = mtime.toISOString().slice(0, 10);
  return warning('file-date', input, `${input}: no date in the article; using the file's modification time ${article.publishedAt}`);
}
