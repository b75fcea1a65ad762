import { describe, expect, it } from 'vitest';
import { redact, Secret } from '../../../src/send/redact.js';
import { describeSmtpFailure } from '../../../src/send/smtpFailure.js';
import { resolveSmtpSettings } from '../../../src/send/smtpSettings.js';

const PASSWORD = 'Very-uniq-pw-7781';
const settings = resolveSmtpSettings({ CRIER_SMTP_URL: `smtp://me%40example.com:${PASSWORD}@smtp.example.com:465` }, undefined)!;

describe('describeSmtpFailure', () => {
  it('says when a server has no STARTTLS and crier will not send the password in the clear', () => {
    const error = describeSmtpFailure({ code: 'ETLS', command: 'STARTTLS', response: '500 command not recognized' }, settings);
    expect(error.toLine()).toMatch(/does not offer STARTTLS, and crier never sends a password unencrypted \(use smtps:\/\//);
    expect(error.exitCode).toBe(1);
  });

  it('hints smtps:// when plain SMTP on port 465 waits for a greeting that never comes', () => {
    expect(describeSmtpFailure({ code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' }, settings).toLine()).toMatch(/did not answer within 30 s \(port 465 expects TLS from the start: use smtps:\/\/\)/);
  });

  it('names a refused sender and suggests --from', () => {
    expect(describeSmtpFailure({ code: 'EENVELOPE', command: 'MAIL FROM', response: '553 5.7.1 Sender address rejected: not owned by user' }, settings).toLine()).toMatch(/refused the sender: 553 .*--from/);
  });

  it('keeps a server reply on one line and removes a password echoed back, in any encoding', () => {
    const echoed = `535 bad\r\n auth ${PASSWORD} ${Buffer.from(`\0me@example.com\0${PASSWORD}`).toString('base64')} ${Buffer.from(PASSWORD).toString('base64')}`;
    const line = describeSmtpFailure({ code: 'EAUTH', response: echoed }, settings).toLine();
    expect(line).not.toMatch(/\n/);
    expect(line).not.toContain(PASSWORD);
    expect(line).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(line).toMatch(/rejected the login of me@example\.com: 535 bad auth \[redacted\]/);
  });
});

describe('redact', () => {
  it('removes credentials from any URL in a message', () => {
    expect(redact('failed for smtps://me:pw@smtp.example.com:465 and https://user@x.org/p')).toBe('failed for smtps://***@smtp.example.com:465 and https://***@x.org/p');
  });

  it('removes the password and its percent-encoded form', () => {
    const secret = new Secret('a b/c');
    expect(redact('x a b/c y a%20b%2Fc z', secret)).toBe('x [redacted] y [redacted] z');
  });
});
