// Everything `crier send` (and `crier build --send-to`) can refuse before touching an edition:
// the recipients, the prefix, the sender, the timeout and the SMTP server. Checked first, so a build
// with --send-to and no server set fails before it writes anything.
import { loadConfig } from '../config/loadConfig.js';
import { CrierError } from '../errors.js';
import { parseAddress, parseRecipients } from './recipients.js';
import { resolveSmtpSettings, type SmtpSettings } from './smtpSettings.js';

export interface SendOptions {
  /** Comma-separated lists of addresses, as given to --to (1 to 5 addresses in all). */
  to: string[];
  prefix?: string;
  /** Send as this address (header From and envelope) instead of the edition's From. */
  from?: string;
  dryRun?: boolean;
  /** Send even when crier check finds errors. */
  force?: boolean;
  /** Seconds to wait for the server (default: config smtp.timeout, then 30). */
  timeout?: number;
  /** Config file (default ./crier.config.json). */
  config?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The Date header of the proof (default: now). */
  now?: Date;
}

export interface SendPlan {
  to: string[];
  prefix: string;
  from?: string;
  dryRun: boolean;
  force: boolean;
  /** Undefined only in a dry run without a server set. */
  smtp?: SmtpSettings;
  config?: string;
  cwd: string;
  now: Date;
}

export async function planSend(options: SendOptions): Promise<SendPlan> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const to = parseRecipients(options.to);
  const prefix = options.prefix ?? '';
  if (/[\r\n\0]/.test(prefix) || prefix.length > 100) throw new CrierError('USAGE', '--prefix must be one line of at most 100 characters', { hint: 'e.g. --prefix "[Proof] "' });
  if (options.timeout !== undefined && !(options.timeout > 0 && options.timeout <= 600)) {
    throw new CrierError('USAGE', '--timeout must be a number of seconds between 0 and 600', { hint: 'e.g. --timeout 10' });
  }
  const config = await loadConfig(options.config, cwd, {});
  const smtp = resolveSmtpSettings(env, config.smtp, options.timeout);
  if (!smtp && !options.dryRun) {
    throw new CrierError('CONFIG_INVALID', 'no SMTP server set for crier send', {
      hint: 'set CRIER_SMTP_URL, e.g. smtp://127.0.0.1:1025 for Mailpit, or "smtp": {"host", "port", "user"} in crier.config.json',
    });
  }
  const plan: SendPlan = { to, prefix, dryRun: Boolean(options.dryRun), force: Boolean(options.force), cwd, now: options.now ?? new Date() };
  if (options.from !== undefined) plan.from = parseAddress(options.from, '--from');
  if (smtp) plan.smtp = smtp;
  if (options.config) plan.config = options.config;
  return plan;
}
