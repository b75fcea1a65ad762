// manifest.json: what was read, how it was summarized, what was written (with checksums) and every
// warning. No timings or wall-clock time, so identical inputs give an identical manifest.
import { createHash } from 'node:crypto';
import type { Edition, LlmUsage, OutputFile } from '../types.js';
import { VERSION } from '../version.js';

export interface Manifest {
  version: string;
  inputs: { path: string; sha256: string }[];
  summarizer: { method: string; model?: string } & Partial<LlmUsage>;
  files: { path: string; bytes: number; sha256: string }[];
  warnings: string[];
}

export function buildManifest(edition: Edition, files: OutputFile[], warnings: string[]): Manifest {
  const summarizer: Manifest['summarizer'] = { method: edition.summary.method, ...edition.summary.usage };
  if (edition.summary.model) summarizer.model = edition.summary.model;
  return {
    version: VERSION,
    inputs: edition.articles.map((a) => ({ path: a.inputPath.split('\\').join('/'), sha256: a.sha256 })),
    summarizer,
    files: files.map((f) => ({
      path: f.path,
      bytes: Buffer.byteLength(f.content),
      sha256: createHash('sha256').update(f.content).digest('hex'),
    })),
    warnings,
  };
}
