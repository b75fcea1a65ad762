// playwright-core is an optional peer dependency: crier works without it, and --screenshots says in
// one line how to get it. Simulated for real: the bundled CLI and its templates copied to a folder
// whose node_modules has every package but playwright-core, so `import('playwright-core')` fails as it
// does on a user's machine that installed crier without it.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, tempDir } from '../helpers/paths.js';
import { runCliAt } from '../helpers/runCli.js';

describe('without playwright-core installed', () => {
  it('builds as usual, and --screenshots fails with one line saying to install it', async () => {
    const install = tempDir('crier-no-playwright-');
    mkdirSync(path.join(install, 'dist'));
    cpSync(path.join(ROOT, 'dist/bundle'), path.join(install, 'dist/bundle'), { recursive: true });
    cpSync(path.join(ROOT, 'templates'), path.join(install, 'templates'), { recursive: true });
    mkdirSync(path.join(install, 'node_modules'));
    for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name !== 'playwright-core' && !name.startsWith('.')) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(install, 'node_modules', name));
    }
    const cli = path.join(install, 'dist/bundle/cli.js');
    const out = tempDir();

    const plain = await runCliAt(cli, ['build', SEED, '-o', out, '-q']);
    expect(plain.code, plain.stderr).toBe(0);

    // Any existing file passes the Chromium lookup: the missing package is what is tested.
    const shots = await runCliAt(cli, ['build', SEED, '-o', path.join(out, 'shots'), '-q', '--screenshots'], { env: { CRIER_CHROMIUM: process.execPath } });
    expect(shots.code).toBe(2);
    expect(shots.stderr.trim().split('\n')).toEqual(['crier: --screenshots needs the playwright-core package, and it is not installed (install it: npm install playwright-core)']);
    expect(existsSync(path.join(out, 'shots'))).toBe(false);
  });
});
