// `crier send <edition>`: the edition's newsletter.eml as a proof to a few addresses, after
// `crier check`. A dry run does everything but connect. The result never holds the password.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import { checkBeforeSend, type CheckSummary } from './checkBeforeSend.js';
import { deliver } from './deliver.js';
import { planSend, type SendOptions, type SendPlan } from './planSend.js';
import { buildProof } from './proofMessage.js';
import { isMailbox } from './recipients.js';
import { describeServer } from './smtpSettings.js';

export interface SendResult {
  edition: string;
  dryRun: boolean;
  /** `smtps://host:465`, the login user and where they came from; null in a dry run without a server. */
  server: { url: string; user?: string; source: 'CRIER_SMTP_URL' | 'config smtp' } | null;
  envelope: { from: string; to: string[] };
  from: string;
  subject: string;
  bytes: { message: number; html: number; text: number };
  check: CheckSummary;
  /** Set once the server took the message. */
  accepted?: string[];
  response?: string;
}

async function readEditionFile(dir: string, label: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path.join(dir, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' || code === 'ENOTDIR' ? `${label} has no ${name}` : `cannot read ${path.join(label, name)}: ${code ?? String(error)}`;
    throw new CrierError('INPUT_NOT_FOUND', message, { hint: 'pass an edition folder written by crier build, e.g. out/<slug>' });
  }
}

/** Sends one edition folder with a plan from planSend(). */
export async function sendEdition(edition: string, plan: SendPlan, retry = `crier send ${edition} --to …`): Promise<SendResult> {
  const dir = path.resolve(plan.cwd, edition);
  const eml = await readEditionFile(dir, edition, 'newsletter.eml');
  const check = await checkBeforeSend(edition, { cwd: plan.cwd, force: plan.force, retry, ...(plan.config ? { config: plan.config } : {}) });
  const proof = buildProof(eml, { to: plan.to, prefix: plan.prefix, now: plan.now, ...(plan.from ? { from: plan.from } : {}) });
  // The envelope sender: --from, else the login when it is an address (what Gmail and Fastmail
  // accept), else the edition's From.
  const user = plan.smtp?.user;
  const envelope = { from: plan.from ?? (user && isMailbox(user) ? user : proof.fromAddress), to: plan.to };
  const size = async (name: string) => (await readFile(path.join(dir, name)).catch(() => Buffer.alloc(0))).length;
  const result: SendResult = {
    edition,
    dryRun: plan.dryRun,
    server: plan.smtp ? { url: describeServer(plan.smtp), ...(user ? { user } : {}), source: plan.smtp.source } : null,
    envelope,
    from: proof.from,
    subject: proof.subject,
    bytes: { message: proof.raw.length, html: await size('newsletter.html'), text: await size('newsletter.txt') },
    check,
  };
  if (plan.dryRun || !plan.smtp) return result;
  const delivery = await deliver(plan.smtp, envelope, proof.raw);
  return { ...result, accepted: delivery.accepted, response: delivery.response };
}

/** `crier send`: plan, check, build the proof, send (or only show it with dryRun). */
export async function send(edition: string, options: SendOptions): Promise<SendResult> {
  return sendEdition(edition, await planSend(options));
}
