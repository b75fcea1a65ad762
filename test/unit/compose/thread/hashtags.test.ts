import { describe, expect, it } from 'vitest';
import { hashtagsFor } from '../../../../src/compose/thread/hashtags.js';

describe('hashtagsFor', () => {
  it('makes a half name whole: "Kong" of Hong Kong is #HongKong, not #Kong', () => {
    const text = 'Stocks fell in Hong Kong on Monday. Hong Kong traders sold. Markets in Hong Kong and Tokyo were down.';
    expect(hashtagsFor(['Kong', 'Tokyo'], 'Asian markets fall', 'en', 2, [], text)).toEqual(['#HongKong', '#Tokyo']);
  });

  it('gives no month or weekday (#June), and no word that is only ever part of other names (#University)', () => {
    const text = 'Howitt, now at the University of California, worked with Garrett at Johns Hopkins University. In June, the University of Liverpool team agreed with Howitt.';
    expect(hashtagsFor(['June', 'University', 'Howitt'], 'Cells that taste danger', 'en', 2, [], text)).toEqual(['#Howitt']);
  });

  it('keeps a name the headline is about, even when the text writes it inside other names', () => {
    const text = 'Pemerintah Provinsi Jakarta meresmikan jalur MRT. Menurut PT MRT Jakarta, biayanya besar. Warga Jakarta senang.';
    expect(hashtagsFor(['Jakarta'], 'Jakarta resmikan jalur MRT baru', 'id', 2, [], text)).toEqual(['#Jakarta']);
  });

  it('checks the tag as it is printed: "#Shares" from "shares" is a capitalised common word', () => {
    const text = 'Shares of Home Depot fell. The retailer said its shares would recover. Investors sold.';
    expect(hashtagsFor(['shares'], 'Home Depot shares plunge', 'en', 2, [], text)).toEqual([]);
  });

  it('keeps a brand spelt in lower case as it is spelt', () => {
    expect(hashtagsFor(['my6sense'], 'my6sense names a new chief', 'en', 2, [], 'my6sense named a chief. my6sense grew.')).toEqual(['#my6sense']);
  });
});
