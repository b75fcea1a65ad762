// The edition check as a build and `crier check` run it: files in memory, the config's defaults.
import { describe, expect, it } from 'vitest';
import { checkEdition } from '../../../src/check/checkEdition.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';

const html = (subject: string) =>
  `<!doctype html><html lang="de"><head><title>${subject}</title></head><body><p>Ein Text.</p><a href="{{unsubscribe_url}}">Abmelden</a></body></html>`;

describe('checkEdition', () => {
  it('warns on a subject that is only the default newsletter name in the edition’s language ("Das Briefing #3")', async () => {
    const subject = async (title: string) =>
      (await checkEdition({ html: html(title), text: 'Ein Text.', brief: JSON.stringify({ lang: 'de' }) }, DEFAULT_CONFIG, { mjmlValidated: true, clientCheck: false })).find((f) => f.check === 'subject');
    expect((await subject('Das Briefing #3'))?.level).toBe('warning');
    expect((await subject('Bundestag stimmt ab · Neue Brücke für Köln'))?.level).not.toBe('warning');
  });
});
