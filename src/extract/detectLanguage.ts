// The article's language as an ISO 639-1 code, for <html lang> and for sentence splitting.
// English is recognised by its function words without loading a model (tinyld takes ~0.35 s to
// load and run, most of a CLI run); every other text goes to tinyld.
import { createRequire } from 'node:module';

const ENGLISH = new Set('the of and to a in that is was for on it with as he she said by at from his her be have has are were an this which their they but not been who will would its'.split(' '));
/** Share of English function words above which a text is English (other languages stay far below). */
const ENGLISH_SHARE = 0.22;
const require = createRequire(import.meta.url);

export function detectLanguage(text: string): string {
  // A thousand characters are plenty for a language guess, and keep detection fast.
  const sample = text.slice(0, 1000);
  if (!sample.trim()) return 'und';
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length >= 12 && words.filter((w) => ENGLISH.has(w)).length / words.length >= ENGLISH_SHARE) return 'en';
  const { detect } = require('tinyld') as typeof import('tinyld');
  return detect(sample) || 'und';
}
