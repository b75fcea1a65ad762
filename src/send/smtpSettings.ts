// Where a proof goes out: CRIER_SMTP_URL (smtp:// = STARTTLS when offered, smtps:// = implicit TLS)
// or config `smtp` {host, port, user, secure, timeout}. The password comes only from the environment
// (the URL or CRIER_SMTP_PASSWORD) and is held in a Secret; messages name the server without it.
import type { SmtpConfig } from '../config/schema.js';
import { CrierError } from '../errors.js';
import { Secret } from './redact.js';

export interface SmtpSettings {
  host: string;
  port: number;
  /** true: TLS from the first byte (smtps, port 465); false: plain, upgraded with STARTTLS. */
  secure: boolean;
  user?: string;
  password?: Secret;
  /** Seconds to wait for DNS, the connection, the greeting and each reply. */
  timeoutSeconds: number;
  /** Where the settings came from, for messages. */
  source: 'CRIER_SMTP_URL' | 'config smtp';
}

export const DEFAULT_SMTP_TIMEOUT = 30;

const URL_EXAMPLE = 'e.g. CRIER_SMTP_URL=smtps://you%40example.com@smtp.example.com:465 with CRIER_SMTP_PASSWORD, or smtp://127.0.0.1:1025 for Mailpit';

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new CrierError('CONFIG_INVALID', `CRIER_SMTP_URL: the ${what} is not valid percent-encoding`, { hint: 'write @ as %40, : as %3A and % as %25' });
  }
}

function fromUrl(value: string, env: NodeJS.ProcessEnv, timeoutSeconds: number): SmtpSettings {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    // Never echo the value: it may hold the password.
    throw new CrierError('CONFIG_INVALID', 'CRIER_SMTP_URL is not a URL', { hint: URL_EXAMPLE });
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  if (scheme !== 'smtp' && scheme !== 'smtps') {
    throw new CrierError('CONFIG_INVALID', `CRIER_SMTP_URL must start with smtp:// or smtps://, not ${scheme}://`, { hint: URL_EXAMPLE });
  }
  if (!url.hostname) throw new CrierError('CONFIG_INVALID', 'CRIER_SMTP_URL has no host', { hint: URL_EXAMPLE });
  const secure = scheme === 'smtps';
  const settings: SmtpSettings = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    timeoutSeconds,
    source: 'CRIER_SMTP_URL',
  };
  if (url.username) settings.user = decode(url.username, 'user');
  const password = url.password ? decode(url.password, 'password') : env.CRIER_SMTP_PASSWORD;
  if (settings.user && password) settings.password = new Secret(password);
  else if (settings.user) throw missingPassword('CRIER_SMTP_URL', settings.user);
  return settings;
}

function missingPassword(source: string, user: string): CrierError {
  return new CrierError('CONFIG_INVALID', `${source} names the user ${user} but no password is set`, {
    hint: 'set CRIER_SMTP_PASSWORD; Gmail and Fastmail need an app password',
  });
}

function fromConfig(smtp: SmtpConfig, env: NodeJS.ProcessEnv, timeoutSeconds: number): SmtpSettings {
  const secure = smtp.secure ?? smtp.port === 465;
  const settings: SmtpSettings = { host: smtp.host, port: smtp.port ?? (secure ? 465 : 587), secure, timeoutSeconds, source: 'config smtp' };
  if (smtp.user) {
    const password = env.CRIER_SMTP_PASSWORD;
    if (!password) throw missingPassword('config smtp', smtp.user);
    settings.user = smtp.user;
    settings.password = new Secret(password);
  }
  return settings;
}

/**
 * The SMTP server to use, or undefined when none is set (a dry run needs none).
 * CRIER_SMTP_URL wins over the config file, as the environment does everywhere in crier.
 */
export function resolveSmtpSettings(env: NodeJS.ProcessEnv, smtp: SmtpConfig | undefined, timeoutSeconds?: number): SmtpSettings | undefined {
  const timeout = timeoutSeconds ?? smtp?.timeout ?? DEFAULT_SMTP_TIMEOUT;
  if (env.CRIER_SMTP_URL?.trim()) return fromUrl(env.CRIER_SMTP_URL, env, timeout);
  if (smtp) return fromConfig(smtp, env, timeout);
  return undefined;
}

/** `smtps://smtp.example.com:465` — never with the user or the password. */
export function describeServer(settings: SmtpSettings): string {
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return `${settings.secure ? 'smtps' : 'smtp'}://${host}:${settings.port}`;
}

/** Loopback: a local test server such as Mailpit, where plain SMTP never leaves the machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
