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
