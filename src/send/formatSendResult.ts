// What `crier send` prints: the envelope, subject and sizes (all a dry run shows), then the outcome.
import type { SendResult } from './sendEdition.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// A subject comes from an article: no terminal control sequences reach the screen.
const safe = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

export function formatSendResult(result: SendResult): string {
  const server = result.server ? `${result.server.url}${result.server.user ? ` as ${result.server.user}` : ''} — from ${result.server.source}` : 'none set: CRIER_SMTP_URL or config smtp';
  const lines = [
    result.dryRun ? `Dry run: nothing sent — ${result.edition}` : `Sent ${result.edition}`,
    `  server    ${server}`,
    `  envelope  MAIL FROM <${result.envelope.from}>  RCPT TO ${result.envelope.to.map((a) => `<${a}>`).join(' ')}`,
    `  from      ${safe(result.from)}`,
    `  subject   ${safe(result.subject)}`,
    `  size      ${kb(result.bytes.message)} message (HTML ${kb(result.bytes.html)}, text ${kb(result.bytes.text)})`,
    `  check     ${result.check.errors} error(s), ${result.check.warnings} warning(s)`,
  ];
  if (result.accepted) lines.push(`  accepted  ${result.accepted.join(', ')}`);
  if (result.response) lines.push(`  reply     ${safe(result.response).replace(/\s+/g, ' ').slice(0, 200)}`);
  return lines.join('\n');
}
