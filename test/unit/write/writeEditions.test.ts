import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEditions } from '../../../src/write/writeEditions.js';
import { writeOutput } from '../../../src/write/writeOutput.js';
import { tempDir } from '../../helpers/paths.js';

const edition = (slug: string, content: string) => ({
  slug,
  files: [
    { path: 'newsletter.html', content },
    { path: 'manifest.json', content: '{}' },
  ],
});

describe('writeEditions', () => {
  it('replaces an earlier edition and leaves no temp folder', async () => {
    const out = tempDir();
    await writeEditions(out, [edition('story', 'one')]);
    await writeEditions(out, [edition('story', 'two')]);
    expect(readFileSync(path.join(out, 'story/newsletter.html'), 'utf8')).toBe('two');
    expect(readdirSync(out)).toEqual(['story']);
  });

  it('refuses to replace a folder that is not a crier edition', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'story'));
    writeFileSync(path.join(out, 'story/thesis.docx'), 'precious');
    await expect(writeEditions(out, [edition('story', 'x')])).rejects.toThrow(/not a crier edition/);
    expect(readFileSync(path.join(out, 'story/thesis.docx'), 'utf8')).toBe('precious');
  });

  it('writes nothing when one edition of a run cannot be written', async () => {
    const out = tempDir();
    await writeEditions(out, [edition('a', 'old')]);
    writeFileSync(path.join(out, 'b'), 'a file where a folder should go');
    await expect(writeEditions(out, [edition('a', 'new'), edition('b', 'x')])).rejects.toThrow();
    expect(readFileSync(path.join(out, 'a/newsletter.html'), 'utf8')).toBe('old');
    expect(existsSync(path.join(out, '.crier-tmp-a-' + process.pid))).toBe(false);
  });
});

describe('writeOutput', () => {
  it('removes temp folders left by a killed run', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, '.crier-tmp-story-999999999'));
    await writeOutput(out, [edition('story', 'x')], { archiveName: () => 'N' });
    expect(readdirSync(out).sort()).toEqual(['index.html', 'story']);
  });

  it('runs two writes into one folder one after the other (same process, same staging names)', async () => {
    const out = tempDir();
    const runs = Array.from({ length: 6 }, (_, i) => writeOutput(out, [edition('story', `v${i}`), edition(`only-${i}`, 'x')], { archiveName: () => 'N' }));
    await Promise.all(runs);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readFileSync(path.join(out, 'story/newsletter.html'), 'utf8')).toMatch(/^v\d$/);
    for (let i = 0; i < 6; i++) expect(existsSync(path.join(out, `only-${i}`, 'manifest.json'))).toBe(true);
  });
});
