// The one door to the output folder: under its lock, put back what a killed run left, write the
// editions atomically, then the archive page. build and digest both write through here.
import { warning, type Warning } from '../warnings.js';
import { writeEditions, type EditionFiles } from './writeEditions.js';
import { writeArchiveIndex } from './archiveIndex.js';
import { faultPoint } from './faults.js';
import { withOutputLock, type LockOptions } from './outputLock.js';
import { recoverOutDir } from './recoverOutDir.js';
import { makeDir } from './writeError.js';

export interface WriteOutputOptions extends LockOptions {
  /** The newsletter's name in a language, the archive page's heading. */
  archiveName: (lang: string) => string;
  /** The archive page's language (config language); default: the language most editions are in. */
  archiveLang?: string;
  /**
   * Runs under the lock before anything is written; throwing writes nothing. The weekly desk checks
   * here that no other run took its edition number while it was reading.
   */
  beforeWrite?: () => Promise<void>;
}

export interface WrittenOutput {
  /** One folder per edition, in the order given. */
  dirs: string[];
  warnings: Warning[];
}

export async function writeOutput(outDir: string, editions: EditionFiles[], options: WriteOutputOptions): Promise<WrittenOutput> {
  await makeDir(outDir);
  return withOutputLock(
    outDir,
    async () => {
      await faultPoint('locked');
      const recovery = await recoverOutDir(outDir);
      await options.beforeWrite?.();
      const dirs = await writeEditions(outDir, editions);
      const archive = await writeArchiveIndex(outDir, options.archiveName, options.archiveLang);
      const restored = recovery.restored.filter((slug) => !editions.some((e) => e.slug === slug));
      return { dirs, warnings: [...restored.map((slug) => warning('restored-edition', '', `${slug}/ put back from a run that was killed while writing it`)), ...archive.warnings] };
    },
    options,
  );
}
