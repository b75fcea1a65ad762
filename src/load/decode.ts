// Bytes -> text. UTF-8 (with or without BOM), UTF-16 with a BOM, and for HTML the charset declared
// by the server or in <meta> (windows-1252, ISO-8859-x, Shift_JIS...). Anything that looks binary is
// refused here so that no later stage has to guess; a few undecodable bytes never stop a run.
import { CrierError } from '../errors.js';

/** Above this share of undecodable bytes the input is treated as binary, not as text with a typo. */
const MAX_REPLACEMENT_SHARE = 0.01;

/**
 * What the NUL bytes in the first 8 KB say: none or a stray one is text; NULs at every other byte
 * are UTF-16 without a BOM (ASCII-range text); anything else with NULs is a binary file.
 */
function sniffNuls(bytes: Uint8Array): 'text' | 'utf-16le' | 'utf-16be' | 'binary' {
  const head = bytes.subarray(0, 8192);
  let nuls = 0;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    nuls++;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (nuls === 0 || nuls <= Math.max(1, head.length / 1000)) return 'text';
  const half = head.length / 2;
  if (odd >= half * 0.9 && even === 0) return 'utf-16le';
  if (even >= half * 0.9 && odd === 0) return 'utf-16be';
  return 'binary';
}

/** The charset an HTML page declares in its first 2 KB: <meta charset> or http-equiv Content-Type. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

export interface DecodeOptions {
  /** Charset from a Content-Type header or <meta>; ignored when a BOM says otherwise. */
  charset?: string;
}

/**
 * WHATWG decodes latin1 / iso-8859-1 / windows-1252 all as windows-1252 (pages that say latin1 use
 * its curly quotes at 0x80-0x9F). Node's decoder returns C1 control codes there; map them here.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const LATIN1_LABELS = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii|cp819|ibm819)$/i;

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function decoderFor(charset: string, label: string): TextDecoder {
  try {
    return new TextDecoder(charset, { fatal: false });
  } catch {
    throw new CrierError('INPUT_NOT_TEXT', `${label} uses an encoding crier does not know: "${charset}"`, {
      hint: 'save the page as UTF-8 and try again',
    });
  }
}

export function decode(bytes: Uint8Array, label: string, options: DecodeOptions = {}): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sniffed = sniffNuls(bytes);
  if (sniffed === 'binary') {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is not a text file (it contains binary data)`, {
      hint: 'give crier a .txt, .md or .html article',
    });
  }
  if (sniffed !== 'text') return new TextDecoder(sniffed).decode(bytes);
  // A page that declares UTF-16 in <meta> but has no BOM is read as UTF-8 (as browsers do).
  const declared = options.charset && !/^utf-?(8|16(le|be)?)$/i.test(options.charset) ? options.charset : 'utf-8';
  const charset = declared;
  // ignoreBOM: false (the default) makes TextDecoder drop a leading UTF-8 BOM for us.
  const decoded = decoderFor(charset, label).decode(bytes);
  const text = LATIN1_LABELS.test(charset) ? fixWindows1252(decoded) : decoded;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  if (text.length > 0 && replaced / text.length > MAX_REPLACEMENT_SHARE) {
    throw new CrierError('INPUT_NOT_TEXT', `${label} is not ${charset === 'utf-8' ? 'UTF-8' : charset} text (${replaced} undecodable bytes)`, {
      hint: 'save the article as UTF-8 and try again',
    });
  }
  return text;
}
