// Reading the PNG cards in tests: the header (IHDR), the pixels (pngjs), how far two images differ,
// and where the ink is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG signature, then IHDR as the first chunk: width, height, bit depth, colour type. */
export function pngHeader(bytes: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number } {
  const b = Buffer.from(bytes);
  if (!b.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  if (b.toString('latin1', 12, 16) !== 'IHDR' || b.readUInt32BE(8) !== 13) throw new Error('not a PNG (no IHDR first)');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b[24] ?? 0, colorType: b[25] ?? 0 };
}

export function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** Share of pixels whose colour differs by more than `tolerance` (0-255) in any channel. */
export function diffRatio(a: PNG, b: PNG, tolerance = 48): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        differ++;
        break;
      }
    }
  }
  return differ / (a.width * a.height);
}

/** Dark pixels (text) inside a box of the image, and the leftmost / rightmost column that has any. */
export function ink(png: PNG, box: { x: number; y: number; width: number; height: number }): { pixels: number; left: number; right: number } {
  let pixels = 0;
  let left = Infinity;
  let right = -1;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 3 * 110) {
        pixels++;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { pixels, left, right };
}

let tesseractChecked: boolean | undefined;
/** Whether the tesseract OCR program is installed (CI installs it: .ci/run). */
export function hasTesseract(): boolean {
  if (tesseractChecked === undefined) {
    try {
      execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
      tesseractChecked = true;
    } catch {
      tesseractChecked = false;
    }
  }
  return tesseractChecked;
}

/** The text tesseract reads in a PNG, one line per line. */
export function ocr(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crier-ocr-'));
  const file = path.join(dir, 'card.png');
  writeFileSync(file, bytes);
  return execFileSync('tesseract', [file, '-', '--psm', '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Words of a text, lower-case, without punctuation (to compare OCR with what was drawn). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
