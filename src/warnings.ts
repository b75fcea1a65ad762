// Warnings: what went wrong but did not stop the run. Every stage reports them as data with a code,
// so callers decide by the code (the CLI leaves skips out of its warning lines, --strict fails on
// unreadable inputs) and never by matching the text. `message` is the line a user reads.

/** Why the weekly edition left an input out. */
export const SKIP_CODES = ['unreadable', 'out-of-period', 'duplicate', 'already-sent', 'over-max'] as const;

export const WARNING_CODES = [
  // extract/
  'no-headline',
  'unreadable-date',
  // select/
  'file-date',
  ...SKIP_CODES,
  // summarize/ (a model's answer)
  'llm-fallback',
  'llm-replaced',
  'llm-check',
  // render/ and check/
  'unused-template',
  'interface-language',
  'card',
  'schedule-moved',
  'eml-no-date',
  'gmail-clip',
  'inbox-check',
  'editorial',
  'post-over-limit',
  // write/
  'restored-edition',
  'archive-not-written',
] as const;

export type SkipCode = (typeof SKIP_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  /** The input the warning is about, as the user gave it; '' when it is about a whole weekly edition. */
  input: string;
  message: string;
}

export function warning(code: WarningCode, input: string, message: string): Warning {
  return { code, input, message };
}

export function isSkip(w: Warning): boolean {
  return (SKIP_CODES as readonly string[]).includes(w.code);
}
