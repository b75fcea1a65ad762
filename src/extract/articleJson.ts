// The Article as `crier extract --json` prints it: every optional field present, null when the
// article does not say, so `jq .byline` and a JSON schema see the same keys for every input.
import type { Article } from './types.js';

export type ArticleJson = Omit<Article, 'source' | 'byline' | 'publishedAt' | 'url' | 'genre'> & {
  source: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  genre: Article['genre'] | null;
};

export function articleJson(article: Article): ArticleJson {
  const { id, title, source, byline, publishedAt, url, genre, ...rest } = article;
  return { id, title, source: source ?? null, byline: byline ?? null, publishedAt: publishedAt ?? null, url: url ?? null, genre: genre ?? null, ...rest };
}
