// --out guards: `--out ..` (also with stdin, when there is no input path to compare) and the home
// folder reached through a symlink are refused; real paths are compared.
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertSafeOutDir } from '../../../src/write/assertSafeOutDir.js';
import { tempDir } from '../../helpers/paths.js';

const home = process.env.HOME;
afterEach(() => {
  process.env.HOME = home;
});

describe('assertSafeOutDir', () => {
  it('refuses --out .. with stdin input: it holds the working folder', () => {
    const work = path.join(tempDir(), 'project');
    mkdirSync(work);
    expect(() => assertSafeOutDir('..', [], work)).toThrow('Refusing --out ..: it contains the working folder');
    expect(() => assertSafeOutDir('../..', [], work)).toThrow(/it contains the working folder/);
  });

  it('refuses the home folder reached through a symlink', () => {
    const root = tempDir();
    process.env.HOME = path.join(root, 'home');
    mkdirSync(process.env.HOME);
    mkdirSync(path.join(root, 'work'));
    symlinkSync(process.env.HOME, path.join(root, 'work', 'site'));
    expect(() => assertSafeOutDir('site', [], path.join(root, 'work'))).toThrow('Refusing --out site: it is your home folder');
  });

  it('refuses an input reached through a symlinked --out', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'in'));
    symlinkSync(path.join(root, 'in'), path.join(root, 'link'));
    expect(() => assertSafeOutDir('link', [path.join(root, 'in', 'a.txt')], root)).toThrow(/it contains the input/);
  });

  it('accepts a folder of its own, existing or not', () => {
    const root = tempDir();
    expect(() => assertSafeOutDir('out', [path.join(root, 'a.txt')], root)).not.toThrow();
    expect(() => assertSafeOutDir('../elsewhere/out', [], path.join(root))).not.toThrow();
  });
});
