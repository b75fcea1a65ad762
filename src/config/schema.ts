// The shape of crier.config.json, validated once, up front (DESIGN.md §4).
// Every field is optional in the file; defaults.ts fills the gaps.
import { z } from 'zod';

import { BRIEF_STYLES, NUMBERING_STYLES, PLATFORM_IDS, THEMES } from './choices.js';
import { isMailbox } from './mailbox.js';

export { BRIEF_STYLES, NUMBERING_STYLES, PLATFORM_IDS, THEMES };

const hexColour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { message: 'must be a hex colour such as "#1a73e8"' });

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, { message: 'must be an absolute http(s) URL' });

// `crier send`: where proofs go out. The password is never read from the file (DESIGN.md §4):
// a "password" key gets its own message instead of "unknown key".
export const smtpSchema = z
  .object({
    host: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$/, { message: 'must be a host name such as smtp.example.com' }),
    port: z.number().int().min(1).max(65535).optional(),
    user: z.string().min(1).max(320).regex(/^[^\s]+$/, { message: 'must not contain spaces' }).optional(),
    secure: z.boolean().optional(),
    timeout: z.number().positive().max(600).optional(),
    password: z.never({ message: 'is never read from the config file: set CRIER_SMTP_PASSWORD in the environment' }).optional(),
  })
  .strict();

export type SmtpConfig = Omit<z.infer<typeof smtpSchema>, 'password'>;

export const configSchema = z
  .object({
    newsletter: z
      .object({
        name: z.string().min(1).max(80),
        from: z.string().max(200).refine(isMailbox, { message: 'must be one email address, e.g. "The Brief <newsletter@example.com>"' }),
        siteUrl: httpUrl,
        brandColor: hexColour,
        footer: z.string().max(1000),
        address: z.string().max(300),
        unsubscribe: z.string().min(1).max(500),
        fontFamily: z.string().min(1).max(200).regex(/^[^<>{}"]+$/, { message: 'must be a CSS font list without <, >, {, } or double quotes' }),
        logo: z.string().regex(/^https:\/\/[^\s"<>]+$/i, { message: 'must be an absolute https URL' }),
        webFont: z.object({ name: z.string().regex(/^[\w -]{1,60}$/), href: z.string().regex(/^https:\/\/[^\s"<>]+$/i, { message: 'must be an absolute https URL' }) }).strict(),
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
    keywords: z
      .object({ blocklist: z.array(z.string().min(1).max(100)).max(1000) })
      .partial()
      .strict(),
    theme: z.enum(THEMES),
    utm: z
      .object({
        source: z.string().min(1).max(100).default('newsletter'),
        medium: z.string().min(1).max(100).default('email'),
        campaign: z.string().min(1).max(200).default('{slug}'),
        domains: z.array(z.string().regex(/^[a-z0-9.-]+$/i, { message: 'must be a host name such as example.com' })).default([]),
      })
      .strict(),
    mergeTags: z.array(z.string().min(2).max(100)).max(50),
    // Cards (card.png, quote-card.png): `false` skips them; the logo is a local PNG, JPEG or SVG file
    // (cards render offline); baseUrl is where the output folder is published, for the lead image.
    cards: z.union([
      z.boolean(),
      z
        .object({
          enabled: z.boolean(),
          logo: z.string().min(1).max(500).regex(/\.(png|jpe?g|svg)$/i, { message: 'must be a .png, .jpg or .svg file' }),
          baseUrl: z.string().regex(/^https:\/\/[^\s"<>]+$/i, { message: 'must be an absolute https URL (where the output folder is published)' }),
          leadImage: z.boolean(),
          quote: z.boolean(),
        })
        .partial()
        .strict(),
    ]),
    llm: z
      .object({
        enabled: z.boolean(),
        model: z.string().min(1),
        baseURL: httpUrl,
        // A config file names the variable, never the key; only CRIER_ names, so that a project's
        // config cannot send OPENAI_API_KEY, AWS_SECRET_ACCESS_KEY or any other secret to its host.
        apiKeyEnv: z.string().regex(/^CRIER_[A-Z0-9_]+$/, { message: 'must name an environment variable that starts with CRIER_, e.g. "CRIER_PROXY_KEY"' }),
        temperature: z.number().min(0).max(2),
        timeout: z.number().positive().max(600),
        maxRetries: z.number().int().min(0).max(10),
        maxTokens: z.number().int().min(16).max(100_000),
      })
      .partial()
      .strict()
      .refine((llm) => !llm.apiKeyEnv || llm.baseURL, { message: 'llm.apiKeyEnv is the key for llm.baseURL: set both, or neither', path: ['apiKeyEnv'] }),
    smtp: smtpSchema,
  })
  .partial()
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
