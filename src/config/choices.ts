// The fixed choices of the command line and the config, without the validation library, so the
// CLI can list them in --help without loading zod.
export const PLATFORM_IDS = ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'] as const;
export const BRIEF_STYLES = ['tldr', 'brevity'] as const;
export const NUMBERING_STYLES = ['1/N', 'thread', 'none'] as const;
export const THEMES = ['default', 'minimal'] as const;
