// A run killed during the swap (after its .crier-old-<slug>-<pid> exists): the next run puts the
// previous edition back instead of deleting it, and never touches a live process's folders.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverOutDir } from '../../../src/write/recoverOutDir.js';
import { writeOutput } from '../../../src/write/writeOutput.js';
import { tempDir } from '../../helpers/paths.js';

const DEAD = 999_999_999; // above any pid_max, so never a live process
const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
afterAll(() => {
  live.kill();
});

function folder(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
}

describe('recoverOutDir', () => {
  it('puts back an edition whose swap was cut short (the edition folder is missing)', async () => {
    const out = tempDir();
    folder(path.join(out, `.crier-old-story-${DEAD}`), { 'newsletter.html': 'previous', 'manifest.json': '{}' });
    folder(path.join(out, `.crier-tmp-story-${DEAD}`), { 'newsletter.html': 'new, never swapped in' });
    const result = await recoverOutDir(out);
    expect(result.restored).toEqual(['story']);
    expect(readFileSync(path.join(out, 'story/newsletter.html'), 'utf8')).toBe('previous');
    expect(readdirSync(out)).toEqual(['story']);
  });

  it('removes the old copy when the new edition is already in place', async () => {
    const out = tempDir();
    folder(path.join(out, 'story'), { 'newsletter.html': 'new', 'manifest.json': '{}' });
    folder(path.join(out, `.crier-old-story-${DEAD}`), { 'newsletter.html': 'previous' });
    await recoverOutDir(out);
    expect(readFileSync(path.join(out, 'story/newsletter.html'), 'utf8')).toBe('new');
    expect(readdirSync(out)).toEqual(['story']);
  });

  it('never touches the staging folders of a process that is still running', async () => {
    const out = tempDir();
    folder(path.join(out, `.crier-tmp-story-${live.pid}`), { 'newsletter.html': 'being written' });
    folder(path.join(out, `.crier-old-other-${live.pid}`), { 'newsletter.html': 'being swapped' });
    await recoverOutDir(out);
    expect(readdirSync(out).sort()).toEqual([`.crier-old-other-${live.pid}`, `.crier-tmp-story-${live.pid}`]);
  });

  it('is what writeOutput does first: a killed run’s previous edition comes back beside the new ones', async () => {
    const out = tempDir();
    folder(path.join(out, `.crier-old-kept-${DEAD}`), { 'newsletter.html': 'previous', 'manifest.json': '{}' });
    const result = await writeOutput(out, [{ slug: 'fresh', files: [{ path: 'manifest.json', content: '{}' }] }], { archiveName: () => 'N' });
    expect(readFileSync(path.join(out, 'kept/newsletter.html'), 'utf8')).toBe('previous');
    expect(existsSync(path.join(out, 'fresh/manifest.json'))).toBe(true);
    expect(result.warnings).toEqual([{ code: 'restored-edition', input: '', message: 'kept/ put back from a run that was killed while writing it' }]);
  });
});
