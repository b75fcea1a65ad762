// Watches the inputs and templates for the preview with chokidar, which watches folders and
// follows a file replaced by rename (vim, JetBrains "safe write", sed -i save that way; a plain
// fs.watch on the file goes deaf after the first such save). Bursts become one call after 150 ms.
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';

export interface InputWatcher {
  close(): Promise<void>;
}

export async function watchInputs(targets: string[], options: { ignore: string[]; onChange: (file: string) => void; onError: (message: string) => void }): Promise<InputWatcher> {
  const ignored = options.ignore.map((p) => path.resolve(p));
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const watcher: FSWatcher = watch(targets, {
    ignoreInitial: true,
    atomic: true,
    ignored: (file: string) => {
      const full = path.resolve(file);
      if (ignored.some((dir) => full === dir || full.startsWith(dir + path.sep))) return true;
      const name = path.basename(full);
      // Editors' swap and backup files, and crier's own staging folders, are not edits.
      return !targets.includes(file) && (name.startsWith('.') || name.endsWith('~') || name === 'node_modules' || name === '4913');
    },
  });
  watcher.on('all', (_event, file) => {
    last = file;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => options.onChange(last), 150);
  });
  watcher.on('error', (error) => options.onError(`watching failed: ${(error as Error).message}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
