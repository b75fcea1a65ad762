// Hands a built proof to the SMTP server with nodemailer, one connection, no pool, no retries.
// The server, port and TLS mode are exactly the user's; the password leaves the Secret only here.
import type { SMTPTransportOptions } from 'nodemailer';
import { describeSmtpFailure } from './smtpFailure.js';
import { isLoopback, type SmtpSettings } from './smtpSettings.js';

export interface Delivery {
  accepted: string[];
  rejected: string[];
  /** The server's last reply, e.g. "250 2.0.0 OK queued as 1234". */
  response: string;
}

export function transportOptions(settings: SmtpSettings): SMTPTransportOptions {
  const ms = Math.round(settings.timeoutSeconds * 1000);
  const options: SMTPTransportOptions = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    // A password is never sent in the clear over the network: without smtps:// the server must
    // offer STARTTLS. A loopback server (Mailpit) may speak plain SMTP: nothing leaves the machine.
    requireTLS: !settings.secure && settings.password !== undefined && !isLoopback(settings.host),
    connectionTimeout: ms,
    greetingTimeout: ms,
    socketTimeout: ms,
    dnsTimeout: ms,
    logger: false,
    debug: false,
  };
  if (settings.user && settings.password) options.auth = { user: settings.user, pass: settings.password.reveal() };
  return options;
}

export async function deliver(settings: SmtpSettings, envelope: { from: string; to: string[] }, raw: Buffer): Promise<Delivery> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(transportOptions(settings));
  try {
    const info = await transport.sendMail({ envelope, raw });
    const rejected = (info.rejected ?? []).map(String);
    const delivery: Delivery = { accepted: (info.accepted ?? []).map(String), rejected, response: String(info.response ?? '') };
    if (rejected.length > 0) throw describeSmtpFailure({ code: 'EENVELOPE', rejected, rejectedErrors: info.rejectedErrors, accepted: delivery.accepted }, settings);
    return delivery;
  } catch (error) {
    throw describeSmtpFailure(error, settings);
  } finally {
    transport.close();
  }
}
