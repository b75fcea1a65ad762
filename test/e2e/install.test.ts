// A newcomer's setup: after `npm install`, `npm link` puts `crier` on PATH. Linked into a temporary
// prefix here, so the machine's global folder is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/paths.js';

const npm = (args: string[], env: NodeJS.ProcessEnv) =>
  process.env.npm_execpath
    ? spawnSync(process.execPath, [process.env.npm_execpath, ...args], { cwd: ROOT, env, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: ROOT, env, encoding: 'utf8', shell: process.platform === 'win32' });

describe('npm link', () => {
  it('puts a working `crier` in <prefix>/bin', () => {
    const prefix = tempDir('crier-prefix-');
    // --ignore-scripts: dist/ is built before the e2e tests; a rebuild here would swap it under them.
    const linked = npm(['link', '--ignore-scripts', '--no-audit', '--no-fund'], { ...process.env, npm_config_prefix: prefix });
    expect(linked.status, linked.stderr).toBe(0);
    const bin = process.platform === 'win32' ? path.join(prefix, 'crier.cmd') : path.join(prefix, 'bin', 'crier');
    expect(existsSync(bin)).toBe(true);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
