import { describe, expect, it } from 'vitest';
import { isMailbox, parseAddress, parseRecipients } from '../../../src/send/recipients.js';

describe('parseRecipients', () => {
  it('reads comma lists, repeated flags and "Name <addr>", without repeats', () => {
    expect(parseRecipients(['a@example.com, B@Example.org', 'Me <me@example.net>,a@example.com'])).toEqual(['a@example.com', 'B@Example.org', 'me@example.net']);
  });

  it('allows 5 and refuses 6 with a usage error (exit 2) that points to an email service', () => {
    const five = ['1', '2', '3', '4', '5'].map((n) => `u${n}@example.com`);
    expect(parseRecipients([five.join(',')])).toHaveLength(5);
    try {
      parseRecipients([[...five, 'u6@example.com'].join(',')]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ exitCode: 2, message: expect.stringMatching(/6 addresses; a proof goes to at most 5/), hint: expect.stringMatching(/email service/) });
    }
  });

  it('refuses what is not an address, and header injection', () => {
    for (const bad of ['me@example', 'me', '@example.com', 'me@exa_mple.com', 'me..you@example.com', 'me@example.com\r\nBcc: x@example.com', 'me@-example.com']) {
      expect(() => parseRecipients([bad]), bad).toThrow();
    }
    expect(() => parseRecipients([''])).toThrow(/at least one/);
  });

  it('a missing comma is an error, not a recipient dropped in silence', () => {
    // addressparser reads this as one address (you@y.com) named "me@x.com".
    expect(() => parseRecipients(['me@x.com you@y.com'])).toThrow(/is not a list of addresses/);
    expect(parseRecipients(['"Doe, J" <j@x.com>, k@y.com'])).toEqual(['j@x.com', 'k@y.com']);
  });
});

describe('isMailbox / parseAddress', () => {
  it('accepts ordinary addresses', () => {
    for (const ok of ['me@example.com', 'first.last+tag@mail.example.co.uk', "o'neil@example.ie"]) expect(isMailbox(ok), ok).toBe(true);
  });

  it('takes exactly one address for --from', () => {
    expect(parseAddress('Me <me@example.com>', '--from')).toBe('me@example.com');
    expect(() => parseAddress('a@example.com,b@example.com', '--from')).toThrow(/--from takes one address/);
  });
});
