// The one emit step of both commands: a manifest.json per edition, then under the output folder's
// lock every edition written atomically (all or nothing) and out/index.html rebuilt from the
// folder's manifests (write/writeOutput.ts).
import { newsletterName } from '../i18n/newsletterName.js';
import path from 'node:path';
import type { InputSource } from '../load/listInputFiles.js';
import type { OutputFile } from '../render/types.js';
import { buildManifest, type Manifest } from '../write/manifest.js';
import { assertSafeOutDir } from '../write/writeEditions.js';
import { writeOutput, type WriteOutputOptions } from '../write/writeOutput.js';
import type { Warning } from '../warnings.js';
import type { RunContext } from './context.js';

export interface EditionToEmit {
  slug: string;
  files: OutputFile[];
  manifest: Parameters<typeof buildManifest>[0];
}

export interface Emitted {
  slug: string;
  /** The edition's folder, absolute. */
  dir: string;
  files: OutputFile[];
  manifest: Manifest;
}

/** Refused before anything is read or written: an output folder that would overwrite the project or an input. */
export function guardOutput(context: RunContext, sources: InputSource[]): void {
  assertSafeOutDir(context.out.arg, sources.flatMap((s) => (s.kind === 'file' ? [s.fullPath] : [])), context.cwd);
}

/** The editions as written, and what writing found (an edition put back from a killed run...). */
export async function emit(context: RunContext, editions: EditionToEmit[], options: Pick<WriteOutputOptions, 'beforeWrite'> = {}): Promise<{ emitted: Emitted[]; warnings: Warning[] }> {
  const withManifests = editions.map((e) => {
    const manifest = buildManifest(e.manifest, e.files);
    return { slug: e.slug, manifest, files: [...e.files, { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` }] };
  });
  const written = await writeOutput(context.out.dir, withManifests, {
    archiveName: (lang) => newsletterName(context.config, lang),
    ...(context.config.language ? { archiveLang: context.config.language } : {}),
    ...options,
  });
  return { emitted: withManifests.map((e, i) => ({ ...e, dir: written.dirs[i] ?? path.join(context.out.dir, e.slug) })), warnings: written.warnings };
}
