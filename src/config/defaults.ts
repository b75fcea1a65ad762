// The one place where crier's defaults live. README.md documents the same values.
import type { BriefStyle, PlatformId } from '../types.js';
import type { SmtpConfig } from './schema.js';

export interface CrierConfig {
  newsletter: {
    name: string;
    from: string;
    siteUrl?: string;
    brandColor: string;
    footer: string;
    address?: string;
    /** Unsubscribe URL or merge tag of the user's email service. */
    unsubscribe?: string;
    fontFamily: string;
    /** Absolute https URL of a logo for the masthead. */
    logo?: string;
    /** A web font, off unless configured: { name, href } of a CSS URL (e.g. Google Fonts). */
    webFont?: { name: string; href: string };
  };
  /** UTM tagging of links to the user's own sites; off unless configured. */
  utm?: { source: string; medium: string; campaign: string; domains: string[] };
  /** Email theme: "default" (masthead, button) or "minimal" (text-first). */
  theme: string;
  platforms: PlatformId[];
  summary: { sentences: number };
  brief: { style: BriefStyle; bullets: number };
  thread: { numbering: '1/N' | 'thread' | 'none'; mastodonLimit: number; hashtags: number };
  /** Words never shown as keywords or hashtags (brand safety), compared without case or "#". */
  keywords: { blocklist: string[] };
  /** How much of the article body the email carries after the summary. */
  newsletterBody: 'excerpt' | 'full' | 'none';
  /** Merge tags of the user's email service: passed through untouched, accepted by `crier check`. */
  mergeTags: string[];
  llm: {
    enabled: boolean;
    model: string;
    baseURL?: string;
    /** The environment variable holding the key for llm.baseURL (starts with CRIER_). */
    apiKeyEnv?: string;
    temperature: number;
    timeout: number;
    maxRetries: number;
    /** Upper bound on the tokens of one answer. */
    maxTokens: number;
  };
  /** SMTP server of `crier send` (host, port, user, secure, timeout); the password only from CRIER_SMTP_PASSWORD. */
  smtp?: SmtpConfig;
  /** card.png / quote-card.png / the weekly cover (src/cards/). */
  cards: CardsConfig;
}

export interface CardsConfig {
  enabled: boolean;
  /** A local PNG, JPEG or SVG file (relative to the working folder), drawn beside the newsletter name. */
  logo?: string;
  /** Absolute https URL where the output folder is published: out/<slug>/card.png is `${baseUrl}/<slug>/card.png`. */
  baseUrl?: string;
  /** Use card.png as the email's lead image when the article has none (needs baseUrl). */
  leadImage: boolean;
  /** quote-card.png when the edition has a strong quote. */
  quote: boolean;
}

/** The one place the default model name lives (README says the same). */
export const DEFAULT_MODEL = 'gpt-4o-mini';

export const DEFAULT_CONFIG: CrierConfig = {
  newsletter: {
    name: 'The Brief',
    from: 'The Brief <newsletter@example.com>',
    brandColor: '#1a56db',
    footer: 'You are receiving this because you subscribed to our newsletter.',
    unsubscribe: '{{unsubscribe_url}}',
    fontFamily: "Georgia, 'Times New Roman', Times, serif",
  },
  theme: 'default',
  platforms: ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'],
  summary: { sentences: 4 },
  brief: { style: 'tldr', bullets: 3 },
  thread: { numbering: '1/N', mastodonLimit: 500, hashtags: 2 },
  keywords: { blocklist: [] },
  newsletterBody: 'excerpt',
  mergeTags: ['{{unsubscribe_url}}', '{{ unsubscribe_url }}', '*|UNSUB|*', '*|ARCHIVE|*', '{{unsubscribe}}', '%unsubscribe_url%', '{$unsubscribe}', '[unsubscribe]'],
  llm: { enabled: false, model: DEFAULT_MODEL, temperature: 0.2, timeout: 60, maxRetries: 2, maxTokens: 4096 },
  cards: { enabled: true, leadImage: false, quote: true },
};

export const CONFIG_FILE_NAMES = ['crier.config.json'] as const;
