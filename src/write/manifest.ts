// manifest.json: what was read, how it was summarized, what was written (with checksums) and every
// warning. No timings or wall-clock time, so identical inputs give an identical manifest. One
// builder for an article's edition and the weekly edition.
import { createHash } from 'node:crypto';
import type { Article } from '../extract/types.js';
import type { OutputFile } from '../render/types.js';
import type { LlmUsage, SentenceEdit, Summary } from '../summarize/types.js';
import { VERSION } from '../version.js';
import { canonicalUrl } from '../text/canonicalUrl.js';
import { fingerprint } from '../text/fingerprint.js';
import type { Warning } from '../warnings.js';

export interface Manifest {
  version: string;
  /** What the edition is, for out/index.html and other tools. */
  edition: { kind: 'article'; title: string; date?: string; lang?: string } | DigestEditionInfo;
  /**
   * What was read. A weekly edition adds, per article, its canonical URL and text fingerprint: a later
   * edition in the same folder leaves out what this one ran (select/alreadySent.ts).
   */
  inputs: { path: string; sha256: string; url?: string; fingerprint?: string }[];
  summarizer: { method: string; model?: string } & Partial<LlmUsage>;
  files: { path: string; bytes: number; sha256: string }[];
  warnings: Warning[];
  /** Article sentences printed with a dateline or a leaning connective removed. */
  edits?: SentenceEdit[];
}

export interface DigestEditionInfo {
  kind: 'digest';
  title: string;
  stories: number;
  date?: string;
  lang?: string;
  /** The edition's number (--edition, or the last one's + 1). */
  number?: number;
  /** The period it covers ("2026-W48", "2026-11-01..2026-11-30"): a re-run of it rebuilds this edition. */
  period?: string;
  /** The email's subject line. */
  subject?: string;
}

export function fileEntries(files: OutputFile[]): Manifest['files'] {
  return files.map((f) => ({
    path: f.path,
    bytes: typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.length,
    sha256: createHash('sha256').update(f.content).digest('hex'),
  }));
}

/** How one article was summarized: the method, and with a model its usage. */
export function summarizerOf(summary: Summary): Manifest['summarizer'] {
  const summarizer: Manifest['summarizer'] = { method: summary.method, ...summary.usage };
  if (summary.model) summarizer.model = summary.model;
  return summarizer;
}

/** The weekly edition's memory of one article: where it lives and what it says. */
export function rememberedInput(article: Article): Manifest['inputs'][number] {
  return { path: article.inputPath.split('\\').join('/'), sha256: article.sha256, ...(article.url ? { url: canonicalUrl(article.url) } : {}), fingerprint: fingerprint(article) };
}

export function buildManifest(what: Pick<Manifest, 'edition' | 'summarizer' | 'warnings' | 'edits'> & { articles: Article[]; remember?: boolean }, files: OutputFile[]): Manifest {
  return {
    version: VERSION,
    edition: what.edition,
    inputs: what.articles.map((a) => (what.remember ? rememberedInput(a) : { path: a.inputPath.split('\\').join('/'), sha256: a.sha256 })),
    summarizer: what.summarizer,
    files: fileEntries(files),
    warnings: what.warnings,
    ...(what.edits?.length ? { edits: what.edits } : {}),
  };
}
