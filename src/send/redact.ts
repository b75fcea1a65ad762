// Secrets never reach output (docs/safety.md). The SMTP password is held in a Secret that prints as
// "[redacted]" wherever it ends up by mistake (JSON, template strings, util.inspect), and every
// message of `crier send` goes through redact(), which also removes it in the forms SMTP puts on the
// wire (base64 for AUTH LOGIN / PLAIN), in case a server echoes them back in an error.
import { inspect } from 'node:util';

const HIDDEN = '[redacted]';

export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The only way to read the value: named so that every use is easy to find. */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return HIDDEN;
  }
  toJSON(): string {
    return HIDDEN;
  }
  [inspect.custom](): string {
    return HIDDEN;
  }
}

/** `scheme://user:pass@host` -> `scheme://***@host`, in any text. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}

/** Removes the password (and its encodings) and URL credentials from a message. */
export function redact(text: string, password?: Secret, user?: string): string {
  let out = redactUrlCredentials(text);
  const value = password?.reveal();
  if (value) {
    const forms = new Set([
      value,
      encodeURIComponent(value),
      Buffer.from(value).toString('base64'),
      Buffer.from(`\0${user ?? ''}\0${value}`).toString('base64'),
    ]);
    // Longest first, so a form that contains another is removed whole.
    for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(HIDDEN);
  }
  return out;
}
