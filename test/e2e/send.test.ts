// `crier send`: a proof through real SMTP servers on 127.0.0.1 (smtp-server), parsed back with
// mailparser, and every way sending fails — one line, exit 1, and the password nowhere in sight.
// The bundled CLI sends over TLS (it trusts the test certificate through NODE_EXTRA_CA_CERTS, which
// Node reads only at start-up) and sends after a build (--send-to lives in the CLI); the dry run,
// the refusals and the failures that need no trusted certificate run in-process through send(): its
// result is what the CLI prints (formatSendResult), a CrierError the line it prints (`crier:
// <toLine()>`, src/cli/run.ts).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrierError } from '../../src/errors.js';
import { formatSendResult } from '../../src/send/formatSendResult.js';
import { send as sendEdition, type SendResult } from '../../src/send/sendEdition.js';
import type { SendOptions } from '../../src/send/planSend.js';
import { SEED, tempDir } from '../helpers/paths.js';
import { buildIn } from '../helpers/inProcess.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import { closedPort, makeCertificate, startSilentServer, startSmtpServer, type Certificate, type TestServer } from '../helpers/smtpServers.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';
// Unique, so finding it anywhere in the output can only mean a leak.
const PASSWORD = 'pw-Zq8!x7 kT%3A@s3cr3t';
const USER = 'editor@example.com';
const url = (scheme: 'smtp' | 'smtps', port: number, password = PASSWORD, host = '127.0.0.1') =>
  `${scheme}://${encodeURIComponent(USER)}:${encodeURIComponent(password)}@${host}:${port}`;

let cwd: string;
let edition: string;
let cert: Certificate;
let starttls: TestServer;
let implicit: TestServer;
let plain: TestServer;

/** Neither what was printed nor anything else the user sees holds the password, in any form. */
function expectNoLeak(shown: string, password = PASSWORD): void {
  for (const form of [password, encodeURIComponent(password), Buffer.from(password).toString('base64')]) expect(shown).not.toContain(form);
}

/** A failure as a user should see it: exit 1, one line, no stack trace, no password. */
function expectOneLineFailure(result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^crier: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).toMatch(pattern);
  expectNoLeak(result.stdout + result.stderr);
}

/** A failure as the CLI would print it, from the library's CrierError: one line, the exit code, no password. */
function expectOneLineError(error: unknown, pattern: RegExp, exitCode: 1 | 2 = 1, password = PASSWORD): void {
  expect(error).toBeInstanceOf(CrierError); // anything else is a bug with a stack trace
  const line = `crier: ${(error as CrierError).toLine()}`;
  expect((error as CrierError).exitCode, line).toBe(exitCode);
  expect(line).not.toContain('\n');
  expect(line).toMatch(pattern);
  expectNoLeak(line, password);
}

/** `crier send <edition>` in-process: the result, or the error it ended with. */
const sendHere = (options: Partial<SendOptions> & { to: string[] }, env: NodeJS.ProcessEnv = {}, where = { edition, cwd }): Promise<SendResult | unknown> =>
  sendEdition(where.edition, { cwd: where.cwd, env: { ...process.env, CRIER_SMTP_URL: '', CRIER_SMTP_PASSWORD: '', ...env }, ...options }).catch((error: unknown) => error);

const send = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['send', edition, ...args], { cwd, env: { CRIER_SMTP_URL: '', CRIER_SMTP_PASSWORD: '', NODE_EXTRA_CA_CERTS: cert.caFile, ...env } });

beforeAll(async () => {
  cwd = tempDir();
  writeFileSync(path.join(cwd, 'crier.config.json'), JSON.stringify({ newsletter: { unsubscribe: 'https://example.com/unsubscribe?u=1' } }));
  await buildIn(cwd, { inputs: [SEED], date: '2026-11-27', cards: false });
  edition = path.join('out', SLUG);
  cert = await makeCertificate();
  [starttls, implicit, plain] = await Promise.all([
    startSmtpServer({ certificate: cert, login: { user: USER, password: PASSWORD }, rejectRecipients: ['nobody@example.com'] }),
    startSmtpServer({ secure: true, certificate: cert, login: { user: USER, password: PASSWORD } }),
    startSmtpServer({ rejectRecipients: ['nobody@example.com'] }),
  ]);
});

