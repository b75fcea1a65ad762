// One counting rule per platform. The splitter, the check and the reported length all call these,
// so a post that the splitter made is, by construction, a post the check accepts.
import type twitterText from 'twitter-text';
import { lazy } from '../lazy.js';
import type { PlatformId } from '../config/choices.js';
import { countGraphemes } from '../text/graphemes.js';

export interface Platform {
  id: PlatformId;
  name: string;
  limit: number;
  /** How length is counted, for thread.json (docs/threads.md shows the same rules). */
  counting: string;
  /** Posts a thread (true) or puts everything in one post (LinkedIn). */
  thread: boolean;
  count(text: string): number;
  /** Other rules than length (bytes, link count); returns the problem or undefined. */
  extraProblem?(text: string): string | undefined;
}

const URL_PATTERN = /https?:\/\/[^\s<>"“”]+/giu;
/** Mastodon counts a remote mention "@user@instance.social" as "@user". */
const REMOTE_MENTION = /(^|[^\p{L}\p{N}_/])(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;

export const BLUESKY_MAX_BYTES = 3000;
export const THREADS_MAX_LINKS = 5;

const utf8 = new TextEncoder();

// twitter-text is loaded on first need: the fast path below answers most counts without it.
// @types/twitter-text does not declare `configs`; the package exports it (version1..3, defaults).
const twitter = () => lazy<typeof twitterText>('twitter-text');
const xRules = () => (twitter() as unknown as { configs: Record<string, Parameters<typeof twitterText.parseTweet>[1]> }).configs.version2;

/**
 * X's weighted length. twitter-text's "version2" rules are the ones its conformance suite
 * (WeightedTweetsCounterTest) pins; they count an emoji ZWJ sequence per code point, never less than
 * X's newer emoji discount, so a post that fits here fits on X.
 */
export function xLength(text: string): number {
  // Fast path (the splitter counts every word): characters that all weigh 1 under version2 and no
  // "x.y" that could be read as a link give length = UTF-16 length, exactly as parseTweet would;
  // plain links (a story's "Read more") count 23 each, as parseTweet counts them.
  if (X_WEIGHT_ONE.test(text)) {
    // "…" (U+2026, the mark of a cut sentence) is outside version2's light ranges: it weighs 2.
    const ellipses = text.includes('…') ? text.split('…').length - 1 : 0;
    if (!MAYBE_URL.test(text)) return text.length + ellipses;
    const withLinks = plainLinksLength(text);
    if (withLinks !== undefined) return withLinks + ellipses;
  }
  return twitter().parseTweet(text, xRules()).weightedLength;
}

const X_WEIGHT_ONE = /^[\t\n\u0020-\u007E\u00A0-\u02FF\u2010-\u201F\u2026]*$/;
// A link without a protocol needs a top-level domain after a dot: two letters or more (or
// punycode, which starts with a letter). "3.5", "U.S." and "e.g." cannot be one.
const MAYBE_URL = /[^\s.]\.(?:[a-z]{2}|[\u00A0-\u02FF])/i;
/** What every link weighs on X (t.co), whatever its length. */
export const X_URL_LENGTH = 23;
/**
 * A link twitter-text reads whole, from its protocol to the next space: a host under a top-level
 * domain on its lists, a path and query of plain characters, and a last character that its rules
 * keep in the link (a trailing "." or ")" would be cut off, so those go to parseTweet).
 * t.co links (".co") are left out: twitter-text trims their paths.
 */
const PLAIN_LINK =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|org|net|edu|gov|info|news|io|uk|de|fr|nl|eu|us|ca|au|me)(?:\/(?:[a-z0-9._~%/-]*[a-z0-9/_-])?)?(?:\?[a-z0-9._~%&=/-]*[a-z0-9_&=/-])?$/i;

/** A whole whitespace-delimited word that starts with a protocol. */
const LINK_WORD = /(?<=^|\s)https?:\/\/\S+/g;

/** The weighted length of a text whose only dots are in plain links; undefined when it has others. */
function plainLinksLength(text: string): number | undefined {
  let length = text.length;
  let plain = true;
  const rest = text.replace(LINK_WORD, (link) => {
    if (link.length > 2048 || !PLAIN_LINK.test(link)) plain = false;
    length += X_URL_LENGTH - link.length;
    return ' ';
  });
  return plain && !MAYBE_URL.test(rest) ? length : undefined;
}

export function mastodonLength(text: string, urlLength = 23): number {
  if (!text.includes('http') && !text.includes('@')) return countGraphemes(text);
  const countable = text
    .replace(URL_PATTERN, 'x'.repeat(urlLength))
    .replace(REMOTE_MENTION, (_m, before: string, user: string) => `${before}${user}`);
  return countGraphemes(countable);
}

export function countLinks(text: string): number {
  return (text.match(URL_PATTERN) ?? []).length;
}

export function makePlatforms(options: { mastodonLimit?: number } = {}): Record<PlatformId, Platform> {
  return {
    x: {
      id: 'x',
      name: 'X',
      limit: 280,
      counting: 'twitter-text weighted length (URLs 23, CJK and emoji 2 per code point)',
      thread: true,
      count: xLength,
    },
    bluesky: {
      id: 'bluesky',
      name: 'Bluesky',
      limit: 300,
      counting: 'graphemes (and at most 3000 UTF-8 bytes); URLs count in full',
      thread: true,
      count: countGraphemes,
      extraProblem: (text) => {
        const bytes = utf8.encode(text).length;
        return bytes > BLUESKY_MAX_BYTES ? `${bytes} bytes > ${BLUESKY_MAX_BYTES}` : undefined;
      },
    },
    mastodon: {
      id: 'mastodon',
      name: 'Mastodon',
      limit: options.mastodonLimit ?? 500,
      counting: 'graphemes; every URL counts 23; a remote mention counts as @user',
      thread: true,
      count: (text) => mastodonLength(text),
    },
    threads: {
      id: 'threads',
      name: 'Threads',
      limit: 500,
      counting: `graphemes; at most ${THREADS_MAX_LINKS} links per post`,
      thread: true,
      count: countGraphemes,
      extraProblem: (text) => {
        const links = countLinks(text);
        return links > THREADS_MAX_LINKS ? `${links} links > ${THREADS_MAX_LINKS}` : undefined;
      },
    },
    linkedin: {
      id: 'linkedin',
      name: 'LinkedIn',
      limit: 3000,
      counting: 'UTF-16 characters (one post, not a thread)',
      thread: false,
      count: (text) => text.length,
    },
  };
}

/** True when the text is a post this platform accepts. */
export function fits(platform: Platform, text: string): boolean {
  return platform.count(text) <= platform.limit && !platform.extraProblem?.(text);
}
