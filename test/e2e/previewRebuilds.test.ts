// crier preview while files change (issue 14 #6, #18): a save storm never runs two rebuilds at
// once (they shared staging folders and broke the output); editors that save by writing a temp
// file and renaming it over the original (vim, JetBrains safe write, sed -i) keep live reload
// alive; an article renamed or deleted leaves the sidebar at once; the sidebar is newest first.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/previewServer.js';
import { SEED, tempDir } from '../helpers/paths.js';

const builds = vi.hoisted(() => ({ running: 0, most: 0, count: 0 }));
vi.mock('../../src/build.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/build.js')>();
  return {
    ...actual,
    build: async (...args: Parameters<typeof actual.build>) => {
      builds.running++;
      builds.count++;
      builds.most = Math.max(builds.most, builds.running);
      try {
        return await actual.build(...args);
      } finally {
        builds.running--;
      }
    },
  };
});

const STORY = 'The council met on Monday and voted to fund the new ferry line between the market square and the islands. The first ferry is due in the autumn of 2027, officials said. The council met again on Tuesday to agree the timetable and the fares.';
const article = (title: string, date?: string, extra = '') => `---\ntitle: ${title}\n${date ? `date: ${date}\n` : ''}---\n\n${STORY}\n\n${extra}\n`;

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.close();
  preview = undefined;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A rebuild that never comes (a deaf watcher) fails the test with a message instead of a timeout. */
const within = (promise: Promise<void>, what: string, ms = 60_000) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`no rebuild after ${what}`)))]);
const state = async (p: Preview) => (await (await fetch(`${p.url}api/state`)).json()) as { error: string | null; editions: { slug: string; title: string; date?: string }[] };

/** Saves like vim, JetBrains "safe write" and sed -i: a temp file renamed over the original. */
function saveAtomically(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `sed${Math.random().toString(36).slice(2, 8)}`);
  writeFileSync(temp, content);
  renameSync(temp, file);
}

describe('a save storm (12 articles, a save every 0.3 s)', () => {
  it('never runs two rebuilds at once, and ends with every edition whole and current', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    const names = Array.from({ length: 12 }, (_, i) => `story-${String(i).padStart(2, '0')}.md`);
    names.forEach((name, i) => writeFileSync(path.join(dir, 'in', name), article(`Ferry story ${i}`, `2026-11-${String(i + 1).padStart(2, '0')}`)));
    const failures: string[] = [];
    preview = await startPreview({ inputs: ['in'], out: 'out', port: 0, cwd: dir, onEvent: (m) => m.startsWith('build failed') && failures.push(m) });
    builds.most = 0;
    builds.count = 0;
    for (const [i, name] of names.entries()) {
      writeFileSync(path.join(dir, 'in', name), article(`Ferry story ${i}`, `2026-11-${String(i + 1).padStart(2, '0')}`, `The editors added revision mark ${i} to the story on Monday.`));
      await sleep(300);
    }
    // The last saves may land during a rebuild or after it: wait until the output has caught up
    // with every save (not for "one more rebuild", which may already have happened).
    const current = async () => {
      const { editions } = await state(preview as Preview);
      return editions.length === 12 && editions.every((e, n) => readFileSync(path.join(dir, 'out', e.slug, 'newsletter.txt'), 'utf8').includes(`revision mark ${11 - n} to the story`));
    };
    const deadline = Date.now() + 90_000;
    for (;;) {
      await sleep(300);
      await preview.idle();
      if (await current()) break;
      if (Date.now() > deadline) throw new Error('the editions never caught up with the storm');
    }
    expect(builds.most).toBe(1);
    expect(builds.count).toBeLessThan(names.length + 1);
    expect(failures).toEqual([]);
    const out = path.join(dir, 'out');
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    const { editions } = await state(preview);
    expect(editions).toHaveLength(12);
    for (const [n, e] of editions.entries()) {
      const manifest = JSON.parse(readFileSync(path.join(out, e.slug, 'manifest.json'), 'utf8'));
      for (const f of manifest.files as { path: string; sha256: string }[]) expect(createHash('sha256').update(readFileSync(path.join(out, e.slug, f.path))).digest('hex')).toBe(f.sha256);
      expect(readFileSync(path.join(out, e.slug, 'newsletter.txt'), 'utf8')).toContain(`revision mark ${11 - n} to the story`); // newest first
    }
  }, 120_000);
});

