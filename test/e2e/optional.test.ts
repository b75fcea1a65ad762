// playwright-core is an optional peer dependency: crier works without it, and --screenshots says in
// one line how to get it. Simulated for real: the bundled CLI and its templates copied to a folder
// whose node_modules has every package but playwright-core, so `import('playwright-core')` fails as it
// does on a user's machine that installed crier without it.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, tempDir } from '../helpers/paths.js';
import { runCliAt } from '../helpers/runCli.js';

/** The bundled CLI and its templates in a folder whose node_modules lacks one package; its cli.js. */
function installWithout(missing: string): string {
  const install = tempDir(`crier-no-${missing}-`);
  mkdirSync(path.join(install, 'dist'));
  cpSync(path.join(ROOT, 'dist/bundle'), path.join(install, 'dist/bundle'), { recursive: true });
  cpSync(path.join(ROOT, 'templates'), path.join(install, 'templates'), { recursive: true });
  mkdirSync(path.join(install, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name !== missing && !name.startsWith('.')) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(install, 'node_modules', name));
  }
  return path.join(install, 'dist/bundle/cli.js');
}

describe('without playwright-core installed', () => {
  it('builds as usual, and --screenshots fails with one line saying to install it', async () => {
    const cli = installWithout('playwright-core');
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

// openai is a dependency, so only a broken install lacks it: still one line, not Node's require stack.
describe('without openai installed', () => {
  it('--llm --strict fails with one line saying the package is missing', async () => {
    const cli = installWithout('openai');
    const run = await runCliAt(cli, ['summarize', SEED, '--llm', '--strict'], { env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n').filter((line) => !line.startsWith('crier: sending articles'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^crier: The model failed for ".+": the openai package is missing from this install \(/);
  });
});
