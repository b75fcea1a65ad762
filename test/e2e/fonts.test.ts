// Issue 18: screenshots drew Korean as empty boxes. With the Noto fonts .ci/run installs
// (fonts-noto-core, fonts-noto-cjk) and the email's font stack, Chromium draws every script's
// characters: two different characters give two different glyph bitmaps, and neither is the box a
// character with no glyph gets ("tofu", the same box for every missing character).
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/defaults.js';
import { fontStack } from '../../src/i18n/fontStack.js';
import { chromiumPath } from '../../src/render/screenshots.js';
import { sharedChromium } from '../helpers/chromium.js';

/** Two everyday characters per script, and the script's language. */
const SCRIPTS: { lang: string; chars: [string, string] }[] = [
  { lang: 'zh', chars: ['地', '铁'] },
  { lang: 'ja', chars: ['駅', 'の'] },
  { lang: 'ko', chars: ['부', '산'] },
  { lang: 'ar', chars: ['ق', 'ه'] },
  { lang: 'he', chars: ['ש', 'ל'] },
  { lang: 'hi', chars: ['द', 'ल'] },
];
/** A code point no font has a glyph for: what a missing glyph looks like on this machine. */
const NO_GLYPH = '\u{10FFFD}';

describe.skipIf(!chromiumPath())('fonts in screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedChromium();
  }, 60_000);

  it.each(SCRIPTS)('draws $lang characters as glyphs, not boxes', async ({ lang, chars }) => {
    const page = await browser.newPage({ viewport: { width: 400, height: 200 }, deviceScaleFactor: 1 });
    const family = fontStack(DEFAULT_CONFIG.newsletter.fontFamily, lang).replace(/"/g, '');
    const cell = (id: string, text: string) => `<span id="${id}" style="display:inline-block;width:90px;height:90px;font-size:64px;line-height:90px;text-align:center">${text}</span>`;
    await page.setContent(`<!doctype html><html lang="${lang}"><body style="margin:0;background:#fff;color:#000;font-family:${family}">${cell('a', chars[0])}${cell('b', chars[1])}${cell('none', NO_GLYPH)}${cell('blank', '&nbsp;')}</body></html>`);
    const shot = (id: string) => page.locator(`#${id}`).screenshot();
    const [a, b, none, blank] = await Promise.all([shot('a'), shot('b'), shot('none'), shot('blank')]);
    await page.close();
    expect(a.equals(blank), 'the first character has ink').toBe(false);
    expect(a.equals(b), 'two characters, two glyphs').toBe(false);
    expect(a.equals(none), 'not the missing-glyph box').toBe(false);
    expect(b.equals(none), 'not the missing-glyph box').toBe(false);
  }, 30_000);
});
