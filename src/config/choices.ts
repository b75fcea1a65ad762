// The fixed choices of the command line and the config, without the validation library, so the
// CLI can list them in --help without loading zod. Each list is the one source of its union type:
// the zod schema, the CLI's choices and the types all come from these arrays.
export const PLATFORM_IDS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'] as const;
export const BRIEF_STYLES = ['tldr', 'brevity'] as const;
export const NUMBERING_STYLES = ['1/N', 'thread', 'none'] as const;
/** Which post of an article's thread carries its link (links in a first post lower reach on X). */
export const LINK_PLACEMENTS = ['last', 'first', 'reply'] as const;
export const THEMES = ['default', 'minimal'] as const;
/** How much of the article body the email carries after the summary. */
export const NEWSLETTER_BODIES = ['excerpt', 'full', 'none'] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];
export type BriefStyle = (typeof BRIEF_STYLES)[number];
export type Numbering = (typeof NUMBERING_STYLES)[number];
export type Theme = (typeof THEMES)[number];
export type NewsletterBody = (typeof NEWSLETTER_BODIES)[number];
