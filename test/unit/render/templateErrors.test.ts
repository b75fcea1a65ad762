// Template mistakes are reported where they are: the partial's own file and line, in words, never
// "[object Object]" or the parser's token list; MJML problems at the template line that wrote them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze/analyze.js';
import { composeEdition } from '../../../src/compose/composeEdition.js';
import { DEFAULT_CONFIG } from '../../../src/config/defaults.js';
import { CrierError } from '../../../src/errors.js';
import { BUILTIN_TEMPLATES, loadTemplates } from '../../../src/render/loadTemplates.js';
import { renderEdition } from '../../../src/render/renderEdition.js';
import { templateError } from '../../../src/render/templateError.js';
import { ExtractiveSummarizer } from '../../../src/summarize/extractive.js';
import { articleFromFile } from '../../helpers/articles.js';
import { SEED, tempDir } from '../../helpers/paths.js';

async function renderWith(files: Record<string, string>): Promise<CrierError> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const article = articleFromFile(SEED);
  const summary = await new ExtractiveSummarizer().summarize(article, analyze(article), { sentences: 3 });
  const templates = await loadTemplates(dir, dir);
  try {
    await renderEdition(composeEdition(article, summary, { config: DEFAULT_CONFIG }), templates, DEFAULT_CONFIG);
  } catch (error) {
    if (error instanceof CrierError) return error;
    throw error;
  }
  throw new Error('rendered without an error');
}

const builtin = (name: string) => readFileSync(path.join(BUILTIN_TEMPLATES, name), 'utf8');

function parseFailure(source: string): string {
  try {
    Handlebars.precompile(source, { strict: true });
  } catch (error) {
    return templateError({ path: 'x.hbs', source }, error).toLine();
  }
  throw new Error('parsed');
}

describe('template errors', () => {
  it('a misspelt field in an override partial names the partial and its line, not newsletter.mjml.hbs or [object Object]', async () => {
    const footer = builtin('partials/footer.mjml.hbs').replace('{{footer}}', '{{footr}}');
    const line = footer.split('\n').findIndex((l) => l.includes('{{footr}}')) + 1;
    const error = await renderWith({ 'partials/footer.mjml.hbs': footer });
    expect(error.toLine()).toBe(`partials/footer.mjml.hbs:${line}: {{footr}} is not defined (did you mean {{footer}}?)`);
    expect(error.toLine()).not.toContain('[object Object]');
  });

  it('a misspelt field in a top-level template names that template', async () => {
    const error = await renderWith({ 'thread.md.hbs': '# {{title}}\n{{subtitle}}\n' });
    expect(error.toLine()).toMatch(/^thread\.md\.hbs:2: \{\{subtitle\}\} is not defined \(check the spelling/);
  });

  it('an unclosed block names the line that opened it, in words', async () => {
    const error = await renderWith({ 'brief.md.hbs': '# {{title}}\n\n{{#each bullets}}\n- {{this}}\n' });
    expect(error.toLine()).toBe('brief.md.hbs:3: Parse error: {{#each}} is never closed (add {{/each}} where the block ends)');
  });

  it('a parse error in a partial names the partial', async () => {
    const error = await renderWith({ 'partials/quote.mjml.hbs': '<mj-section>\n{{#if quote}}\n{{/each}}\n</mj-section>\n' });
    expect(error.toLine()).toBe('partials/quote.mjml.hbs:2: Parse error: {{#if}} is closed by {{/each}} (close it with {{/if}})');
  });

  it('parse errors are one line without token names', () => {
    const cases: [string, RegExp][] = [
      ['{{}}', /^x\.hbs:1: Parse error: unexpected "\}\}" \(expected a field or helper name/],
      ['a\n{{else}}', /^x\.hbs:2: Parse error: unexpected "\{\{else\}\}" \(\{\{else\}\} belongs inside/],
      ['{{{title}}', /^x\.hbs:1: Parse error: unexpected "\}\}" \(a "\{\{\{" needs "\}\}\}"\)/],
      ['{{title %}}', /^x\.hbs:1: Parse error: unexpected "%\}\}"/],
    ];
    for (const [source, expected] of cases) {
      const line = parseFailure(source);
      expect(line).toMatch(expected);
      expect(line).not.toMatch(/Expecting|OPEN_|CLOSE|'ID'|\n/);
    }
  });

  it('invalid MJML from a partial points at the partial line that wrote it', async () => {
    const footer = builtin('partials/footer.mjml.hbs').replace('<mj-text align="center"', '<mj-text align="center" colour="red"');
    const line = footer.split('\n').findIndex((l) => l.includes('colour=')) + 1;
    const error = await renderWith({ 'partials/footer.mjml.hbs': footer });
    expect(error.code).toBe('MJML_INVALID');
    expect(error.toLine()).toBe(`partials/footer.mjml.hbs:${line}: invalid MJML: Attribute colour is illegal (fix the template)`);
  });

  it('invalid MJML that cannot be traced to one template line carries the rendered MJML the line numbers refer to', async () => {
    // <mj-column> is on many lines: which one is not certain, so no guess.
    const newsletter = builtin('newsletter.mjml.hbs').replace('<mj-body background-color="#f3f4f6" width="600px">', '<mj-body background-color="#f3f4f6" width="600px">\n    <mj-column>\n    </mj-column>');
    const error = await renderWith({ 'newsletter.mjml.hbs': newsletter });
    expect(error.message).toMatch(/^newsletter\.mjml\.hbs produced invalid MJML \(line \d+: mj-column cannot be used inside mj-body/);
    const line = Number(/line (\d+)/.exec(error.message)?.[1]);
    expect(error.artifact?.name).toBe('newsletter.mjml');
    expect(error.artifact?.content.split('\n')[line - 1]?.trim()).toBe('<mj-column>');
  });
});
