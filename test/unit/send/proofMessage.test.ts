import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderEml } from '../../../src/render/renderEml.js';
import { buildProof } from '../../../src/send/proofMessage.js';

const NOW = new Date('2026-12-01T09:30:00Z');

async function edition(subject: string, extra: Partial<Parameters<typeof renderEml>[0]> = {}): Promise<Buffer> {
  const eml = await renderEml({
    from: '"Crier Weekly, Ltd." <news@example.com>',
    subject,
    html: '<!doctype html><html><body><div style="display:none">The preheader</div><p>Hello</p></body></html>',
    text: 'Hello',
    date: '2026-11-27',
    slug: 'hello',
    unsubscribe: 'https://example.com/unsubscribe',
    siteUrl: 'https://news.example.com',
    ...extra,
  });
  return Buffer.from(eml, 'utf8');
}

const bodyOf = (b: Buffer) => b.subarray(b.indexOf('\r\n\r\n') + 4);

describe('buildProof', () => {
  it('keeps the body and the headers crier wrote, and replaces To, Subject, Date and Message-ID', async () => {
    const eml = await edition('Harbour ferry returns');
    const proof = buildProof(eml, { to: ['a@example.com', 'b@example.org'], prefix: '[Proof] ', now: NOW });
    expect(bodyOf(proof.raw).equals(bodyOf(eml))).toBe(true);
    const mail = await simpleParser(proof.raw);
    expect(mail.subject).toBe('[Proof] Harbour ferry returns');
    expect(mail.to).toMatchObject({ value: [{ address: 'a@example.com' }, { address: 'b@example.org' }] });
    expect(mail.from?.value[0]).toEqual({ name: 'Crier Weekly, Ltd.', address: 'news@example.com' });
    expect(mail.date?.toISOString()).toBe(NOW.toISOString());
    expect(mail.messageId).toMatch(/^<proof\.[0-9a-f-]{36}@news\.example\.com>$/);
    expect(mail.headerLines.map((h) => h.key)).toContain('list-unsubscribe');
    expect(mail.html).toContain('The preheader');
    expect(proof).toMatchObject({ subject: '[Proof] Harbour ferry returns', from: '"Crier Weekly, Ltd." <news@example.com>', fromAddress: 'news@example.com' });
  });

  it('two proofs of one edition get different Message-IDs (Gmail would drop the second)', async () => {
    const eml = await edition('Same');
    const ids = [1, 2].map(() => /Message-ID: (.*)/.exec(buildProof(eml, { to: ['a@example.com'], now: NOW }).raw.toString())?.[1]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('prefixes a non-ASCII subject and encodes it as nodemailer does', async () => {
    const eml = await edition('Cœur de la ville — 東京の港が再開');
    const proof = buildProof(eml, { to: ['a@example.com'], prefix: '[Épreuve] ', now: NOW });
    const mail = await simpleParser(proof.raw);
    expect(mail.subject).toBe('[Épreuve] Cœur de la ville — 東京の港が再開');
    const head = proof.raw.subarray(0, proof.raw.indexOf('\r\n\r\n')).toString('latin1');
    expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(head.split('\r\n').every((line) => line.length <= 78)).toBe(true);
  });

  it('drops To, Cc and Bcc already in the file, so only the proof’s recipients get it', async () => {
    const eml = Buffer.from('From: a@example.com\r\nTo: list@example.com\r\nCc: c@example.com\r\nBcc: hidden@example.com\r\nSubject: Hi\r\n\r\nBody\r\n');
    const mail = await simpleParser(buildProof(eml, { to: ['me@example.com'], now: NOW }).raw);
    expect(mail.to).toMatchObject({ text: 'me@example.com' });
    expect(mail.cc).toBeUndefined();
    expect(mail.bcc).toBeUndefined();
    expect(mail.text?.trim()).toBe('Body');
  });

  it('a subject that decodes to a line break cannot add a header (hostile title)', async () => {
    const word = `=?UTF-8?B?${Buffer.from('Hi\r\nBcc: evil@example.com').toString('base64')}?=`;
    const eml = Buffer.from(`From: a@example.com\r\nSubject: ${word}\r\n\r\nBody\r\n`);
    const proof = buildProof(eml, { to: ['me@example.com'], prefix: '[Proof] ', now: NOW });
    const mail = await simpleParser(proof.raw);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).toBe('[Proof] Hi Bcc: evil@example.com');
  });

  it('reads a file saved with LF line ends', async () => {
    const eml = Buffer.from('From: The Brief <a@example.com>\nSubject: Plain\n folded\n\nBody line\n');
    const proof = buildProof(eml, { to: ['me@example.com'], now: NOW });
    expect(proof.subject).toBe('Plain folded');
    expect((await simpleParser(proof.raw)).text?.trim()).toBe('Body line');
  });

  it('--from changes the address and keeps the display name exactly as encoded', async () => {
    const eml = await edition('Hi', { from: 'Zoë’s Brief <news@example.com>' });
    const proof = buildProof(eml, { to: ['me@example.com'], from: 'me@example.net', now: NOW });
    const mail = await simpleParser(proof.raw);
    expect(mail.from?.value[0]).toEqual({ name: 'Zoë’s Brief', address: 'me@example.net' });
    expect(proof.fromAddress).toBe('me@example.net');
  });

  it('refuses a file that is not a message', () => {
    expect(() => buildProof(Buffer.from('<html>not an eml</html>'), { to: ['me@example.com'], now: NOW })).toThrow(/not a message with a From header/);
  });
});
