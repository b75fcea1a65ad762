// One headless Chromium per test worker for the files that look at pages in a real browser (the
// email, the fonts, the preview UI). A launch costs about 1.5 s of CPU; with isolate: false
// (vitest.config.ts) the files one worker runs share it. A test opens its own context or page and
// closes it; nothing closes the browser: Playwright ends it when the worker exits.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/screenshots.js';

let launched: Promise<Browser> | undefined;

export function sharedChromium(): Promise<Browser> {
  launched ??= chromium.launch({ executablePath: chromiumPath() ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS }).then((browser) => {
    // A browser that crashed is launched again by the next file that asks.
    browser.on('disconnected', () => (launched = undefined));
    return browser;
  });
  return launched;
}
