// The one place where crier's defaults live. README.md documents the same values.
import type { BriefStyle, PlatformId } from '../types.js';

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
  };
  platforms: PlatformId[];
  summary: { sentences: number };
  brief: { style: BriefStyle; bullets: number };
  thread: { numbering: '1/N' | 'thread' | 'none'; mastodonLimit: number; hashtags: number };
  /** How much of the article body the email carries after the summary. */
  newsletterBody: 'excerpt' | 'full' | 'none';
}

export const DEFAULT_CONFIG: CrierConfig = {
  newsletter: {
    name: 'The Brief',
    from: 'The Brief <newsletter@example.com>',
    brandColor: '#1a56db',
    footer: 'You are receiving this because you subscribed to our newsletter.',
  },
  platforms: ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'],
  summary: { sentences: 4 },
  brief: { style: 'tldr', bullets: 3 },
  thread: { numbering: '1/N', mastodonLimit: 500, hashtags: 2 },
  newsletterBody: 'excerpt',
};

export const CONFIG_FILE_NAMES = ['crier.config.json'] as const;
