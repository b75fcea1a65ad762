// `crier preview` as a session: the server (in a temporary output folder unless --out), the browser
// when asked, and a clean stop on Ctrl+C or SIGTERM (close() removes a temporary folder).
import { spawn } from 'node:child_process';
import { startPreview, type PreviewOptions } from './previewServer.js';

export interface PreviewSession extends PreviewOptions {
  /** Open the preview in the default browser. */
  open?: boolean;
  /** Told the URL and the output folder once the first build is served. */
  onReady?: (url: string, out: string) => void;
}

function openBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  // No browser (a server, a container) is not an error: the URL is printed anyway.
  spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}

/** Serves until SIGINT or SIGTERM, then closes the server. */
export async function runPreview(session: PreviewSession): Promise<void> {
  // Listening from the start: Ctrl+C during the first build still removes the temporary folder.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const { open, onReady, ...options } = session;
  const preview = await startPreview(options);
  onReady?.(preview.url, preview.out);
  if (open) openBrowser(preview.url);
  await stopped;
  await preview.close();
}
