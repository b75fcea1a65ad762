// The Summarizer interface: the extractive one ships now, an LLM one plugs in behind the same door.
import type { Analysis } from '../analyze/types.js';
import type { Article } from '../extract/types.js';
import type { Summary } from './types.js';

export interface SummarizeOptions {
  /** How many sentences the summary should have. */
  sentences: number;
  /** Optional word budget; the summary stops before going over it (at least one sentence). */
  maxWords?: number;
}

export interface Summarizer {
  readonly name: string;
  summarize(article: Article, analysis: Analysis, options: SummarizeOptions): Promise<Summary>;
}
