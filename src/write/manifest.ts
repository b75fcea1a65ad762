// manifest.json: what was read, how it was summarized, what was written (with checksums) and every
// warning. No timings or wall-clock time, so identical inputs give an identical manifest.
import { createHash } from 'node:crypto';
import type { Edition, LlmUsage, OutputFile, SentenceEdit } from '../types.js';
import { VERSION } from '../version.js';

export interface Manifest {
  version: string;
  /** What the edition is, for out/index.html and other tools. */
  edition: { kind: 'article' | 'digest'; title: string; date?: string; stories?: number };
  inputs: { path: string; sha256: string }[];
  summarizer: { method: string; model?: string } & Partial<LlmUsage>;
  files: { path: string; bytes: number; sha256: string }[];
  warnings: string[];
  /** Article sentences printed with a dateline or a leaning connective removed. */
  edits?: SentenceEdit[];
}

export function fileEntries(files: OutputFile[]): Manifest['files'] {
  return files.map((f) => ({
    path: f.path,
    bytes: typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length,
    sha256: createHash('sha256').update(f.content).digest('hex'),
  }));
}

export function buildManifest(edition: Edition, files: OutputFile[], warnings: string[]): Manifest {
  const summarizer: Manifest['summarizer'] = { method: edition.summary.method, ...edition.summary.usage };
  if (edition.summary.model) summarizer.model = edition.summary.model;
  return {
    version: VERSION,
    edition: { kind: 'article', title: edition.title, ...(edition.date ? { date: edition.date } : {}) },
    inputs: edition.articles.map((a) => ({ path: a.inputPath.split('\\').join('/'), sha256: a.sha256 })),
    summarizer,
    files: fileEntries(files),
    warnings,
    ...(edition.summary.edits?.length ? { edits: edition.summary.edits } : {}),
  };
}
