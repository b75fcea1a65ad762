// Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM; anything that looks binary
// is refused here so that no later stage has to guess.
import { CrierError } from '../errors.js';

/** Above this share of undecodable bytes the input is treated as binary, not as text with a typo. */
const MAX_REPLACEMENT_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  // A NUL in the first 8 KB is the signature of a binary file (images, PDFs, archives).
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

export function decode(bytes: Uint8Array, label: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  if (looksBinary(bytes)) {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is not a text file (it contains binary data)`, {
      hint: 'give crier a .txt, .md or .html article',
    });
  }
  // ignoreBOM: false makes TextDecoder drop a leading UTF-8 BOM for us.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let replaced = 0;
  for (const ch of text) if (ch === '\uFFFD') replaced++;
  if (text.length > 0 && replaced / text.length > MAX_REPLACEMENT_SHARE) {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is not UTF-8 text (${replaced} undecodable bytes)`, {
      hint: 'save the article as UTF-8 and try again',
    });
  }
  return text;
}
