// The post checks of `crier check` and eval:editorial, on the cases where they were wrong: each test
// failed before its fix.
import { describe, expect, it } from 'vitest';
import { postFindings } from '../../../../src/check/editorial/postFindings.js';
import type { EditionText } from '../../../../src/check/editorial/editionText.js';

const edition = (posts: string[], platform = 'x', headline = 'Council funds the island ferry'): EditionText => ({
  headline,
  url: 'https://example.com/ferry',
  lede: [],
  bullets: [],
  body: [],
  brief: { summary: [], bullets: [], keywords: [] },
  posts: posts.map((text, i) => ({ platform, index: i + 1, text })),
});
const fragments = (e: EditionText) => postFindings(e, { lang: 'en' }).filter((f) => f.class === 'fragmentPost').map((f) => f.text);
const LINK = 'Read the full story: https://example.com/ferry';

describe('postFindings: fragment posts', () => {
  it('still finds the tail of a sentence opening a post', () => {
    expect(fragments(edition(['Karaganov said they should agree,\n\n1/2', `a former Kremlin adviser.\n\n${LINK}\n\n2/2`]))).toEqual([`a former Kremlin adviser.\n\n${LINK}`]);
  });

  it('a brand spelt in lower case ("my6sense is…", "iPhone sales…") opens a sentence', () => {
    expect(fragments(edition(['The company named a new chief.\n\n1/3', 'my6sense is a native ad platform.\n\n2/3', `iPhone sales rose.\n\n${LINK}\n\n3/3`]))).toEqual([]);
  });

  it('a post that ends on a quotation’s credit is finished ("” — Craig Menear")', () => {
    expect(fragments(edition(['Sales missed.\n\n1/2', '“We are on track” — Craig Menear, chief executive\n\n2/2', `${LINK}\n\n3/3`]))).toEqual([]);
  });

  it('the 🧵 of thread.numbering "thread" is not the end of a sentence', () => {
    expect(fragments(edition(['Council funds the island ferry\n\nThe vote was close. 🧵', `Tickets cost less than the bus.\n\n${LINK}`]))).toEqual([]);
  });

  it('a Japanese or Chinese full stop ends a sentence (。！？)', () => {
    expect(fragments(edition(['表示されるメニューから「プロパティ」をクリック。', LINK]))).toEqual([]);
  });

  it('a post after a bare headline is counted as a bare headline hook, not as a fragment', () => {
    const findings = postFindings(edition(['Council funds the island ferry\n\n1/2', `The vote was close.\n\n${LINK}\n\n2/2`]), { lang: 'en' });
    expect(findings.map((f) => f.class)).toEqual(['bareHeadlineHook']);
  });

  it('an edition without a headline still has its fragments found (every post "ended on the headline")', () => {
    expect(fragments(edition(['Karaganov said they should agree,\n\n1/2', `a former Kremlin adviser.\n\n${LINK}\n\n2/2`], 'x', ''))).toHaveLength(1);
  });

  it('a German quote’s credit („…“ — Name) ends a post too', () => {
    expect(fragments(edition(['Sales missed.\n\n1/3', '„Wir sind auf Kurs“ — Craig Menear, Chef\n\n2/3', `${LINK}\n\n3/3`]))).toEqual([]);
  });
});
