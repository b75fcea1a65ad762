// A text's fingerprint: a 64-bit SimHash of its word 5-grams, as 16 hex digits. Two saves of one
// story (another page template, a corrected typo) get fingerprints a few bits apart; different
// stories differ in about half of the 64 bits. manifest.json keeps one per story of a weekly
// edition, so a later edition can tell a story it already sent (select/alreadySent.ts) without
// keeping the text.
import { mix, shingles, shinglesOf } from './shingles.js';

/** At most this many of the 64 bits differ between two fingerprints of the same text (Manku et al., WWW 2007). */
export const SAME_TEXT_BITS = 3;

const prints = new WeakMap<object, string>();

/** The fingerprint of a text, or of an article (made once per article, from the shingles the duplicate check made). */
export function fingerprint(source: string | { text: string }): string {
  if (typeof source === 'string') return fromShingles(shingles(source));
  let print = prints.get(source);
  if (!print) {
    print = fromShingles(shinglesOf(source));
    prints.set(source, print);
  }
  return print;
}

function fromShingles(set: Set<number>): string {
  const counts = new Int32Array(64);
  for (const s of set) {
    // Two independent 32-bit hashes of the shingle make the 64 bits.
    const second = mix(s ^ 0x9e3779b9);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] as number) + (((s >>> bit) & 1) << 1) - 1;
      counts[32 + bit] = (counts[32 + bit] as number) + (((second >>> bit) & 1) << 1) - 1;
    }
  }
  let hex = '';
  for (let half = 0; half < 2; half++) {
    let word = 0;
    for (let bit = 0; bit < 32; bit++) if ((counts[half * 32 + bit] as number) > 0) word |= 1 << bit;
    hex += (word >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

function popcount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** How many bits two fingerprints differ in (64 when either is not a fingerprint). */
export function fingerprintDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64;
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}
