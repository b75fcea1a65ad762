// An undated article in a weekly edition takes its file's modification time to be placed in the
// period and the order; the user is told. The time is kept apart (Article.fileDate): the day a file
// was saved is not the day the story was published, so the edition never prints it as such.
import type { Article } from '../extract/types.js';
import { warning, type Warning } from '../warnings.js';

export function dateFromFile(article: Article, mtime: Date | undefined, input: string): Warning | undefined {
  if (article.publishedAt || !mtime) return undefined;
  article.fileDate = mtime.toISOString().slice(0, 10);
  return warning('file-date', input, `${input}: no date in the article; using the file's modification time ${article.fileDate} to place it (not shown as its date)`);
}

/** The day that places an article in the period and the order: its own date, else its file's. */
export function placingDate(article: Pick<Article, 'publishedAt' | 'fileDate'>): string | undefined {
  return article.publishedAt ?? article.fileDate;
}
