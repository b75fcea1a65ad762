// out/index.html: crier replaces only the archive page it wrote; a user's own page is kept.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchiveIndex } from '../../../src/write/archiveIndex.js';
import { tempDir } from '../../helpers/paths.js';

function edition(out: string, slug: string, title: string, date: string): void {
  mkdirSync(path.join(out, slug));
  writeFileSync(path.join(out, slug, 'manifest.json'), JSON.stringify({ edition: { kind: 'article', title, date }, files: [{ path: 'newsletter.html' }] }));
}

describe('writeArchiveIndex', () => {
  it('leaves a user’s own index.html alone and says so (a site page was replaced)', async () => {
    const out = tempDir();
    edition(out, 'story', 'Story', '2026-11-27');
    writeFileSync(path.join(out, 'index.html'), '<html><body>My site</body></html>');
    const result = await writeArchiveIndex(out, () => 'The Brief');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<html><body>My site</body></html>');
    expect(result.file).toBeUndefined();
    expect(result.warnings).toEqual([{ code: 'archive-not-written', input: '', message: expect.stringMatching(/index\.html was not written by crier, so the archive page was not written/) }]);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'story']);
  });

  it('replaces its own page, also one written before the page carried its generator tag', async () => {
    const out = tempDir();
    edition(out, 'story', 'Story', '2026-11-27');
    const first = await writeArchiveIndex(out, () => 'The Brief');
    expect(first.warnings).toEqual([]);
    const page = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(page).toContain('<meta name="generator" content="crier">');
    writeFileSync(path.join(out, 'index.html'), page.replace('<meta name="generator" content="crier">\n', '').replace('Story', 'Old'));
    edition(out, 'later', 'Later', '2026-11-28');
    expect((await writeArchiveIndex(out, () => 'The Brief')).warnings).toEqual([]);
    const text = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(text.indexOf('Later')).toBeLessThan(text.indexOf('Story'));
    expect(readdirSync(out).filter((f) => f.startsWith('.') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the archive in the language most editions speak (a German archive is "Das Briefing")', async () => {
    const out = tempDir();
    for (const [slug, date] of [['eins', '2026-11-27'], ['zwei', '2026-11-28']] as const) {
      mkdirSync(path.join(out, slug));
      writeFileSync(path.join(out, slug, 'manifest.json'), JSON.stringify({ edition: { kind: 'article', title: slug, date, lang: 'de' }, files: [{ path: 'newsletter.html' }] }));
    }
    await writeArchiveIndex(out, (lang) => (lang.startsWith('de') ? 'Das Briefing' : 'The Brief'));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<h1>Das Briefing</h1>');
  });
});
