// Every way sending can fail becomes one line with what happened and what to try (exit 1).
// nodemailer's errors carry a code (ESOCKET, EDNS, ETLS, EAUTH, EENVELOPE, ETIMEDOUT…), the
// system code underneath (originalCode: ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT…) and the server's
// reply; the message is built from those, redacted, and never carries a stack.
import { CrierError, isCrierError } from '../errors.js';
import { redact } from './redact.js';
import { describeServer, type SmtpSettings } from './smtpSettings.js';

interface SmtpErrorLike {
  code?: string;
  originalCode?: string;
  message?: string;
  response?: string;
  command?: string;
  timeoutType?: string;
  reason?: string;
  rejected?: string[];
  rejectedErrors?: { message?: string; response?: string }[] | undefined;
  accepted?: string[];
}

const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/;

function explain(e: SmtpErrorLike, settings: SmtpSettings): { message: string; hint?: string } {
  // Only what comes from outside (server replies, system messages) is redacted: crier's own words
  // stay whole, so a short password never shows up as a "[redacted]" hole in a known sentence.
  const oneLine = (text: string | undefined): string => {
    const line = redact((text ?? '').replace(/\s+/g, ' ').trim(), settings.password, settings.user);
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
  };
  const server = describeServer(settings);
  const seconds = `${settings.timeoutSeconds} s`;
  const system = oneLine(e.originalCode);
  const reply = oneLine(e.response) || oneLine(e.message);
  if (system === 'ECONNREFUSED') return { message: `${server} refused the connection`, hint: 'is the server running and the port right? 465 is smtps, 587 smtp, 1025 Mailpit' };
  if (e.code === 'EDNS' || system === 'ENOTFOUND' || system === 'EAI_AGAIN') {
    return { message: `cannot find the SMTP server ${settings.host}: DNS lookup failed with ${system || oneLine(e.message)}`, hint: 'check the host name in CRIER_SMTP_URL or config smtp.host' };
  }
  if (e.code === 'ETLS' && e.command === 'STARTTLS') {
    return { message: `${server} does not offer STARTTLS, and crier never sends a password unencrypted`, hint: 'use smtps:// on port 465, or a server that offers TLS' };
  }
  if (e.code === 'ETLS' || TLS_CODE.test(system) || /SSL routines|certificate/i.test(e.message ?? '')) {
    const what = oneLine(e.reason ?? e.message);
    if (/certificate|CERT|SIGNED|UNABLE_TO/i.test(`${system} ${what}`)) {
      return { message: `TLS with ${server} failed: ${what} — ${system || e.code}`, hint: 'the server’s certificate is not trusted; for a private CA set NODE_EXTRA_CA_CERTS=ca.pem' };
    }
    return { message: `TLS with ${server} failed: ${what}`, hint: settings.secure ? 'this port may expect plain SMTP with STARTTLS: try smtp://, usually port 587' : 'this port may expect TLS from the start: try smtps://, usually port 465' };
  }
  if (e.code === 'ETIMEDOUT') {
    const hint = !settings.secure && settings.port === 465 ? 'port 465 expects TLS from the start: use smtps://' : 'check the host and port; --timeout sets the wait';
    return { message: `${server} did not answer within ${seconds}`, hint };
  }
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
    return { message: `${server} rejected the login of ${settings.user ?? '(no user)'}: ${reply}`, hint: 'check the user and CRIER_SMTP_PASSWORD; Gmail and Fastmail need an app password' };
  }
  if (e.code === 'EENVELOPE' && e.command === 'MAIL FROM') {
    return { message: `${server} refused the sender: ${reply}`, hint: 'send from an address of your account with --from' };
  }
  if (e.code === 'EENVELOPE' || (e.rejected?.length ?? 0) > 0) {
    const why = oneLine(e.rejectedErrors?.[0]?.response ?? e.rejectedErrors?.[0]?.message) || reply;
    const sent = e.accepted?.length ? `; sent to ${e.accepted.join(', ')} only` : '';
    return { message: `${server} refused ${e.rejected?.join(', ') || 'the recipients'}: ${why}${sent}`, hint: 'check the addresses in --to' };
  }
  if (system === 'ECONNRESET' || e.code === 'ECONNECTION') return { message: `${server} closed the connection: ${reply}` };
  if (e.code === 'EMESSAGE' || e.code === 'EPROTOCOL') return { message: `${server} refused the message: ${reply}` };
  return { message: `sending through ${server} failed: ${reply || 'unknown error'}${e.code ? ` (${e.code})` : ''}` };
}

export function describeSmtpFailure(error: unknown, settings: SmtpSettings): CrierError {
  if (isCrierError(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpErrorLike;
  const { message, hint } = explain(e, settings);
  return new CrierError('SEND_FAILED', message, hint ? { hint } : {});
}
