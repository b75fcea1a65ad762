// newsletter.eml: a real multipart/alternative message (plain text + HTML) built with nodemailer's
// MIME composer, so it opens in a mail client as is. Boundary, Message-ID and Date are derived from
// the edition (not random, not the clock), so the same input gives the same bytes. Only the composer
// is loaded, not nodemailer's mailer and transports (SMTP, pools, DKIM...): a build never sends, and
// loading the whole package cost about a tenth of a build (`npm run bench`).
import { createHash } from 'node:crypto';

export interface EmlInput {
  from: string;
  subject: string;
  html: string;
  text: string;
  /** ISO date of the edition; undefined leaves the Date header out (and the caller warns). */
  date?: string;
  slug: string;
  /** Unsubscribe URL (https or mailto) for List-Unsubscribe, when the config has one. */
  unsubscribe?: string;
  siteUrl?: string;
}

export async function renderEml(input: EmlInput): Promise<string> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const hash = createHash('sha256').update(input.html).update(input.text).digest('hex').slice(0, 16);
  let domain = 'crier.invalid';
  try {
    if (input.siteUrl) domain = new URL(input.siteUrl).hostname;
  } catch {
    // keep the default
  }
  const headers: Record<string, string> = {};
  if (input.unsubscribe && /^(https?:|mailto:)/i.test(input.unsubscribe)) {
    headers['List-Unsubscribe'] = `<${input.unsubscribe}>`;
    if (/^https:/i.test(input.unsubscribe)) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const date = input.date ? new Date(input.date.length === 10 ? `${input.date}T00:00:00Z` : input.date) : new Date(0);
  const message = new MailComposer({
    from: input.from,
    subject: input.subject,
    text: input.text,
    html: input.html,
    date,
    messageId: `<${input.slug}.${hash}@${domain}>`,
    baseBoundary: hash,
    headers,
  } as ConstructorParameters<typeof MailComposer>[0]).compile();
  // CRLF line ends throughout, as mail clients and `crier send` expect (what the stream transport's
  // "windows" newline option did).
  const eml = (await message.build()).toString('utf8').replace(/\r?\n/g, '\r\n');
  // The composer always writes a Date header; without a date it would be the epoch, a false date
  // ("Thu, 01 Jan 1970"). Without the header a mail client dates the message when it sends it.
  return input.date ? eml : eml.replace(/^Date: [^\r\n]*\r\n(?=[\s\S]*?\r\n\r\n)/m, '');
}
