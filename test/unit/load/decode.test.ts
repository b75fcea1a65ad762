import { describe, expect, it } from 'vitest';
import { decode, declaredCharset } from '../../../src/load/decode.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decode', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Héllo')]);
    expect(decode(withBom, 'a.txt')).toBe('Héllo');
    expect(decode(new TextEncoder().encode('Héllo'), 'a.txt')).toBe('Héllo');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), 'a.txt')).toBe('Hi');
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), 'a.txt')).toBe('Hi');
  });

  it('refuses binary data with a message naming the file', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    expect(() => decode(png, 'photo.txt')).toThrow(/photo\.txt is not a text file/);
  });

  it('decodes a legacy single-byte page by its declared charset', () => {
    const raw = Buffer.from('<html><head><meta charset="windows-1252"></head><body>Café</body></html>', 'latin1');
    expect(declaredCharset(raw)).toBe('windows-1252');
    expect(decode(Buffer.from('Café', 'latin1'), 'x.html', { charset: 'windows-1252' })).toBe('Café');
    // 0x93 / 0x94 are curly quotes in windows-1252, also on pages that claim iso-8859-1.
    expect(decode(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'x.html', { charset: 'windows-1252' })).toBe('“hi”');
    expect(decode(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'x.html', { charset: 'iso-8859-1' })).toBe('“hi”');
  });

  it('names an unknown encoding', () => {
    expect(() => decode(Buffer.from('abc'), 'x.html', { charset: 'klingon-8' })).toThrow(/encoding crier does not know: "klingon-8"/);
  });

  it('refuses text that is mostly not UTF-8 but tolerates a stray bad byte', () => {
    const latin1 = new Uint8Array(200).fill(0xe9);
    expect(() => decode(latin1, 'old.txt')).toThrow(/not UTF-8/);
    const oneBad = new Uint8Array([...new TextEncoder().encode('a'.repeat(500)), 0xff]);
    expect(decode(oneBad, 'ok.txt')).toHaveLength(501);
  });
});
