// The shape of crier's configuration, validated once, up front (docs/architecture.md).
// Each section is declared once: CrierConfig (the whole configuration after defaults, the type every
// stage reads) is inferred from the sections, and crier.config.json accepts the same sections with
// every field optional (defaults.ts fills the gaps).
import { z } from 'zod';

import { BRIEF_STYLES, LINK_PLACEMENTS, NEWSLETTER_BODIES, NUMBERING_STYLES, PLATFORM_IDS, THEMES } from './choices.js';
import { isMailbox } from './mailbox.js';

export { BRIEF_STYLES, NUMBERING_STYLES, PLATFORM_IDS, THEMES };

const hexColour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { message: 'must be a hex colour such as "#1a73e8"' });

const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/i, { message: 'must be an absolute http(s) URL' });

// `crier send`: where proofs go out. The password is never read from the file (docs/send.md):
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

const newsletter = z
  .object({
    name: z.string().min(1).max(80),
    from: z.string().max(200).refine(isMailbox, { message: 'must be one email address, e.g. "The Brief <newsletter@example.com>"' }),
    siteUrl: httpUrl.optional(),
    brandColor: hexColour,
    footer: z.string().max(1000),
    address: z.string().max(300).optional(),
    /** Unsubscribe URL or merge tag of the user's email service. */
    unsubscribe: z.string().min(1).max(500).optional(),
    fontFamily: z.string().min(1).max(200).regex(/^[^<>{}"]+$/, { message: 'must be a CSS font list without <, >, {, } or double quotes' }),
    /** Absolute https URL of a logo for the masthead. */
    logo: z.string().regex(/^https:\/\/[^\s"<>]+$/i, { message: 'must be an absolute https URL' }).optional(),
    /** A web font, off unless configured: { name, href } of a CSS URL (e.g. Google Fonts). */
    webFont: z.object({ name: z.string().regex(/^[\w -]{1,60}$/), href: z.string().regex(/^https:\/\/[^\s"'<>()\\]+$/i, { message: 'must be an absolute https URL (without quotes, brackets or spaces)' }) }).strict().optional(),
  })
  .strict();

const platforms = z.array(z.enum(PLATFORM_IDS)).min(1);
const summary = z.object({ sentences: z.number().int().min(1).max(20) }).strict();
const brief = z.object({ style: z.enum(BRIEF_STYLES), bullets: z.number().int().min(1).max(10) }).strict();
const thread = z
  .object({
    numbering: z.enum(NUMBERING_STYLES),
    mastodonLimit: z.number().int().min(100).max(100000),
    /** Hashtags in the last post on X, Bluesky, Mastodon and Threads (0–2). */
    hashtags: z.number().int().min(0).max(2),
    /** Hashtags on LinkedIn (0–3). */
    linkedinHashtags: z.number().int().min(0).max(3),
    /** The post that carries the article's link: the last (default), the first, or a reply to the first. */
    link: z.enum(LINK_PLACEMENTS),
  })
  .strict();
/** Words never shown as keywords or hashtags (brand safety), compared without case or "#". */
const keywords = z.object({ blocklist: z.array(z.string().min(1).max(100)).max(1000) }).strict();
/** UTM tagging of links to the user's own sites; off unless configured. */
const utm = z
  .object({
    source: z.string().min(1).max(100).default('newsletter'),
    medium: z.string().min(1).max(100).default('email'),
    campaign: z.string().min(1).max(200).default('{slug}'),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+$/i, { message: 'must be a host name such as example.com' })).default([]),
  })
  .strict();
// Cards (card.png, quote-card.png): `false` skips them; the logo is a local PNG, JPEG or SVG file
// (cards render offline); baseUrl is where the output folder is published, for the lead image.
const cards = z
  .object({
    enabled: z.boolean(),
    /** A local PNG, JPEG or SVG file (relative to the working folder), drawn beside the newsletter name. */
    logo: z.string().min(1).max(500).regex(/\.(png|jpe?g|svg)$/i, { message: 'must be a .png, .jpg or .svg file' }).optional(),
    /** Absolute https URL where the output folder is published: out/<slug>/card.png is `${baseUrl}/<slug>/card.png`. */
    baseUrl: z.string().regex(/^https:\/\/[^\s"<>]+$/i, { message: 'must be an absolute https URL (where the output folder is published)' }).optional(),
    /** Use card.png as the email's lead image when the article has none (needs baseUrl). */
    leadImage: z.boolean(),
    /** quote-card.png when the edition has a strong quote. */
    quote: z.boolean(),
  })
  .strict();
/** The weekly edition (`crier digest`): its sections and the feeds it always reads. */
const digest = z
  .object({
    /** Group six stories or more under topic headings (World, Politics, Business...); false: one list. */
    sections: z.boolean(),
    /** RSS, Atom or JSON feeds (http(s) URLs or files, relative to the working folder) read besides the inputs given. */
    feeds: z.array(z.string().min(1).max(2000).regex(/^[^\u0000-\u001f]+$/, { message: 'must be a URL or a file path on one line' })).max(100),
  })
  .strict();
/** The language the editions speak to readers (interface text, dates, direction): a BCP 47 tag. */
const language = z.string().regex(/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$/, { message: 'must be a language code such as "de", "pt-BR" or "ja"' });
/** Merge tags of the user's email service: passed through untouched, accepted by `crier check`. */
const mergeTags = z.array(z.string().min(2).max(100)).max(50);
const llm = z
  .object({
    enabled: z.boolean(),
    model: z.string().min(1),
    baseURL: httpUrl.optional(),
    /** The environment variable holding the key for llm.baseURL (starts with CRIER_). */
    // A config file names the variable, never the key; only CRIER_ names, so that a project's
    // config cannot send OPENAI_API_KEY, AWS_SECRET_ACCESS_KEY or any other secret to its host.
    apiKeyEnv: z.string().regex(/^CRIER_[A-Z0-9_]+$/, { message: 'must name an environment variable that starts with CRIER_, e.g. "CRIER_PROXY_KEY"' }).optional(),
    temperature: z.number().min(0).max(2),
    timeout: z.number().positive().max(600),
    maxRetries: z.number().int().min(0).max(10),
    /** Upper bound on the tokens of one answer. */
    maxTokens: z.number().int().min(16).max(100_000),
  })
  .strict();

/** The whole configuration after defaults: what every stage reads (defaults.ts must satisfy it). */
export const crierConfigSchema = z
  .object({
    newsletter,
    utm: utm.optional(),
    /** Email theme: "default" (masthead, button) or "minimal" (text-first). */
    theme: z.enum(THEMES),
    /** The language editions speak (interface text, dates, direction); unset: each article's own. */
    language: language.optional(),
    platforms,
    summary,
    brief,
    thread,
    keywords,
    /** How much of the article body the email carries after the summary. */
    newsletterBody: z.enum(NEWSLETTER_BODIES),
    mergeTags,
    llm,
    /** SMTP server of `crier send` (host, port, user, secure, timeout); the password only from CRIER_SMTP_PASSWORD. */
    smtp: smtpSchema.omit({ password: true }).optional(),
    /** card.png / quote-card.png / the weekly cover (src/cards/). */
    cards,
    /** The weekly edition: sections, feeds. */
    digest,
  })
  .strict();

export type CardsConfig = z.output<typeof cards>;

export type CrierConfig = z.output<typeof crierConfigSchema>;

/** crier.config.json: the same sections, every field optional. */
export const configSchema = z
  .object({
    newsletter: newsletter.partial(),
    platforms,
    summary: summary.partial(),
    brief: brief.partial(),
    thread: thread.partial(),
    newsletterBody: z.enum(NEWSLETTER_BODIES),
    keywords: keywords.partial(),
    theme: z.enum(THEMES),
    language,
    utm,
    mergeTags,
    cards: z.union([z.boolean(), cards.partial()]),
    llm: llm
      .partial()
      .refine((section) => !section.apiKeyEnv || section.baseURL, { message: 'llm.apiKeyEnv is the key for llm.baseURL: set both, or neither', path: ['apiKeyEnv'] }),
    smtp: smtpSchema,
    digest: digest.partial(),
  })
  .partial()
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
