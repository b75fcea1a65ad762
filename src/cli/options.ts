// The flags several commands share, defined once so `build`, `digest`, `summarize`, `preview` and
// `check` spell and describe them the same way. Typed by @commander-js/extra-typings: addOption()
// adds each option's type to the command, so actions get typed flags without casts.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { PLATFORM_IDS } from '../config/choices.js';
import type { LlmFlags } from '../summarize/llm/settings.js';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  // Past 2^53 a number is no longer exact: --edition would print a rounded number and the next edition repeat it.
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`must be a whole number of 1 or more, up to ${Number.MAX_SAFE_INTEGER}`);
  return n;
}

export function platformList(value: string): string[] {
  const list = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((p) => !(PLATFORM_IDS as readonly string[]).includes(p));
  if (unknown.length || list.length === 0) {
    const what = unknown.length ? `unknown ${unknown.length === 1 ? 'platform' : 'platforms'} ${unknown.join(', ')}` : 'no platform given';
    throw new InvalidArgumentError(`${what}; choose from ${PLATFORM_IDS.join(', ')}`);
  }
  return list;
}

export function languageCode(value: string): string {
  if (!/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$/.test(value.trim())) throw new InvalidArgumentError('must be a language code such as de, pt-BR or ja');
  return value.trim();
}

export function seconds(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 600)) throw new InvalidArgumentError('must be a number of seconds between 0 and 600');
  return n;
}

export function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

// Each factory makes a fresh Option (commander keeps per-command state on them). Generic "add these
// five options to any command" helpers would need types too large for TypeScript to write into
// the .d.ts files; one addOption() per flag keeps every flag's type exact.

/** -c, --config */
export const configOption = () => new Option('-c, --config <file>', 'config file (default: ./crier.config.json if present)');
/** -t, --templates */
export const templatesOption = () => new Option('-t, --templates <dir>', 'folder of templates that override the built-in ones, file by file');
/** -o, --out */
export const outOption = () => new Option('-o, --out <dir>', 'output folder').default('out');
/** --json */
export const jsonOption = (what = 'the result') => new Option('--json', `print ${what} as JSON on stdout`);
/** -q, --quiet */
export const quietOption = () => new Option('-q, --quiet', 'print nothing but errors (an article that cannot be read is one)');
/** --lang */
export const langOption = () => new Option('--lang <code>', 'the articles’ language and the editions’ (de, fr, ja, ar…): interface text, dates, sentences, keywords (default: config language, else each article’s own)').argParser(languageCode);
/** --sentences */
export const sentencesOption = () => new Option('--sentences <n>', 'sentences in the summary').argParser(positiveInt);

/** The model flags, the same on build, digest and summarize (llmFlags() reads them back). */
export const llmOptions = {
  llm: () => new Option('--llm', 'write the wording with an OpenAI-compatible model (OPENAI_API_KEY)'),
  offline: () => new Option('--offline', 'never call a model, even if the config enables it'),
  model: () => new Option('--model <name>', 'model name (default: CRIER_MODEL, config llm.model, then gpt-4o-mini)'),
  baseUrl: () => new Option('--base-url <url>', 'OpenAI-compatible endpoint for the model; OPENAI_API_KEY goes to it (default: OPENAI_BASE_URL, else OpenAI)'),
  noCache: () => new Option('--no-cache', 'ignore .crier-cache/: ask the model again (and draw the cards again)'),
};

/** The parsed model flags -> the library's LlmFlags (only what was given). */
export function llmFlags(flags: { llm?: true; offline?: true; model?: string; baseUrl?: string; cache: boolean; strict?: true }): LlmFlags {
  return {
    cache: flags.cache,
    ...(flags.llm ? { llm: true } : {}),
    ...(flags.offline ? { offline: true } : {}),
    ...(flags.strict ? { strict: true } : {}),
    ...(flags.model !== undefined ? { model: flags.model } : {}),
    ...(flags.baseUrl !== undefined ? { baseURL: flags.baseUrl } : {}),
  };
}

/** Drops the keys whose value is undefined (the library's options are exactOptionalPropertyTypes). */
export function given<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * The line saying a model is called (host and model, never the key): once per run, even with -q.
 * `before` clears a spinner so the line stands on its own.
 */
export function noticeOnce(before?: () => void): (line: string) => void {
  const seen = new Set<string>();
  return (line) => {
    if (seen.has(line)) return;
    seen.add(line);
    before?.();
    process.stderr.write(`${line}\n`);
  };
}
