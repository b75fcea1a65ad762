// Gmail's clip: a message whose HTML is larger than this is cut off with a "[Message clipped]" link,
// and the unsubscribe link at the bottom goes with it. check/ owns the number; render/ never checks.
import { warning, type Warning } from '../warnings.js';

/** Gmail clips messages whose HTML is larger than this. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** For a weekly edition over the clip: how many stories would fit, as a --max to try. */
export function clipAdvice(bytes: number, stories: number): Warning | undefined {
  if (bytes <= GMAIL_CLIP_BYTES) return undefined;
  const fits = Math.max(1, Math.floor((stories * GMAIL_CLIP_BYTES) / bytes) - 1);
  return warning('gmail-clip', '', `newsletter.html is ${(bytes / 1024).toFixed(0)} KB with ${stories} stories; Gmail clips over 102 KB: try --max ${fits}`);
}
