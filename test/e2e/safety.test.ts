// Output safety and determinism: a killed build never leaves a broken edition, leftovers are
// cleaned by the next run, and the same inputs and options give the same bytes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, CLI, ROOT, SEED, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const SLUG = 'putin-top-trump-aide-see-hope-of-better-ties-in-kremlin';

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of Object.entries(readTree(full))) out[`${entry.name}/${k}`] = v;
    else out[entry.name] = readFileSync(full).toString('base64');
  }
  return out;
}

/** Every file the manifest lists is there with its checksum: the edition is whole. */
function assertWhole(editionDir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(editionDir, 'manifest.json'), 'utf8'));
  for (const f of manifest.files as { path: string; sha256: string }[]) {
    expect(createHash('sha256').update(readFileSync(path.join(editionDir, f.path))).digest('hex'), f.path).toBe(f.sha256);
  }
}

describe('a build killed with SIGKILL', () => {
  it('leaves the previous edition whole, and the next run leaves no temp folder', async () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'in'));
    cpSync(SEED, path.join(work, 'in', 'seed.txt'));
    // A slow second article keeps the build busy long enough to be killed in the middle.
    writeFileSync(path.join(work, 'in', 'zz-long.txt'), `Long story\n\n${Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says the council met again on day ${i}.`).join('\n\n')}`);
    expect((await runCli(['build', 'in', '-q'], { cwd: work })).code).toBe(0);
    const before = readTree(path.join(work, 'out', SLUG));
    writeFileSync(path.join(work, 'in', 'seed.txt'), readFileSync(SEED, 'utf8').replace('Bloomberg', 'Reuters'));
    for (const delay of [300, 600, 900, 1200]) {
      const child = spawn(process.execPath, [CLI, 'build', 'in', '-q'], { cwd: work, stdio: 'ignore' });
      // Listen before waiting: a fast build may finish before the kill, which is fine too.
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      // Either the old edition or the new one, never a mix or a half.
      const now = readTree(path.join(work, 'out', SLUG));
      assertWhole(path.join(work, 'out', SLUG));
      expect(JSON.stringify(now) === JSON.stringify(before) || readFileSync(path.join(work, 'out', SLUG, 'newsletter.html'), 'utf8').includes('Reuters')).toBe(true);
    }
    expect((await runCli(['build', 'in', '-q'], { cwd: work })).code).toBe(0);
    expect(readdirSync(path.join(work, 'out')).filter((f) => f.startsWith('.crier-'))).toEqual([]);
    assertWhole(path.join(work, 'out', SLUG));
  }, 180_000);
});

describe('determinism', () => {
  it('two builds of the same inputs and options are byte-identical (with --date, and with SOURCE_DATE_EPOCH)', async () => {
    const work = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    const args = ['build', 'content/', path.join(ARTICLES, 'harbour-ferry.md'), '-q', '--schedule-start', '2026-12-01 09:00', '--every', '2h', '--tz', 'Europe/Helsinki'];
    await runCli([...args, '-o', 'a', '--date', '2026-11-27'], { cwd: work });
    await runCli([...args, '-o', 'b', '--date', '2026-11-27'], { cwd: work });
    await runCli([...args, '-o', 'c'], { cwd: work, env: { SOURCE_DATE_EPOCH: '1795737600' } });
    await runCli([...args, '-o', 'd'], { cwd: work, env: { SOURCE_DATE_EPOCH: '1795737600' } });
    const a = readTree(path.join(work, 'a'));
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(readTree(path.join(work, 'b'))).toEqual(a);
    expect(readTree(path.join(work, 'd'))).toEqual(readTree(path.join(work, 'c')));
    // SOURCE_DATE_EPOCH 1795737600 is 2026-11-27: the same edition date as --date.
    expect(readTree(path.join(work, 'c'))).toEqual(a);
  }, 180_000);
});
