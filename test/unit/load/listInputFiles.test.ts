import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles } from '../../../src/load/listInputFiles.js';
import { tempDir } from '../../helpers/paths.js';

describe('listInputFiles', () => {
  it('expands a folder into its .txt/.md/.markdown files, sorted, recursively', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'b.md'), 'x');
    writeFileSync(path.join(dir, 'a.txt'), 'x');
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    writeFileSync(path.join(dir, '.hidden.md'), 'x');
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'c.markdown'), 'x');
    const sources = await listInputFiles([dir], dir);
    expect(sources.map((s) => (s.kind === 'file' ? s.path : '-'))).toEqual(['a.txt', 'b.md', path.join('sub', 'c.markdown')]);
  });

  it('survives a symlink loop', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'x');
    symlinkSync(dir, path.join(dir, 'loop'));
    const sources = await listInputFiles([dir], dir);
    expect(sources).toHaveLength(1);
  });

  it('says which path is missing', async () => {
    await expect(listInputFiles(['nope.txt'], tempDir())).rejects.toThrow('No such file or folder: nope.txt');
  });

  it('refuses a folder without articles', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'image.png'), 'x');
    await expect(listInputFiles([dir], dir)).rejects.toThrow(/No articles in folder/);
  });

  it('keeps "-" as standard input', async () => {
    expect(await listInputFiles(['-'], tempDir())).toEqual([{ kind: 'stdin' }]);
  });
});

describe('listInputFiles never reads crier’s own output (an --out inside an input folder)', () => {
  it('skips the output folder, edition folders (a crier manifest.json) and the archive page', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'story.md'), 'x');
    mkdirSync(path.join(dir, 'out', 'story'), { recursive: true });
    writeFileSync(path.join(dir, 'out', 'story', 'brief.md'), 'x');
    writeFileSync(path.join(dir, 'out', 'index.html'), '<!doctype html>\n<meta name="generator" content="crier">');
    mkdirSync(path.join(dir, 'old-run', 'story'), { recursive: true });
    writeFileSync(path.join(dir, 'old-run', 'story', 'manifest.json'), JSON.stringify({ version: '0.1.0', inputs: [], files: [] }));
    writeFileSync(path.join(dir, 'old-run', 'story', 'newsletter.html'), '<html></html>');
    writeFileSync(path.join(dir, 'old-run', 'index.html'), '<!doctype html>\n<meta name="generator" content="crier">');
    const sources = await listInputFiles([dir], dir, { skip: [path.join(dir, 'out')] });
    expect(sources.map((s) => (s.kind === 'file' ? s.path : '-'))).toEqual(['story.md']);
  });

  it('still reads a folder whose manifest.json is not crier’s, and an index.html of the user’s', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'manifest.json'), '{"name":"app"}');
    writeFileSync(path.join(dir, 'index.html'), '<html><body><p>Mine</p></body></html>');
    const sources = await listInputFiles([dir], dir);
    expect(sources.map((s) => (s.kind === 'file' ? s.path : '-'))).toEqual(['index.html']);
  });
});
