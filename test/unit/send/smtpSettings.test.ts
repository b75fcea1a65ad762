import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { transportOptions } from '../../../src/send/deliver.js';
import { describeServer, resolveSmtpSettings } from '../../../src/send/smtpSettings.js';

const SECRET = 'Uniq-pw:42@%/x';

describe('resolveSmtpSettings', () => {
  it('reads CRIER_SMTP_URL: smtps is implicit TLS on 465, smtp is STARTTLS on 587, credentials percent-decoded', () => {
    const s = resolveSmtpSettings({ CRIER_SMTP_URL: `smtps://me%40gmail.com:${encodeURIComponent(SECRET)}@smtp.gmail.com` }, undefined)!;
    expect(s).toMatchObject({ host: 'smtp.gmail.com', port: 465, secure: true, user: 'me@gmail.com', source: 'CRIER_SMTP_URL', timeoutSeconds: 30 });
    expect(s.password?.reveal()).toBe(SECRET);
    expect(resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://smtp.fastmail.com' }, undefined)).toMatchObject({ port: 587, secure: false });
    const mailpit = resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://127.0.0.1:1025' }, undefined)!;
    expect(mailpit).toMatchObject({ port: 1025, secure: false });
    expect(mailpit.user).toBeUndefined();
    expect(mailpit.password).toBeUndefined();
  });

  it('the environment wins over config smtp; the password comes only from CRIER_SMTP_PASSWORD', () => {
    const config = { host: 'smtp.fastmail.com', port: 465, user: 'me@fastmail.com' };
    expect(resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://127.0.0.1:1025' }, config)).toMatchObject({ host: '127.0.0.1' });
    const s = resolveSmtpSettings({ CRIER_SMTP_PASSWORD: SECRET }, config, 5)!;
    expect(s).toMatchObject({ host: 'smtp.fastmail.com', port: 465, secure: true, user: 'me@fastmail.com', timeoutSeconds: 5, source: 'config smtp' });
    expect(s.password?.reveal()).toBe(SECRET);
    expect(() => resolveSmtpSettings({}, config)).toThrow(/config smtp names the user me@fastmail\.com but no password is set/);
    expect(resolveSmtpSettings({}, undefined)).toBeUndefined();
  });

  it('never echoes a URL it cannot use (it may hold the password)', () => {
    for (const value of [`http://me:${SECRET}@example.com`, `smtp ://me:${SECRET}@x`, `smtp://me:%zz${SECRET}@example.com`, `smtp://me@example.com`]) {
      let message = '';
      try {
        resolveSmtpSettings({ CRIER_SMTP_URL: value }, undefined);
      } catch (error) {
        message = `${(error as Error).message} ${(error as { hint?: string }).hint ?? ''}`;
      }
      expect(message, value).not.toBe('');
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain('%zz');
    }
  });

  it('the settings print, inspect and serialise without the password', () => {
    const s = resolveSmtpSettings({ CRIER_SMTP_URL: `smtps://me:${encodeURIComponent(SECRET)}@smtp.example.com` }, undefined)!;
    for (const text of [JSON.stringify(s), inspect(s, { depth: 5 }), `${s.password}`, describeServer(s)]) expect(text).not.toContain(SECRET);
    expect(describeServer(s)).toBe('smtps://smtp.example.com:465');
  });
});

describe('transportOptions', () => {
  it('requires STARTTLS before sending a password to a remote server, not to a local one', () => {
    const remote = resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://me:pw@smtp.example.com:587' }, undefined)!;
    expect(transportOptions(remote)).toMatchObject({ requireTLS: true, secure: false, auth: { user: 'me', pass: 'pw' } });
    const local = resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://me:pw@127.0.0.1:1025' }, undefined)!;
    expect(transportOptions(local).requireTLS).toBe(false);
    const anonymous = resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://smtp.example.com' }, undefined)!;
    expect(transportOptions(anonymous)).toMatchObject({ requireTLS: false });
    expect(transportOptions(anonymous).auth).toBeUndefined();
  });

  it('applies the timeout to DNS, connecting, the greeting and each reply', () => {
    const s = resolveSmtpSettings({ CRIER_SMTP_URL: 'smtp://smtp.example.com' }, undefined, 2.5)!;
    expect(transportOptions(s)).toMatchObject({ connectionTimeout: 2500, greetingTimeout: 2500, socketTimeout: 2500, dnsTimeout: 2500 });
  });
});