afterAll(async () => {
  await Promise.all([starttls?.close(), implicit?.close(), plain?.close()]);
});

describe('crier send delivers newsletter.eml as a proof', () => {
  it('over STARTTLS with AUTH: multipart/alternative, the prefixed subject, To, no Bcc, List-Unsubscribe', async () => {
    const result = await send(['--to', 'me@example.com,second@example.org', '--prefix', '[Proof] '], { CRIER_SMTP_URL: url('smtp', starttls.port) });
    expect(result.code, result.stderr).toBe(0);
    expectNoLeak(result.stdout + result.stderr);
    expect(result.stdout).toMatch(/^Sent /);
    const got = starttls.received.at(-1)!;
    expect(got.secure).toBe(true);
    expect(got.user).toBe(USER);
    expect(got.mailFrom).toBe(USER);
    expect(got.rcptTo).toEqual(['me@example.com', 'second@example.org']);

    const mail = await simpleParser(got.raw);
    const dir = path.join(cwd, edition);
    expect(mail.subject).toBe('[Proof] Putin, top Trump aide see hope of better ties in Kremlin talks');
    expect((mail.to as AddressObject).value.map((a) => a.address)).toEqual(['me@example.com', 'second@example.org']);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.headers.has('cc')).toBe(false);
    expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(mail.from?.value[0]).toMatchObject({ name: 'The Brief', address: 'newsletter@example.com' });
    expect(mail.headerLines.filter((h) => h.key.startsWith('list-')).map((h) => h.line)).toEqual([
      'List-Unsubscribe: <https://example.com/unsubscribe?u=1>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ]);
    expect(mail.html).toBe(readFileSync(path.join(dir, 'newsletter.html'), 'utf8'));
    expect(mail.text?.trim()).toBe(readFileSync(path.join(dir, 'newsletter.txt'), 'utf8').trim());
    // The preheader is the hidden first text of the HTML, and arrives with it.
    const preheader = /display:none[^>]*>([^<]{20,})</.exec(readFileSync(path.join(dir, 'newsletter.html'), 'utf8'))?.[1];
    expect(preheader).toBeTruthy();
    expect(mail.html).toContain(`>${preheader}<`);
    // A fresh Message-ID and Date: the edition's own would make Gmail drop a second proof.
    const eml = await simpleParser(readFileSync(path.join(dir, 'newsletter.eml')));
    expect(mail.messageId).not.toBe(eml.messageId);
    expect(Math.abs(mail.date!.getTime() - Date.now())).toBeLessThan(10 * 60_000);
  });

  it('sends the body of newsletter.eml byte for byte', async () => {
    const result = (await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` })) as SendResult;
    expect(result.accepted).toEqual(['me@example.com']);
    const file = readFileSync(path.join(cwd, edition, 'newsletter.eml'));
    const body = (b: Buffer) => b.subarray(b.indexOf('\r\n\r\n') + 4).toString('latin1').replace(/\r\n$/, '');
    expect(body(plain.received.at(-1)!.raw)).toBe(body(file).replace(/\r\n$/, ''));
  });

  it('over implicit TLS (smtps://), with config smtp and the password from CRIER_SMTP_PASSWORD', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'smtp.json'), JSON.stringify({ newsletter: { unsubscribe: 'https://example.com/unsubscribe' }, smtp: { host: '127.0.0.1', port: implicit.port, secure: true, user: USER } }));
    const result = await send(['--to', 'me@example.com', '-c', path.join(dir, 'smtp.json'), '--json'], { CRIER_SMTP_PASSWORD: PASSWORD });
    expect(result.code, result.stderr).toBe(0);
    expectNoLeak(result.stdout + result.stderr);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ dryRun: false, server: { url: `smtps://127.0.0.1:${implicit.port}`, user: USER, source: 'config smtp' }, accepted: ['me@example.com'] });
    expect(implicit.received.at(-1)!.secure).toBe(true);
  });

  it('to a plain local server without login (Mailpit), from the edition’s From address', async () => {
    const result = (await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` })) as SendResult;
    expect(result.accepted).toEqual(['me@example.com']);
    expect(plain.received.at(-1)!.mailFrom).toBe('newsletter@example.com');
  });

  it('--from sends as another address and keeps the display name', async () => {
    const result = (await sendHere({ to: ['me@example.com'], from: 'me@example.net' }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` })) as SendResult;
    expect(result.accepted).toEqual(['me@example.com']);
    const mail = await simpleParser(plain.received.at(-1)!.raw);
    expect(mail.from?.value[0]).toMatchObject({ name: 'The Brief', address: 'me@example.net' });
    expect(plain.received.at(-1)!.mailFrom).toBe('me@example.net');
  });

  it('--dry-run prints the envelope, subject and sizes and never connects', async () => {
    const before = starttls.connections;
    const result = (await sendHere({ to: ['me@example.com'], dryRun: true, prefix: '[Proof] ' }, { CRIER_SMTP_URL: url('smtp', starttls.port) })) as SendResult;
    expect(starttls.connections).toBe(before);
    const stdout = formatSendResult(result);
    expect(stdout).toMatch(/nothing sent/);
    expect(stdout).toMatch(/MAIL FROM <editor@example\.com>\s+RCPT TO <me@example\.com>/);
    expect(stdout).toMatch(/subject\s+\[Proof\] Putin, top Trump aide/);
    expect(stdout).toMatch(/size\s+\d+\.\d KB message \(HTML 18\.\d KB, text 2\.\d KB\)/);
    expectNoLeak(`${stdout}\n${JSON.stringify(result)}`);
  });

  it('crier build --send-to sends each edition right after the build', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { unsubscribe: 'https://example.com/unsubscribe' } }));
    const count = plain.received.length;
    const result = await runCli(['build', '--no-cards', SEED, '-o', 'out', '--date', '2026-11-27', '--send-to', 'me@example.com', '--json'], {
      cwd: dir,
      env: { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}`, CRIER_SMTP_PASSWORD: '' },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).proofs).toMatchObject([{ accepted: ['me@example.com'], subject: 'Putin, top Trump aide see hope of better ties in Kremlin talks' }]);
    expect(plain.received.length).toBe(count + 1);
  });

  it('crier build --send-to without a server fails before building anything', async () => {
    const dir = tempDir();
    const result = await runCli(['build', SEED, '-o', 'out', '--send-to', 'me@example.com'], { cwd: dir, env: { CRIER_SMTP_URL: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no SMTP server set/);
    expect(() => readFileSync(path.join(dir, 'out', SLUG, 'newsletter.html'))).toThrow();
  });
});

describe('crier send refuses', () => {
  it('more than 5 recipients: a usage error pointing to an email service', async () => {
    const result = await sendHere({ to: ['a@x.io,b@x.io,c@x.io', 'd@x.io,e@x.io,f@x.io'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` });
    expectOneLineError(result, /6 addresses; a proof goes to at most 5.*email service/, 2);
  });

  it('an address that is not one, and a line break smuggling a Bcc header', async () => {
    const before = plain.received.length;
    expectOneLineError(await sendHere({ to: ['me@example'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` }), /"me@example" is not an email address/, 2);
    const injected = await sendHere({ to: ['me@example.com\r\nBcc: all@example.com'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` });
    expect(injected).toBeInstanceOf(CrierError);
    expect((injected as CrierError).exitCode).toBe(2);
    expect(plain.received.length).toBe(before);
  });

  it('an edition with check errors, unless --force', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl', 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'tpl', 'partials', 'footer.mjml.hbs'), '<mj-section><mj-column><mj-text>{{footer}}</mj-text></mj-column></mj-section>');
    await buildIn(dir, { inputs: [SEED], templates: 'tpl', date: '2026-11-27', cards: false });
    const env = { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}`, CRIER_SMTP_PASSWORD: '' };
    const count = plain.received.length;
    const where = { edition: path.join('out', SLUG), cwd: dir };
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, env, where), /not sent: crier check found 1 error\(s\).*unsubscribe.*--force/);
    expect(plain.received.length).toBe(count);
    const forced = (await sendHere({ to: ['me@example.com'], force: true }, env, where)) as SendResult;
    expect(forced.accepted).toEqual(['me@example.com']);
    expect(plain.received.length).toBe(count + 1);
  });

  it('a folder that is not an edition, and an empty newsletter.eml', async () => {
    const dir = tempDir();
    const missing = await sendHere({ to: ['me@example.com'], dryRun: true }, {}, { edition: 'nowhere', cwd: dir });
    expectOneLineError(missing, /^crier: nowhere has no newsletter\.eml \(pass an edition folder written by crier build, e\.g\. out\/<slug>\)$/);
    cpSync(path.join(cwd, edition), path.join(dir, 'e'), { recursive: true });
    writeFileSync(path.join(dir, 'e', 'newsletter.eml'), '');
    expectOneLineError(await sendHere({ to: ['me@example.com'], dryRun: true }, {}, { edition: 'e', cwd: dir }), /newsletter\.eml is not a message with a From header \(rebuild the edition/);
  });

  it('a password in the config file, without echoing it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ smtp: { host: 'smtp.example.com', user: USER, password: PASSWORD } }));
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, {}, { edition: path.join(cwd, edition), cwd: dir }), /smtp\.password: is never read from the config file: set CRIER_SMTP_PASSWORD/);
  });
});

describe('crier send failures are one line, exit 1, no stack trace, no password', () => {
  it('connection refused', async () => {
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: url('smtp', await closedPort()) }), /smtp:\/\/127\.0\.0\.1:\d+ refused the connection/);
  });

  it('a host name that does not resolve', async () => {
    expectOneLineError(await sendHere({ to: ['me@example.com'], timeout: 5 }, { CRIER_SMTP_URL: url('smtps', 465, PASSWORD, 'nonexistent.invalid') }), /cannot find the SMTP server nonexistent\.invalid: DNS lookup failed/);
  });

  it('TLS mismatch: smtps:// to a server that speaks plain SMTP', async () => {
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: url('smtps', plain.port) }), /TLS with smtps:\/\/127\.0\.0\.1:\d+ failed: .*try smtp:\/\//);
  });

  it('a certificate the machine does not trust', async () => {
    // This process was started without the test certificate: like a machine that does not trust it.
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: url('smtps', implicit.port) }), /TLS with smtps:\/\/127\.0\.0\.1:\d+ failed: self-signed certificate.*NODE_EXTRA_CA_CERTS/);
  });

  it('a wrong password', async () => {
    const wrong = 'wrong-Pw-91f3e2!';
    const result = await send(['--to', 'me@example.com'], { CRIER_SMTP_URL: url('smtp', starttls.port, wrong) });
    expectOneLineFailure(result, /rejected the login of editor@example\.com: 535 .*app password/);
    expectNoLeak(result.stdout + result.stderr, wrong);
  });

  it('a recipient the server refuses', async () => {
    expectOneLineError(await sendHere({ to: ['nobody@example.com'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` }), /refused nobody@example\.com: 550 5\.1\.1 mailbox unavailable/);
  });

  it('one of two recipients refused: says who got it', async () => {
    const count = plain.received.length;
    expectOneLineError(await sendHere({ to: ['nobody@example.com,me@example.com'] }, { CRIER_SMTP_URL: `smtp://127.0.0.1:${plain.port}` }), /refused nobody@example\.com: .*550.*; sent to me@example\.com only/);
    expect(plain.received.slice(count).map((m) => m.rcptTo)).toEqual([['me@example.com']]);
  });

  it('a server that never answers: the timeout', async () => {
    const silent = await startSilentServer();
    try {
      expectOneLineError(await sendHere({ to: ['me@example.com'], timeout: 1 }, { CRIER_SMTP_URL: url('smtp', silent.port) }), /smtp:\/\/127\.0\.0\.1:\d+ did not answer within 1 s/);
    } finally {
      await silent.close();
    }
  });

  it('an unreadable CRIER_SMTP_URL, without echoing it', async () => {
    expectOneLineError(await sendHere({ to: ['me@example.com'] }, { CRIER_SMTP_URL: `not a url ${PASSWORD}` }), /CRIER_SMTP_URL is not a URL/);
  });
});
