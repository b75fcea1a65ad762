// cards.logo: a local image file read once per run (cards render offline, so the email's https
// logo cannot be used), sized to the masthead's height from the file's own dimensions.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CrierError } from '../errors.js';
import type { CardBrand } from './cardTypes.js';

const HEIGHT = 56;
const MAX_WIDTH = 280;
const MAX_BYTES = 1024 * 1024;

/** Width and height from the PNG header, the JPEG frame header or the SVG's attributes. */
export function imageSize(bytes: Buffer, type: string): { width: number; height: number } | undefined {
  if (type === 'png' && bytes.length > 24 && bytes.toString('latin1', 1, 4) === 'PNG') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (type === 'jpeg') {
    for (let i = 2; i + 9 < bytes.length; ) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1] ?? 0;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: bytes.readUInt16BE(i + 7), height: bytes.readUInt16BE(i + 5) };
      i += 2 + bytes.readUInt16BE(i + 2);
    }
    return undefined;
  }
  if (type === 'svg+xml') {
    const svg = /<svg\b[^>]*>/i.exec(bytes.toString('utf8'))?.[0] ?? '';
    const number = (name: string) => Number(new RegExp(`\\b${name}\\s*=\\s*["']\\s*([\\d.]+)`, 'i').exec(svg)?.[1] ?? NaN);
    const box = /viewBox\s*=\s*["']\s*[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(svg);
    const width = number('width') || Number(box?.[1]);
    const height = number('height') || Number(box?.[2]);
    return width > 0 && height > 0 ? { width, height } : undefined;
  }
  return undefined;
}

export async function loadLogo(file: string, cwd: string): Promise<NonNullable<CardBrand['logo']>> {
  const full = path.resolve(cwd, file);
  const fail = (why: string) => new CrierError('CONFIG_INVALID', `cards.logo ${file}: ${why}`, { hint: 'give a PNG, JPEG or SVG file under 1 MB, relative to the folder crier runs in' });
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (error) {
    throw fail(`cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  if (bytes.length > MAX_BYTES) throw fail('larger than 1 MB');
  const type = /\.svg$/i.test(file) ? 'svg+xml' : /\.png$/i.test(file) ? 'png' : 'jpeg';
  const size = imageSize(bytes, type);
  if (!size) throw fail(`not a readable ${type === 'svg+xml' ? 'SVG (it needs width and height or a viewBox)' : type.toUpperCase()} file`);
  const width = Math.min(MAX_WIDTH, Math.round((size.width / size.height) * HEIGHT));
  const height = Math.round((width / size.width) * size.height);
  return { src: `data:image/${type};base64,${bytes.toString('base64')}`, width, height };
}
