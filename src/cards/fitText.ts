// Shrink to fit: the largest font size at which a text fits its box, measured by satori itself
// (one layout pass over every candidate size, read back with onNodeDetected), so wrapping is the
// same as in the drawn card. Lines break only between words; a text too long even at the smallest
// size is shortened at a word boundary with "…", never cut inside a word.
import { box, type CardElement } from './element.js';
import type { FontData } from './interFonts.js';

export interface FitRequest {
  text: string;
  width: number;
  height: number;
  /** Candidate font sizes, largest first. */
  sizes: number[];
  weight: 400 | 700;
  lineHeight: number;
}

export interface Fit {
  size: number;
  text: string;
  /** A single word wider than the box at the smallest size (a long URL): it may break inside. */
  breakWords: boolean;
}

export type Layout = (element: CardElement, options: { width: number; height: number; fonts: FontData[]; onNodeDetected: (node: { key?: string | number | null | undefined; width: number; height: number }) => void }) => Promise<unknown>;

const WORD_PROBE = 100;

/** Words of any script: spaces where the script has them, word segments where it has none. */
function tokens(text: string, lang: string): string[] {
  if (/\s/.test(text.trim())) return text.split(/(?<=\s)(?=\S)/u);
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
}

function longestWords(text: string, lang: string): string[] {
  return [...new Set(tokens(text, lang).map((t) => t.trim()))].sort((a, b) => b.length - a.length).slice(0, 3);
}

async function measure(layout: Layout, fonts: FontData[], style: Record<string, string | number>, nodes: CardElement[]): Promise<Map<string, { width: number; height: number }>> {
  const sizes = new Map<string, { width: number; height: number }>();
  const root = box({ flexDirection: 'column', alignItems: 'flex-start', width: 8000, ...style }, nodes);
  await layout(root, { width: 8000, height: 100000, fonts, onNodeDetected: (node) => typeof node.key === 'string' && sizes.set(node.key, { width: node.width, height: node.height }) });
  return sizes;
}

const textBox = (r: FitRequest, size: number, text: string, key: string) =>
  box({ width: r.width, fontSize: size, fontWeight: r.weight, lineHeight: r.lineHeight, flexShrink: 0 }, text, key);

/**
 * Sizes worth measuring: from the estimate of the largest size that fits (average glyph widths)
 * one step up and two down. Measuring costs time in satori, so not every size is tried at once.
 */
export function likelySizes(r: FitRequest): number[] {
  let width = 0;
  for (const char of r.text) width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff00-\uffef]/u.test(char) ? 1 : 0.56;
  const estimate = r.sizes.findIndex((s) => Math.ceil((width * s) / r.width) * s * r.lineHeight <= r.height);
  const at = estimate < 0 ? r.sizes.length - 1 : estimate;
  return r.sizes.slice(Math.max(0, at - 1), at + 3);
}

interface Measured {
  heights: Map<number, number>;
  widest: number;
}

function pick(r: FitRequest, m: Measured): number | undefined {
  return r.sizes.find((s) => (m.heights.get(s) ?? Infinity) <= r.height && (m.widest * s) / WORD_PROBE <= r.width);
}

export async function fitTexts(requests: FitRequest[], options: { layout: Layout; fonts: FontData[]; style: Record<string, string | number>; lang: string }): Promise<Fit[]> {
  const measured: Measured[] = requests.map(() => ({ heights: new Map(), widest: 0 }));
  const pass = async (sizesOf: (r: FitRequest, i: number) => number[], words: boolean) => {
    const nodes: CardElement[] = [];
    requests.forEach((r, i) => {
      for (const size of sizesOf(r, i)) nodes.push(textBox(r, size, r.text, `${i}:${size}`));
      if (words) longestWords(r.text, options.lang).forEach((word, j) => nodes.push(box({ fontSize: WORD_PROBE, fontWeight: r.weight, flexShrink: 0 }, word, `${i}:w${j}`)));
    });
    if (nodes.length === 0) return;
    const sizes = await measure(options.layout, options.fonts, options.style, nodes);
    requests.forEach((r, i) => {
      const m = measured[i] as Measured;
      for (const size of r.sizes) {
        const height = sizes.get(`${i}:${size}`)?.height;
        if (height !== undefined) m.heights.set(size, height);
      }
      if (words) m.widest = Math.max(0, ...[0, 1, 2].map((j) => sizes.get(`${i}:w${j}`)?.width ?? 0));
    });
  };
  await pass(likelySizes, true);
  // When none of the likely sizes fit, the smaller ones are measured too.
  await pass((r, i) => (pick(r, measured[i] as Measured) === undefined ? r.sizes.filter((s) => !(measured[i] as Measured).heights.has(s)) : []), false);

  const fits: Fit[] = [];
  const shorten: number[] = [];
  requests.forEach((r, i) => {
    const m = measured[i] as Measured;
    const size = pick(r, m);
    const smallest = r.sizes[r.sizes.length - 1] ?? 16;
    if (size !== undefined) fits.push({ size, text: r.text, breakWords: false });
    else {
      fits.push({ size: smallest, text: r.text, breakWords: (m.widest * smallest) / WORD_PROBE > r.width });
      if ((m.heights.get(smallest) ?? Infinity) > r.height) shorten.push(i);
    }
  });
  if (shorten.length === 0) return fits;
  // Too long even at the smallest size: the longest run of whole words (plus "…") that fits.
  const prefixes = new Map<number, string[]>();
  const probes: CardElement[] = [];
  for (const i of shorten) {
    const r = requests[i] as FitRequest;
    const fit = fits[i] as Fit;
    const parts = tokens(r.text, options.lang);
    const list = parts.slice(1).map((_, k) => `${parts.slice(0, parts.length - 1 - k).join('').trimEnd().replace(/[\s,;:–—-]+$/u, '')}…`).slice(0, 80);
    prefixes.set(i, list);
    list.forEach((text, k) => probes.push(box({ width: r.width, fontSize: fit.size, fontWeight: r.weight, lineHeight: r.lineHeight, flexShrink: 0, ...(fit.breakWords ? { wordBreak: 'break-word' } : {}) }, text, `${i}:p${k}`)));
  }
  const probed = await measure(options.layout, options.fonts, options.style, probes);
  for (const i of shorten) {
    const r = requests[i] as FitRequest;
    const list = prefixes.get(i) ?? [];
    const k = list.findIndex((_, n) => (probed.get(`${i}:p${n}`)?.height ?? Infinity) <= r.height);
    const fit = fits[i] as Fit;
    fit.text = k >= 0 ? (list[k] as string) : (list[list.length - 1] ?? r.text);
  }
  return fits;
}
