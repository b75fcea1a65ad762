// Reading an edition's manifest.json back: the archive page lists it, the weekly desk remembers the
// stories it ran and numbers the next edition after it, and an input folder holding one is not read
// as articles. A manifest is crier's own file, but the folder is anyone's: a copied, hand-edited,
// truncated or planted one must not stop a build, hang it or lie to it. So only a regular file of
// a sane size is read (load/readManifestJson.ts), and only the fields of the right type are kept:
// what is left is a Manifest the rest of crier can trust.
import { readManifestJson } from '../load/readManifestJson.js';
import type { DigestEditionInfo, Manifest } from './manifest.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
/** Edition numbers are whole numbers crier can count on from (--edition takes the same). */
const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v < Number.MAX_SAFE_INTEGER ? v : undefined);

/** Copies the fields that are there and of the right type (no prototype keys come along). */
function pick<T extends object>(fields: { [K in keyof T]?: unknown }): T {
  const out: Json = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** The manifest in parsed JSON, with only its well-typed fields; undefined when it is not an edition's. */
export function parseManifest(raw: unknown): Manifest | undefined {
  if (!isObject(raw) || !isObject(raw.edition)) return undefined;
  const e = raw.edition;
  const title = text(e.title);
  if (!title || (e.kind !== 'digest' && e.kind !== 'article')) return undefined;
  const common = { title, date: text(e.date), lang: text(e.lang) };
  const edition: Manifest['edition'] =
    e.kind === 'digest'
      ? pick<DigestEditionInfo>({ kind: 'digest', ...common, stories: count(e.stories) ?? 0, number: count(e.number), period: text(e.period), subject: text(e.subject) })
      : pick<Manifest['edition']>({ kind: 'article', ...common });
  const summarizer = isObject(raw.summarizer) ? raw.summarizer : {};
  return {
    version: text(raw.version) ?? '',
    edition,
    inputs: list(raw.inputs).flatMap((i) => (typeof i.path === 'string' && typeof i.sha256 === 'string' ? [pick<Manifest['inputs'][number]>({ path: i.path, sha256: i.sha256, url: text(i.url), fingerprint: text(i.fingerprint) })] : [])),
    summarizer: pick<Manifest['summarizer']>({ method: text(summarizer.method) ?? '', model: text(summarizer.model) }),
    files: list(raw.files).flatMap((f) => (typeof f.path === 'string' ? [{ path: f.path, bytes: count(f.bytes) ?? 0, sha256: text(f.sha256) ?? '' }] : [])),
    warnings: [],
  };
}

/** An edition folder's manifest.json, or undefined when there is none crier can use. */
export async function readManifest(file: string): Promise<Manifest | undefined> {
  return parseManifest(await readManifestJson(file));
}
