// Word 5-gram shingles of a text, each as a 32-bit hash: what two texts share when one is a copy of
// the other. The weekly edition's duplicate check (select/dedupe.ts) compares them, and the text
// fingerprint kept in manifest.json (text/fingerprint.ts) is made from them.

/** FNV-1a over a string's UTF-16 units. */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** MurmurHash3's finalizer: spreads the bits so that `% SAMPLE` picks an even sample. */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The text's word 5-grams, each as a 32-bit hash rather than a string: a week of articles is
 * hundreds of thousands of shingles, and numbers are several times cheaper to build and compare.
 * (Two different 5-grams share a hash about once in four billion: it cannot move a similarity.)
 */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map(hash);
  const set = new Set<number>();
  for (let i = 0; i + 5 <= hashes.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + 5; j++) h = Math.imul(h ^ (hashes[j] as number), 16777619);
    set.add(mix(h));
  }
  if (set.size === 0 && words.length) set.add(hash(words.join(' ')));
  return set;
}

const cache = new WeakMap<object, Set<number>>();

/** An article's shingles, made once: the duplicate check and the fingerprint both need them. */
export function shinglesOf(source: { text: string }): Set<number> {
  let set = cache.get(source);
  if (!set) {
    set = shingles(source.text);
    cache.set(source, set);
  }
  return set;
}
