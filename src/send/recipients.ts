// `--to a@x,b@y`: a proof goes to a handful of the user's own addresses, never to a list.
// nodemailer's addressparser reads the list (it knows quoting and "Name <addr>"), and each address
// must then be a plain ASCII mailbox: that also keeps CR/LF (header injection) out of To:.
import addressparser from 'nodemailer/lib/addressparser';
import { CrierError } from '../errors.js';

export const MAX_RECIPIENTS = 5;

const MAILBOX = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** True for one plain address such as `me@example.com`. */
export function isMailbox(address: string): boolean {
  return MAILBOX.test(address) && !address.startsWith('.') && !address.includes('..') && !/\.@/.test(address);
}

/** One address from a flag (`--from`), or a usage error naming the flag. */
export function parseAddress(value: string, flag: string): string {
  const list = parseList([value], flag);
  if (list.length !== 1) throw new CrierError('USAGE', `${flag} takes one address, got ${list.length}`, { hint: `e.g. ${flag} me@example.com` });
  return list[0]!;
}

function parseList(values: string[], flag: string): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (/[\r\n\0]/.test(value)) throw new CrierError('USAGE', `${flag} holds a line break or NUL`, { hint: 'give addresses separated by commas' });
    for (const part of addressparser(value, { flatten: true })) {
      const address = part.address.trim();
      if (!isMailbox(address)) {
        throw new CrierError('USAGE', `${flag}: "${address || part.name || value}" is not an email address`, { hint: 'write it as name@example.com' });
      }
      // addressparser reads "a@x.com b@y.com" as b@y.com named "a@x.com": a name is only taken
      // from the "Name <address>" form, so a missing comma never drops a recipient silently.
      if (part.name && !value.includes(`<${address}>`)) {
        throw new CrierError('USAGE', `${flag}: "${value.trim()}" is not a list of addresses`, { hint: 'separate addresses with commas: a@example.com,b@example.com' });
      }
      if (!out.some((a) => a.toLowerCase() === address.toLowerCase())) out.push(address);
    }
  }
  return out;
}

/** The recipients of a proof: 1 to 5 distinct addresses, or a usage error (exit 2). */
export function parseRecipients(values: string[], flag = '--to'): string[] {
  const list = parseList(values, flag);
  if (list.length === 0) throw new CrierError('USAGE', `${flag} needs at least one email address`, { hint: `e.g. ${flag} me@example.com` });
  if (list.length > MAX_RECIPIENTS) {
    throw new CrierError('USAGE', `${flag} lists ${list.length} addresses; a proof goes to at most ${MAX_RECIPIENTS}`, {
      hint: 'to mail subscribers, import newsletter.html or newsletter.eml into an email service such as Buttondown, Mailchimp or Brevo',
    });
  }
  return list;
}
