// The one place where crier's defaults live. docs/configuration.md documents the same values.
import type { CardsConfig, CrierConfig } from './schema.js';

// The types are inferred from the zod schema (type-only import: zod itself loads only to validate).
export type { CardsConfig, CrierConfig };

/** The one place the default model name lives (docs/configuration.md and docs/llm.md say the same). */
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
  thread: { numbering: '1/N', mastodonLimit: 500, hashtags: 2, linkedinHashtags: 3, link: 'last' },
  keywords: { blocklist: [] },
  newsletterBody: 'excerpt',
  mergeTags: ['{{unsubscribe_url}}', '{{ unsubscribe_url }}', '*|UNSUB|*', '*|ARCHIVE|*', '{{unsubscribe}}', '%unsubscribe_url%', '{$unsubscribe}', '[unsubscribe]'],
  llm: { enabled: false, model: DEFAULT_MODEL, temperature: 0.2, timeout: 60, maxRetries: 2, maxTokens: 4096 },
  cards: { enabled: true, leadImage: false, quote: true },
  digest: { sections: true, feeds: [] },
};

export const CONFIG_FILE_NAMES = ['crier.config.json'] as const;
