// Determinism: the same inputs and options give the same bytes. (A build killed at each step of the
// write is tested deterministically, by fault injection, in outputFolder.test.ts.) One build by the
// bundled CLI (cards drawn in its worker thread), the others in this process (cards drawn in this
// thread, helpers/inProcess.ts): the same bytes from either.
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, ROOT, tempDir } from '../helpers/paths.js';
import { buildIn } from '../helpers/inProcess.js';
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
    const inputs = ['content/', path.join(ARTICLES, 'harbour-ferry.md')];
    const schedule = { start: '2026-12-01 09:00', every: '2h', tz: 'Europe/Helsinki' };
    const cli = await runCli(['build', ...inputs, '-q', '--schedule-start', schedule.start, '--every', schedule.every, '--tz', schedule.tz, '-o', 'a', '--date', '2026-11-27'], { cwd: work });
    expect(cli.code, cli.stderr).toBe(0);
    // --no-cache: cards drawn again, not read from the cache the first build left.
    await buildIn(work, { inputs, schedule, out: 'b', date: '2026-11-27', llm: { cache: false } });
    await buildIn(work, { inputs, schedule, out: 'c', llm: { cache: false } }, { SOURCE_DATE_EPOCH: '1795737600' });
    const a = readTree(path.join(work, 'a'));
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(readTree(path.join(work, 'b'))).toEqual(a);
    // SOURCE_DATE_EPOCH 1795737600 is 2026-11-27: the same edition date as --date, so the same bytes.
    expect(readTree(path.join(work, 'c'))).toEqual(a);
  }, 180_000);
});
