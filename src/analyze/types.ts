// The data analyze/ adds to an Article (docs/architecture.md).

/** A sentence of the article with where it sits (used for scoring and to keep article order). */
export interface Sentence {
  text: string;
  /** Index of the sentence in the whole article. */
  index: number;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

export interface Quote {
  text: string;
  /** The speaker's full name, from their first mention in the article. */
  speaker?: string;
  /** Who the speaker is, when the article says ("Russian President", "former Kremlin adviser"). */
  role?: string;
  /** Index of the sentence that holds the quote. */
  sentence: number;
}

export interface Analysis {
  sentences: Sentence[];
  quotes: Quote[];
  keywords: string[];
}
