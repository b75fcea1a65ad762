import { describe, expect, it } from 'vitest';
import { checkEmail, type Finding } from '../../../src/check/checkEmail.js';
import { formatReport } from '../../../src/runCheck.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';

const options = { mergeTags: DEFAULT_CONFIG.mergeTags };
const page = (body: string, head = '<title>A fine subject line</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><div style="display:none;font-size:1px">A preheader that is long enough to read well in the inbox list.</div>${body}</body></html>`;
const good = page('<p>Text</p><img src="https://example.com/a.png" alt="A chart"><a href="https://example.com/story">Read</a><a href="{{unsubscribe_url}}">Unsubscribe</a>');
const errors = (findings: Finding[]) => findings.filter((f) => f.level === 'error').map((f) => `${f.check}: ${f.message}`);

describe('checkEmail', () => {
  it('passes a good email, merge tags included', () => {
    expect(errors(checkEmail({ html: good, text: 'Text', mjmlProblem: undefined }, options))).toEqual([]);
  });

  it('flags the Gmail clip, invalid MJML, missing alt, http images, relative links, no unsubscribe and no text', () => {
    const bad = page(`<img src="http://example.com/a.png" alt="x"><img src="https://example.com/b.png"><a href="/relative">x</a><a href="javascript:alert(1)">y</a><p>${'x'.repeat(110 * 1024)}</p>`);
    const found = errors(checkEmail({ html: bad, text: '  ', mjmlProblem: 'line 3: mj-text cannot be used inside mj-body' }, options)).join('\n');
    expect(found).toMatch(/size: newsletter.html is 11\d\.\d KB; Gmail clips/);
    expect(found).toMatch(/mjml: .*line 3/);
    expect(found).toMatch(/images: image http:\/\/example.com\/a.png is not an absolute https URL/);
    expect(found).toMatch(/images: image https:\/\/example.com\/b.png has no alt text/);
    expect(found).toMatch(/links: link "\/relative"/);
    expect(found).toMatch(/links: link "javascript:alert\(1\)"/);
    expect(found).toMatch(/unsubscribe: no unsubscribe link/);
    expect(found).toMatch(/text: the plain-text part/);
  });

  it('warns about subject and preheader lengths and leftover template syntax', () => {
    const html = page('<p>Hello {{first_name}}</p><a href="*|UNSUB|*">u</a>', `<title>${'Long subject '.repeat(8)}</title>`).replace('A preheader that is long enough to read well in the inbox list.', 'Short');
    const warnings = checkEmail({ html, text: 't' }, options).filter((f) => f.level === 'warning').map((f) => f.check);
    expect(warnings).toEqual(expect.arrayContaining(['subject', 'preheader', 'template']));
  });

  it('warns on a subject that is only the newsletter’s name (a number, a week or a date aside), not on one that says what is inside', () => {
    const subjectOf = (subject: string) => checkEmail({ html: page('<a href="{{unsubscribe_url}}">u</a>', `<title>${subject}</title>`), text: 't' }, { ...options, newsletterName: 'The Brief' }).find((f) => f.check === 'subject');
    for (const bare of ['The Brief', 'The Brief #12 — 2026-W48', 'the brief, 2026-11-27', 'The Brief · Issue 12']) {
      expect(subjectOf(bare), bare).toEqual({ check: 'subject', level: 'warning', message: `the subject "${bare}" is only the newsletter's name; say what is inside (the top headlines, or --title)` });
    }
    for (const told of ['Ferry approved · Library opens late', 'The Brief: ferry approved, library opens late']) expect(subjectOf(told)?.level, told).toBe('ok');
  });

  it('reports client-support issues as warnings', () => {
    const found = checkEmail({ html: good, text: 't', newClientIssues: ['`display:grid` is not supported by `outlook.windows`'] }, options);
    expect(found).toContainEqual({ check: 'clients', level: 'warning', message: 'display:grid is not supported by outlook.windows' });
  });

  it('the report says "ok subject: 19 characters", not "subject: subject: …", and counts in the singular when it is one', () => {
    const findings = checkEmail({ html: good, text: 'Text', mjmlProblem: undefined }, options);
    const report = formatReport({ target: 'out/x', findings, errors: 0, warnings: 1 }, false);
    expect(report).toContain('ok subject: 19 characters');
    expect(report).toContain('ok preheader: 63 characters');
    expect(report).toContain('ok images: 1 image, all');
    expect(report).not.toMatch(/(\w+): \1:/);
    expect(report).toContain('0 errors, 1 warning — out/x');
  });
});
