// Cuts a system font down to the characters a card draws, with HarfBuzz's subsetter (the
// harfbuzzjs package, WebAssembly). It also picks one face out of a font collection (.ttc), which
// satori cannot read: Noto Sans CJK comes only as a collection. The subset keeps every glyph that
// shaping can reach from those characters (Arabic joining forms, Devanagari conjuncts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

let hb: HbSubset | undefined;

function harfbuzz(): HbSubset {
  if (!hb) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/hb-subset.wasm'));
    hb = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HbSubset;
  }
  return hb;
}

const HB_MEMORY_MODE_WRITABLE = 2;

/** The subset as an OpenType font, or undefined when HarfBuzz cannot read the file. */
export function subsetFont(file: string, face: number, text: string): Buffer | undefined {
  const h = harfbuzz();
  const data = readFileSync(file);
  const pointer = h.malloc(data.byteLength);
  new Uint8Array(h.memory.buffer).set(data, pointer);
  const blob = h.hb_blob_create(pointer, data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const source = h.hb_face_create(blob, face);
  h.hb_blob_destroy(blob);
  const input = h.hb_subset_input_create_or_fail();
  const unicodes = h.hb_subset_input_unicode_set(input);
  for (const char of new Set(text)) h.hb_set_add(unicodes, char.codePointAt(0) ?? 0);
  const subset = h.hb_subset_or_fail(source, input);
  h.hb_subset_input_destroy(input);
  let result: Buffer | undefined;
  if (subset) {
    const out = h.hb_face_reference_blob(subset);
    const length = h.hb_blob_get_length(out);
    // Copied out: the wasm memory is reused (and may grow) on the next call.
    if (length > 0) result = Buffer.from(new Uint8Array(h.memory.buffer, h.hb_blob_get_data(out, 0), length));
    h.hb_blob_destroy(out);
    h.hb_face_destroy(subset);
  }
  h.hb_face_destroy(source);
  h.free(pointer);
  return result;
}
