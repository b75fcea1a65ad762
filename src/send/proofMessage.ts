// The proof is newsletter.eml itself: the body (multipart/alternative: text, HTML with its preheader)
// and the headers crier wrote (From, List-Unsubscribe, MIME) go out byte for byte, so the inbox
// shows exactly the file a user would import into an email service. Only what makes it a new
// message changes: To (the proof's recipients, no Cc/Bcc), Subject (with the prefix), and a fresh
// Date and Message-ID — the edition's Message-ID would make Gmail drop a second proof as a
// duplicate, and its date (1970 when the article has none) would file it far down the inbox.
import { randomUUID } from 'node:crypto';
import libmime from 'libmime';
import addressparser from 'nodemailer/lib/addressparser';
import { encodeWords, foldLines } from 'nodemailer/lib/mime-funcs';
import { CrierError } from '../errors.js';
import { headerValue, splitMessage, type HeaderField } from './emlHeaders.js';
import { isMailbox } from './recipients.js';

export interface ProofOptions {
  to: string[];
  /** Put before the subject, e.g. "[Proof] ". */
  prefix?: string;
  /** Send as this address instead of the edition's From (the display name stays). */
  from?: string;
  /** When the proof is sent; the Date header. */
  now: Date;
}

export interface ProofMessage {
  raw: Buffer;
  subject: string;
  /** The From header, decoded for display. */
  from: string;
  /** The address of the From header. */
  fromAddress: string;
}

const REPLACED = new Set(['to', 'cc', 'bcc', 'subject', 'date', 'message-id']);

/** Same encoding nodemailer used for newsletter.eml's own Subject (Q or B words, folded at 76). */
function encodeSubject(subject: string): string {
  let latin = 0;
  let other = 0;
  for (const ch of subject) {
    if (/[A-Za-z]/.test(ch)) latin++;
    else if (ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x20) other++;
  }
  return foldLines(`Subject: ${encodeWords(subject, other < latin ? 'Q' : 'B', 52, true)}`, 76);
}

function replaceAddress(field: HeaderField, address: string): string {
  // Keep the display name exactly as encoded in the file; only the address inside <> changes.
  const value = field.value.includes('<') ? field.value.replace(/<[^<>]*>\s*$/, `<${address}>`) : address;
  return foldLines(`From: ${value}`, 76);
}

export function buildProof(eml: Buffer, options: ProofOptions): ProofMessage {
  const message = splitMessage(eml);
  const fromField = message?.fields.find((f) => f.name.toLowerCase() === 'from');
  if (!message || !fromField) {
    throw new CrierError('SEND_FAILED', 'newsletter.eml is not a message with a From header', { hint: 'rebuild the edition with crier build' });
  }
  const fromAddress = options.from ?? addressparser(fromField.value, { flatten: true })[0]?.address ?? '';
  if (!isMailbox(fromAddress)) {
    throw new CrierError('SEND_FAILED', `the edition's From address "${fromAddress}" is not an email address`, { hint: 'set newsletter.from in crier.config.json, or pass --from you@example.com' });
  }
  // A subject is one line: a prefix or a decoded word with a line break must not start a new header.
  const subject = `${options.prefix ?? ''}${libmime.decodeWords(headerValue(message.fields, 'subject') ?? '')}`.replace(/[\r\n]+/g, ' ');
  const domain = /@([^>\s]+)>\s*$/.exec(headerValue(message.fields, 'message-id') ?? '')?.[1] ?? 'crier.invalid';
  const fromRaw = options.from ? replaceAddress(fromField, options.from) : fromField.raw;
  const head = [
    fromRaw,
    foldLines(`To: ${options.to.join(', ')}`, 76),
    encodeSubject(subject),
    `Message-ID: <proof.${randomUUID()}@${domain}>`,
    `Date: ${options.now.toUTCString().replace(/GMT/, '+0000')}`,
    ...message.fields.filter((f) => f !== fromField && !REPLACED.has(f.name.toLowerCase())).map((f) => f.raw),
  ];
  const raw = Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), message.body]);
  const from = libmime.decodeWords(options.from ? replaceAddress(fromField, options.from).replace(/^From: /, '').replace(/\r\n[ \t]+/g, ' ') : fromField.value);
  return { raw, subject, from, fromAddress };
}
