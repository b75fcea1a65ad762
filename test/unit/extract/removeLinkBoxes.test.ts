import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removeLinkBoxes } from '../../../src/extract/removeLinkBoxes.js';

const story = 'The t-SNE algorithm comprises two main stages, and each of them is explained below in plain words. '.repeat(20);

describe('removeLinkBoxes', () => {
  it('removes a navbox or sidebar that is a list of links (Wikipedia’s t-SNE page gave only its navbox)', () => {
    const items = ['Clustering', 'Regression', 'Anomaly detection', 'AutoML'].map((w) => `<li><a href="/wiki/${w}">${w}</a></li>`).join('');
    const { document } = parseHTML(`<html><body><table class="vertical-navbox nowraplinks"><tr><td>Machine learning<ul>${items}</ul></td></tr></table><div class="mw-body"><p>${story}</p></div></body></html>`);
    expect(removeLinkBoxes(document as unknown as Document)).toBe(1);
    expect(document.body.textContent).not.toContain('Anomaly detection');
    expect(document.body.textContent).toContain('The t-SNE algorithm');
  });

  it('keeps a wrapper named for its sidebar that holds the story (mostly prose, few links)', () => {
    const { document } = parseHTML(`<html><body><div class="layout has-sidebar"><p>${story}</p><a href="/x">one link</a></div></body></html>`);
    expect(removeLinkBoxes(document as unknown as Document)).toBe(0);
    expect(document.body.textContent).toContain('The t-SNE algorithm');
  });
});
