import { describe, expect, it } from 'vitest';
import { renderEml } from '../../../src/render/renderEml.js';

const input = { from: 'Desk <desk@example.com>', subject: 'Ferry news', html: '<p>Hi</p>', text: 'Hi', slug: 'ferry-news' };
const headers = (eml: string) => eml.split('\r\n\r\n')[0] ?? '';

describe('renderEml', () => {
  it('dates the message with the edition date', async () => {
    expect(headers(await renderEml({ ...input, date: '2026-11-20' }))).toMatch(/^Date: Fri, 20 Nov 2026 00:00:00 \+0000$/m);
  });

  // Bug: an article without a date gave newsletter.eml "Date: Thu, 01 Jan 1970", a false date.
  it('leaves the Date header out when the edition has no date, rather than the epoch', async () => {
    const eml = await renderEml(input);
    expect(eml).not.toMatch(/1970/);
    expect(headers(eml)).not.toMatch(/^Date:/m);
    expect(headers(eml)).toMatch(/^Subject: Ferry news$/m);
  });
});
