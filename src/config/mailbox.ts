// newsletter.from must be one mailbox that nodemailer reads as such: "Name <user@host>" or
// "user@host". Anything else (no @, two addresses, a group, a line break that would start another
// header) gave a newsletter.eml without a From: header, silently.
import addressparser from 'nodemailer/lib/addressparser';

export function isMailbox(value: string): boolean {
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  const parsed = addressparser(value);
  const only = parsed.length === 1 ? parsed[0] : undefined;
  const address = (only as { address?: string } | undefined)?.address ?? '';
  return /^[^\s@<>]+@[^\s@<>.][^\s@<>]*$/.test(address);
}
