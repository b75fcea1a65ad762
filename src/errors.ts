// One error type for everything a user can cause or fix. The CLI prints `message` (and `hint`)
// as one line and exits with `exitCode`; anything that is not a CrierError is a bug and gets a stack.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_NOT_TEXT'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'NO_ARTICLES'
  | 'NO_TITLE'
  | 'CONFIG_INVALID'
  | 'TEMPLATE_ERROR'
  | 'MJML_INVALID'
  | 'OUTPUT_UNSAFE'
  | 'OUTPUT_LOCKED'
  | 'PORT_IN_USE'
  | 'WRITE_FAILED'
  | 'LLM_FAILED'
  | 'SEND_FAILED'
  | 'USAGE';

export class CrierError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  /** 1 = the work failed, 2 = the command was used wrongly (exit codes, docs/architecture.md). */
  readonly exitCode: 1 | 2;
  /**
   * A file that shows the problem but exists nowhere yet (the rendered MJML an MJML error's line
   * numbers refer to). The CLI keeps it in a temporary folder and names it in the message.
   */
  readonly artifact: { name: string; content: string } | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; hint?: string; exitCode?: 1 | 2; artifact?: { name: string; content: string } } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrierError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? (code === 'USAGE' ? 2 : 1);
    this.artifact = options.artifact;
  }

  /** The single line a user sees. */
  toLine(): string {
    return this.hint ? `${this.message} (${this.hint})` : this.message;
  }
}

export function isCrierError(error: unknown): error is CrierError {
  return error instanceof CrierError;
}
