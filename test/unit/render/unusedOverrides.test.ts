// A --templates file that overrides nothing is named, with where it probably belongs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/render/loadTemplates.js';
import { tempDir } from '../../helpers/paths.js';

async function warningsFor(files: string[]): Promise<string[]> {
  const cwd = tempDir();
  for (const file of files) {
    mkdirSync(path.dirname(path.join(cwd, 'tpl', file)), { recursive: true });
    writeFileSync(path.join(cwd, 'tpl', file), '');
  }
  const { warnings } = await loadTemplates('tpl', cwd);
  expect(warnings.every((w) => w.code === 'unused-template' && w.input === '')).toBe(true);
  return warnings.map((w) => w.message);
}

describe('unused template overrides', () => {
  it('a partial at the top level points at partials/', async () => {
    expect(await warningsFor(['footer.mjml.hbs'])).toEqual(['tpl/footer.mjml.hbs overrides no template and is ignored: did you mean tpl/partials/footer.mjml.hbs?']);
  });

  it('a misspelt name, a missing .hbs and a prompt outside prompts/ each get their probable place', async () => {
    expect(await warningsFor(['newsleter.mjml.hbs', 'partials/masthead.mjml', 'system.md'])).toEqual([
      'tpl/newsleter.mjml.hbs overrides no template and is ignored: did you mean tpl/newsletter.mjml.hbs?',
      'tpl/partials/masthead.mjml overrides no template and is ignored: did you mean tpl/partials/masthead.mjml.hbs?',
      'tpl/system.md overrides no template and is ignored: did you mean tpl/prompts/system.md?',
    ]);
  });

  it('a file like nothing crier reads lists what it does read', async () => {
    const [warning] = await warningsFor(['notes/ideas.txt']);
    expect(warning).toMatch(/^tpl\/notes\/ideas\.txt overrides no template and is ignored \(crier reads newsletter\.mjml\.hbs, brief\.md\.hbs, .*partials\/<name>\.hbs/);
  });

  it('says nothing about real overrides, new partials, themes, READMEs and hidden files', async () => {
    expect(await warningsFor(['newsletter.mjml.hbs', 'brief.md.hbs', 'partials/footer.mjml.hbs', 'partials/my-own.mjml.hbs', 'themes/minimal/newsletter.mjml.hbs', 'prompts/user.md', 'README.md', '.DS_Store'])).toEqual([]);
  });

  it('says nothing without a --templates folder', async () => {
    expect((await loadTemplates(undefined, tempDir())).warnings).toEqual([]);
  });
});
