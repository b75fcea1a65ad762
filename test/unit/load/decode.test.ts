import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/load/decode.js';

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

  it('refuses text that is mostly not UTF-8 but tolerates a stray bad byte', () => {
    const latin1 = new Uint8Array(200).fill(0xe9);
    expect(() => decode(latin1, 'old.txt')).toThrow(/not UTF-8/);
    const oneBad = new Uint8Array([...new TextEncoder().encode('a'.repeat(500)), 0xff]);
    expect(decode(oneBad, 'ok.txt')).toHaveLength(501);
  });
});
