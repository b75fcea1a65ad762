// Determinism: the same inputs and options give the same bytes. (A build killed at each step of the
// write is tested deterministically, by fault injection, in outputFolder.test.ts.)
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, ROOT, tempDir } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of Object.entries(readTree(full))) out[`${entry.name}/${k}`] = v;
    else out[entry.name] = readFileSync(full).toString('base64');
  }
  return out;
}

describe('determinism', () => {
  it('two builds of the same inputs and options are byte-identical (with --date, and with SOURCE_DATE_EPOCH)', async () => {
    const work = tempDir();
    cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    const args = ['build', 'content/', path.join(ARTICLES, 'harbour-ferry.md'), '-q', '--schedule-start', '2026-12-01 09:00', '--every', '2h', '--tz', 'Europe/Helsinki'];
    await runCli([...args, '-o', 'a', '--date', '2026-11-27'], { cwd: work });
    await runCli([...args, '-o', 'b', '--date', '2026-11-27'], { cwd: work });
    await runCli([...args, '-o', 'c'], { cwd: work, env: { SOURCE_DATE_EPOCH: '1795737600' } });
    const a = readTree(path.join(work, 'a'));
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(readTree(path.join(work, 'b'))).toEqual(a);
    // SOURCE_DATE_EPOCH 1795737600 is 2026-11-27: the same edition date as --date, so the same bytes.
    expect(readTree(path.join(work, 'c'))).toEqual(a);
  }, 180_000);
});
