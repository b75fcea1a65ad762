// What a platform gets: a thread of posts counted by that platform's rules (docs/architecture.md).
// compose/ makes threads, render/ and schedule/ write them, check/ and the CLI report them.
import type { PlatformId } from '../config/choices.js';

export type { PlatformId };

export const POST_ROLES = ['hook', 'body', 'cta'] as const;
export type PostRole = (typeof POST_ROLES)[number];

export interface Post {
  index: number;
  role: PostRole;
  text: string;
  length: number;
  limit: number;
  ok: boolean;
}

export interface Thread {
  platform: PlatformId;
  limit: number;
  /** How `length` is counted, in words a user understands. */
  counting: string;
  posts: Post[];
  /** The link the posts carry on this platform (tagged for it when UTM is on). */
  link?: string;
}
