// The data summarize/ produces (docs/architecture.md).
import type { Quote } from '../analyze/types.js';
import type { PlatformId } from '../config/choices.js';
import type { Warning } from '../warnings.js';

/** A minimal edit that lets an article sentence stand alone in a summary. */
export interface SentenceEdit {
  /** The article's sentence. */
  from: string;
  /** What the summary prints. */
  to: string;
  reason: 'dateline' | 'opener';
}

export interface Summary {
  /** Whole article sentences in article order (minus a dateline or opening connective: see edits). */
  sentences: string[];
  headline: string;
  bullets: string[];
  quotes: Quote[];
  keywords: string[];
  method: 'extractive' | 'llm';
  model?: string;
  /** The model's wording, for the fields that passed grounding (absent offline). */
  llm?: LlmWording;
  /** What went wrong or was replaced while summarizing (goes to manifest.json and stderr). */
  warnings?: Warning[];
  /** Sentences printed with a dateline or a leaning connective removed (goes to manifest.json). */
  edits?: SentenceEdit[];
  /** How the model was used, for manifest.json. */
  usage?: LlmUsage;
}

export interface LlmWording {
  intro?: string;
  preheader?: string;
  whyItMatters?: string;
  posts?: Partial<Record<PlatformId, string[]>>;
  hashtags?: string[];
}

export interface LlmUsage {
  model: string;
  baseUrlHost: string;
  tokensIn: number;
  tokensOut: number;
  requests: number;
  cacheHit: boolean;
  /** Which response format the server accepted: json_schema, json_object or text. */
  format?: string;
}
