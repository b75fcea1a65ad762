// --screenshots: the email as readers see it, rendered by headless Chromium (playwright-core driving
// the system's Chromium; Debian: apt-get install chromium) at desktop and phone widths.
// playwright-core is an optional peer dependency: only --screenshots loads it, and a missing one is
// one line saying how to install it. (This file touches more than memory: it starts a browser.)
import { existsSync } from 'node:fs';
import { CrierError } from '../errors.js';

export const SCREEN_WIDTHS = [600, 375] as const;
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CRIER_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Launch options that work as root in a container and make no network calls of their own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

type Playwright = typeof import('playwright-core');

/** Loads playwright-core, or says in one line how to get it. */
export async function loadPlaywright(load: () => Promise<Playwright> = () => import('playwright-core')): Promise<Playwright> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new CrierError('USAGE', '--screenshots needs the playwright-core package, and it is not installed', { cause: error, hint: 'install it: npm install playwright-core' });
  }
}

export async function screenshots(html: string, options: { loadPlaywright?: () => Promise<Playwright> } = {}): Promise<{ path: string; content: Uint8Array }[]> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new CrierError('USAGE', '--screenshots needs Chromium, and none was found', { hint: 'apt-get install chromium, or set CRIER_CHROMIUM to its path' });
  }
  const { chromium } = await loadPlaywright(options.loadPlaywright);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const shots: { path: string; content: Uint8Array }[] = [];
    for (const width of SCREEN_WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      // Nothing from the network: the email is shown as a client would before loading images.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      shots.push({ path: `preview-${width}.png`, content: await page.screenshot({ fullPage: true }) });
      await page.close();
    }
    return shots;
  } finally {
    await browser.close();
  }
}
