// The marks crier itself puts into posts. Words ("Read the full story", "Source:", the weekly
// thread's lines) are interface text: they live in templates/locales/<lang>.json and come from t().

export const POST_MARKS = {
  /** Marks a sentence cut at a clause: the end of the first part and the start of the next. */
  ellipsis: '…',
  /** How a LinkedIn post lists its points (LinkedIn shows no Markdown). */
  bullet: '•',
} as const;
