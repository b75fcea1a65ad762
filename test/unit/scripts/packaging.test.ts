// How crier installs: the npm name, the `crier` bin, engines every installed package accepts, and a
// `prepare` hook that does not rebuild what is already built.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/paths.js';

interface PackageJson {
  name: string;
  bin: Record<string, string>;
  engines: { node: string };
  scripts: Record<string, string>;
}
interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

describe('package', () => {
  it('is published as crier-cli (the npm name "crier" is an unrelated package) with the bin crier', () => {
    expect(pkg.name).toBe('crier-cli');
    expect(pkg.bin).toEqual({ crier: 'dist/bundle/cli.js' });
  });

  it('npm install prints no EBADENGINE: every locked package accepts the oldest Node crier supports', () => {
    const oldest = semver.minVersion(pkg.engines.node)?.version ?? '';
    expect(oldest).toBe('20.19.0');
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const refusing = Object.entries(lock.packages).flatMap(([where, entry]) => {
      const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
      return range && !semver.satisfies(oldest, range) ? [`${where.replace(/^.*node_modules\//, '')}@${entry.version}: node ${range}`] : [];
    });
    expect(refusing).toEqual([]);
  });
});

describe('prepare (npm install, npm link, npx crier in the repository)', () => {
  type Prepare = { buildIsCurrent(root: string): boolean };
  const load = async () => (await import(pathToFileURL(path.join(ROOT, 'scripts/prepare.mjs')).href)) as Prepare;

  function project(): string {
    const dir = tempDir('crier-prepare-');
    for (const file of ['src/cli.ts', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'dist/bundle/cli.js', 'dist/index.js', 'dist/index.d.ts']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    const old = new Date('2026-01-01T00:00:00Z');
    const built = new Date('2026-01-02T00:00:00Z');
    for (const file of ['src/cli.ts', 'src', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) utimesSync(path.join(dir, file), old, old);
    for (const file of ['dist/bundle/cli.js', 'dist/index.js', 'dist/index.d.ts']) utimesSync(path.join(dir, file), built, built);
    return dir;
  }

  it('is the staleness check, not an unconditional build', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });

  it('skips the build when dist/ is newer than everything it is made from', async () => {
    const { buildIsCurrent } = await load();
    expect(buildIsCurrent(project())).toBe(true);
  });

  it('builds when a source file changed, a dependency changed, or an output is missing', async () => {
    const { buildIsCurrent } = await load();
    const later = new Date('2026-01-03T00:00:00Z');
    const edited = project();
    utimesSync(path.join(edited, 'src/cli.ts'), later, later);
    expect(buildIsCurrent(edited)).toBe(false);
    const updated = project();
    utimesSync(path.join(updated, 'package-lock.json'), later, later);
    expect(buildIsCurrent(updated)).toBe(false);
    const fresh = project();
    writeFileSync(path.join(fresh, 'src/new.ts'), '');
    expect(buildIsCurrent(fresh)).toBe(false);
    expect(buildIsCurrent(tempDir('crier-clone-'))).toBe(false);
  });
});
