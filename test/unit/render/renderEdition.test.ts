import path from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeEdition } from '../../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { loadTemplates } from '../../../src/render/loadTemplates.js';
import { renderEdition } from '../../../src/render/renderEdition.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import type { Article } from '../../../src/types.js';
import { articleFromFile } from '../../helpers/articles.js';
import { ARTICLES, SEED, tempDir } from '../../helpers/paths.js';

async function render(article: Article, templatesDir?: string) {
  const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 });
  const edition = composeEdition(article, summary, { config: DEFAULT_CONFIG });
  const templates = await loadTemplates(templatesDir, process.cwd());
  const { files } = await renderEdition(edition, templates, DEFAULT_CONFIG);
  return Object.fromEntries(files.map((f) => [f.path, f.content]));
}

describe('renderEdition', () => {
  it('renders an email with a title, a hidden preheader and lang', async () => {
    const files = await render(articleFromFile(SEED));
    const html = files['newsletter.html'] ?? '';
    expect(html).toMatch(/<title>Putin, top Trump aide see hope of better ties in Kremlin talks<\/title>/);
    expect(html).toMatch(/<html[^>]*lang="en"/);
    expect(html).toMatch(/<div style="display:none;[^"]*">[^<]{40,}/);
    expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
  });

  it('renders everything from a hostile article as text', async () => {
    const files = await render(articleFromFile(path.join(ARTICLES, 'hostile-markup.md')));
    const html = files['newsletter.html'] ?? '';
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('evil.example.com');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(');
    expect(files['newsletter.mjml']).not.toMatch(/<mj-button href="https:\/\/evil/);
    expect(html).toContain('{{handlebars}}');
    for (const md of ['brief.md', 'thread.md']) expect(files[md]).not.toMatch(/<script|<b>/i);
  });

  it('names the template file and line of a syntax error', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'brief.md.hbs'), '# {{title}}\n\n{{#each bullets}}\n- {{this}}\n');
    await expect(render(articleFromFile(SEED), dir)).rejects.toThrow(/brief\.md\.hbs:\d+: Parse error/);
  });

  it('names the template and field a strict-mode error comes from', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'partials'));
    writeFileSync(path.join(dir, 'thread.md.hbs'), '# {{title}}\n{{subtitle}}\n');
    await expect(render(articleFromFile(SEED), dir)).rejects.toThrow(/thread\.md\.hbs:2: \{\{subtitle\}\} is not defined/);
  });
});
