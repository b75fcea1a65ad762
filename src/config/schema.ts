// The shape of crier.config.json, validated once, up front (DESIGN.md §4).
// Every field is optional in the file; defaults.ts fills the gaps.
import { z } from 'zod';

export const PLATFORM_IDS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'] as const;
export const BRIEF_STYLES = ['tldr', 'brevity'] as const;
export const NUMBERING_STYLES = ['1/N', 'thread', 'none'] as const;

const hexColour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { message: 'must be a hex colour such as "#1a73e8"' });

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, { message: 'must be an absolute http(s) URL' });

export const configSchema = z
  .object({
    newsletter: z
      .object({
        name: z.string().min(1).max(80),
        from: z.string().min(1).max(200),
        siteUrl: httpUrl,
        brandColor: hexColour,
        footer: z.string().max(1000),
        address: z.string().max(300),
        unsubscribe: z.string().max(500),
      })
      .partial()
      .strict(),
    platforms: z.array(z.enum(PLATFORM_IDS)).min(1),
    summary: z
      .object({ sentences: z.number().int().min(1).max(20) })
      .partial()
      .strict(),
    brief: z
      .object({ style: z.enum(BRIEF_STYLES), bullets: z.number().int().min(1).max(10) })
      .partial()
      .strict(),
    thread: z
      .object({
        numbering: z.enum(NUMBERING_STYLES),
        mastodonLimit: z.number().int().min(100).max(100000),
        hashtags: z.number().int().min(0).max(5),
      })
      .partial()
      .strict(),
    newsletterBody: z.enum(['excerpt', 'full', 'none']),
    llm: z
      .object({
        enabled: z.boolean(),
        model: z.string().min(1),
        baseURL: httpUrl,
        temperature: z.number().min(0).max(2),
        timeout: z.number().positive().max(600),
        maxRetries: z.number().int().min(0).max(10),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
