// Pure: turns the parsed config file plus flag overrides into a full CrierConfig.
// Returns every problem at once (changesets-style) so a user fixes the file in one go.
import type { z } from 'zod';
import { DEFAULT_CONFIG, type CrierConfig } from './defaults.js';
import { configSchema, type ConfigFile } from './schema.js';

export interface ConfigOverrides {
  platforms?: string[];
  sentences?: number;
  style?: string;
  theme?: string;
  /** --lang: the language of the articles and of the editions. */
  language?: string;
}

export interface ResolvedConfig {
  config: CrierConfig;
  errors: string[];
}

function describeIssue(issue: z.core.$ZodIssue, origin: string): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${origin}: ${where}: ${message}`;
}

/** Shallow merge that ignores keys whose value is undefined (zod's optional fields). */
function merge<T extends object>(base: T, ...parts: (object | undefined)[]): T {
  const out = { ...base } as Record<string, unknown>;
  for (const part of parts) {
    for (const [key, value] of Object.entries(part ?? {})) if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export function resolveConfig(
  file: unknown,
  origin: string,
  overrides: ConfigOverrides = {},
): ResolvedConfig {
  const errors: string[] = [];
  let parsedFile: ConfigFile = {};
  if (file !== undefined) {
    const result = configSchema.safeParse(file);
    if (result.success) parsedFile = result.data;
    else errors.push(...result.error.issues.map((issue) => describeIssue(issue, origin)));
  }

  // Flags are validated with the same schema so their messages read the same way.
  const flagObject: ConfigFile = {};
  if (overrides.platforms) flagObject.platforms = overrides.platforms as ConfigFile['platforms'];
  if (overrides.sentences !== undefined) flagObject.summary = { sentences: overrides.sentences };
  if (overrides.style !== undefined) flagObject.brief = { style: overrides.style as 'tldr' };
  if (overrides.theme !== undefined) flagObject.theme = overrides.theme as 'default';
  if (overrides.language !== undefined) flagObject.language = overrides.language;
  const flagResult = configSchema.safeParse(flagObject);
  let parsedFlags: ConfigFile = {};
  if (flagResult.success) parsedFlags = flagResult.data;
  else errors.push(...flagResult.error.issues.map((issue) => describeIssue(issue, 'flag')));

  const d = DEFAULT_CONFIG;
  const language = parsedFlags.language ?? parsedFile.language;
  const config: CrierConfig = {
    newsletter: merge(d.newsletter, parsedFile.newsletter),
    platforms: parsedFlags.platforms ?? parsedFile.platforms ?? d.platforms,
    summary: merge(d.summary, parsedFile.summary, parsedFlags.summary),
    brief: merge(d.brief, parsedFile.brief, parsedFlags.brief),
    thread: merge(d.thread, parsedFile.thread),
    keywords: merge(d.keywords, parsedFile.keywords),
    newsletterBody: parsedFile.newsletterBody ?? d.newsletterBody,
    theme: parsedFlags.theme ?? parsedFile.theme ?? d.theme,
    ...(language ? { language } : {}),
    ...(parsedFile.utm ? { utm: parsedFile.utm } : {}),
    ...(parsedFile.smtp ? { smtp: parsedFile.smtp } : {}),
    llm: merge(d.llm, parsedFile.llm),
    cards: typeof parsedFile.cards === 'boolean' ? { ...d.cards, enabled: parsedFile.cards } : merge(d.cards, parsedFile.cards),
    // The user's merge tags come on top of the common ones.
    mergeTags: [...new Set([...d.mergeTags, ...(parsedFile.mergeTags ?? [])])],
    digest: merge(d.digest, parsedFile.digest),
  };
  // Keep the order the user gave but drop repeats ("x,x" is one thread).
  config.platforms = [...new Set(config.platforms)];
  return { config, errors };
}
