// A line that opens on a lower-case word is the tail of a sentence ("a former Kremlin adviser.",
// "moment takes place…") — unless that word is a name written in lower case on purpose: a brand
// with a capital or a digit inside ("iPhone", "eBay", "my6sense") keeps its spelling everywhere.

const BRAND = /^\p{Ll}[\p{L}\p{N}]*(?:\p{Lu}|\p{N})/u;

export function startsMidSentence(text: string): boolean {
  const first = text.trimStart();
  return /^\p{Ll}/u.test(first) && !BRAND.test(first);
}
