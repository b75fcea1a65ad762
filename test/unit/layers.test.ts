// The layer rule (docs/architecture.md) that `npm run lint` enforces on src/ with dependency-cruiser:
// proven here on a small tree with a cycle between two folders and none between modules.
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const config = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as IConfiguration;

async function violations(baseDir: string): Promise<string[]> {
  const { output } = await cruise(['src'], { baseDir, validate: true, ruleSet: { forbidden: config.forbidden ?? [] }, tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' } });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the layer rule', () => {
  it('fails on a cycle between two folders of src/ even when no module imports itself back', async () => {
    const found = await violations(path.join(FIXTURES, 'layers'));
    expect(found.some((v) => v.startsWith('no-folder-cycle: src/render -> src/check') || v.startsWith('no-folder-cycle: src/check -> src/render'))).toBe(true);
    expect(found.some((v) => v.startsWith('no-module-cycle'))).toBe(false);
  });
});