describe('live reload with editors that save atomically', () => {
  it('keeps rebuilding after a template is replaced by rename, several times in a row', async () => {
    const dir = tempDir();
    cpSync(SEED, path.join(dir, 'seed.txt'));
    mkdirSync(path.join(dir, 'tpl', 'partials'), { recursive: true });
    const footer = path.join(dir, 'tpl', 'partials', 'footer.mjml.hbs');
    const FOOTER = (text: string) => `<mj-section><mj-column><mj-text>${text} <a href="{{unsubscribe}}">Unsubscribe</a></mj-text></mj-column></mj-section>\n`;
    writeFileSync(footer, FOOTER('Footer zero'));
    preview = await startPreview({ inputs: ['seed.txt'], out: 'out', port: 0, templates: 'tpl', watch: ['tpl'], cwd: dir });
    const slug = (await state(preview)).editions[0]?.slug ?? '';
    for (const word of ['one', 'two', 'three', 'four']) {
      const rebuilt = preview.rebuilt();
      saveAtomically(footer, FOOTER(`Footer ${word}`));
      await within(rebuilt, `saving footer ${word}`);
      expect(readFileSync(path.join(dir, 'out', slug, 'newsletter.html'), 'utf8')).toContain(`Footer ${word}`);
    }
  }, 120_000);

  it('keeps rebuilding after an article given by name is replaced by rename, several times in a row', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'story.md'), article('Ferry news', '2026-11-01'));
    preview = await startPreview({ inputs: ['story.md'], out: 'out', port: 0, cwd: dir });
    for (const n of [1, 2, 3, 4]) {
      const rebuilt = preview.rebuilt();
      saveAtomically(path.join(dir, 'story.md'), article('Ferry news', '2026-11-01', `The editors made edit number ${n} to the story on Monday.`));
      await within(rebuilt, `edit ${n}`);
      const slug = (await state(preview)).editions[0]?.slug ?? '';
      expect(readFileSync(path.join(dir, 'out', slug, 'newsletter.txt'), 'utf8')).toContain(`The editors made edit number ${n} to the story on Monday.`);
    }
  }, 120_000);
});

describe('the sidebar', () => {
  it('lists the editions newest first, undated last', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.md'), article('Alpha', '2026-11-01'));
    writeFileSync(path.join(dir, 'in', 'b.md'), article('Bravo', '2026-11-20'));
    writeFileSync(path.join(dir, 'in', 'c.md'), article('Charlie'));
    writeFileSync(path.join(dir, 'in', 'd.md'), article('Delta', '2026-11-10'));
    preview = await startPreview({ inputs: ['in'], out: 'out', port: 0, cwd: dir });
    expect((await state(preview)).editions.map((e) => e.title)).toEqual(['Bravo', 'Delta', 'Alpha', 'Charlie']);
  }, 60_000);

  it('drops an article that was renamed or deleted at the next rebuild, not at restart', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.md'), article('Alpha', '2026-11-01'));
    writeFileSync(path.join(dir, 'in', 'b.md'), article('Bravo', '2026-11-02'));
    preview = await startPreview({ inputs: ['in'], out: 'out', port: 0, cwd: dir });
    const before = (await state(preview)).editions.map((e) => e.slug);
    expect(before).toEqual(['bravo', 'alpha']);

    let rebuilt = preview.rebuilt();
    unlinkSync(path.join(dir, 'in', 'a.md'));
    writeFileSync(path.join(dir, 'in', 'a-renamed.md'), article('Alpha renamed', '2026-11-01'));
    await within(rebuilt, 'the rename');
    await preview.idle();
    expect((await state(preview)).editions.map((e) => e.slug)).toEqual(['bravo', 'alpha-renamed']);
    expect((await fetch(`${preview.url}api/editions/alpha`)).status).toBe(404);

    rebuilt = preview.rebuilt();
    unlinkSync(path.join(dir, 'in', 'b.md'));
    await within(rebuilt, 'the delete');
    await preview.idle();
    expect((await state(preview)).editions.map((e) => e.slug)).toEqual(['alpha-renamed']);
  }, 60_000);
});
