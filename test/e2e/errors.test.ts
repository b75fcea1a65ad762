// Bad input: one clear line, the documented exit code, and no partial output. Input and template
// errors run in-process through build(): its CrierError is the line the CLI prints (`crier:
// <toLine()>`, src/cli/run.ts). What only the CLI shows runs the bundled CLI: flag parsing (exit 2),
// help, the MJML file it keeps to point at, extract and summarize output.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildOptions } from '../../src/build.js';
import { ROOT, SEED, tempDir } from '../helpers/paths.js';
import { buildIn, failsWith } from '../helpers/inProcess.js';
import { runCli } from '../helpers/runCli.js';

/** A build in-process that must fail: one line (the CLI's `crier: …`), its exit code, a CrierError (no stack trace). */
const buildFails = (options: BuildOptions, cwd: string, pattern: RegExp, code: 1 | 2 = 1): Promise<string> => failsWith(buildIn(cwd, options), pattern, code);

async function fails(args: string[], cwd: string, pattern: RegExp, code = 1) {
  const result = await runCli(args, { cwd });
  expect(result.code).toBe(code);
  // Progress lines (✔ per article read) may come first; the error itself is one line.
  const lines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('✔'));
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return result;
}

describe('bad input', () => {
  it('an empty file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    await buildFails({ inputs: ['empty.txt'] }, dir, /^crier: empty\.txt is empty/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a binary file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    await buildFails({ inputs: ['photo.txt'] }, dir, /photo\.txt is not a text file/);
  });

  it('a missing path', async () => {
    await buildFails({ inputs: ['missing.txt'] }, tempDir(), /No such file or folder: missing\.txt \(check the path\)/);
  });

  it('a folder with no articles', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'empty'));
    await buildFails({ inputs: ['empty'] }, dir, /No articles in folder empty/);
  });

  it('a template with a syntax error, leaving the previous edition untouched', async () => {
    const dir = tempDir();
    await buildIn(dir, { inputs: [SEED], cards: false });
    const [slug] = readdirSync(path.join(dir, 'out')).filter((f) => f !== 'index.html');
    const before = readFileSync(path.join(dir, 'out', slug ?? '', 'newsletter.html'), 'utf8');
    mkdirSync(path.join(dir, 'tpl'));
    writeFileSync(path.join(dir, 'tpl', 'newsletter.mjml.hbs'), '<mjml><mj-body>\n{{#if headline}}\n</mj-body></mjml>\n');
    await buildFails({ inputs: [SEED], out: 'out', templates: 'tpl' }, dir, /tpl\/newsletter\.mjml\.hbs:\d+: Parse error/);
    expect(readFileSync(path.join(dir, 'out', slug ?? '', 'newsletter.html'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['index.html', slug]);
  });

  it('a folder where one article is bad writes no edition at all', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'week'));
    writeFileSync(path.join(dir, 'week', 'a.txt'), readFileSync(SEED));
    writeFileSync(path.join(dir, 'week', 'b.txt'), '   \n');
    await buildFails({ inputs: ['week'], out: 'out' }, dir, /week\/b\.txt is empty/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('an invalid config file reports every problem', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'crier.config.json'), JSON.stringify({ newsletter: { brandColor: 'blue' }, platforms: ['myspace'] }));
    const line = await buildFails({ inputs: [SEED] }, dir, /Invalid configuration: .*brandColor.*platforms/);
    expect(line).toContain('fix crier.config.json');
  });

  it('bad flags exit with 2', async () => {
    const dir = tempDir();
    expect((await runCli(['build', SEED, '--sentences', 'zero'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['build', SEED, '--platforms', 'myspace'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['build'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['frobnicate'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['build', SEED, '--date', 'tomorrow'], { cwd: dir })).code).toBe(2);
    const every = await runCli(['build', SEED, '--every', '2h'], { cwd: dir });
    expect(every.code).toBe(2);
    expect(every.stderr).toMatch(/--every needs --schedule-start/);
  });
});

describe('one style for every error', () => {
  it('flag mistakes read like crier’s own errors, name the command’s help, and exit 2', async () => {
    const typo = await runCli(['build', SEED, '--qiet']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("crier: unknown option '--qiet' — did you mean --quiet? (see crier build --help)\n");
    const missing = await runCli(['build']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("crier: missing required argument 'inputs' (see crier build --help)\n");
    // The weekly edition may take its inputs from the config's feeds alone: without either, one line.
    const none = await runCli(['digest'], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('crier: No input given (pass files, folders or feeds, or list feeds under digest.feeds in crier.config.json)\n');
  });

  it('a misspelt field in an override partial names the partial’s file and line, never [object Object]', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl', 'partials'), { recursive: true });
    const footer = readFileSync(path.join(ROOT, 'templates/partials/footer.mjml.hbs'), 'utf8').replace('{{footer}}', '{{footr}}');
    writeFileSync(path.join(dir, 'tpl', 'partials', 'footer.mjml.hbs'), footer);
    const line = footer.split('\n').findIndex((l) => l.includes('{{footr}}')) + 1;
    await buildFails({ inputs: [SEED], templates: 'tpl' }, dir, new RegExp(`^crier: tpl/partials/footer\\.mjml\\.hbs:${line}: \\{\\{footr\\}\\} is not defined \\(did you mean \\{\\{footer\\}\\}\\?\\)$`));
  });

  it('invalid MJML that no single template line wrote names a newsletter.mjml that exists, at the line', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl'));
    const newsletter = readFileSync(path.join(ROOT, 'templates/newsletter.mjml.hbs'), 'utf8').replace(/(<mj-body[^>]*>)/, '$1\n    <mj-column>\n    </mj-column>');
    writeFileSync(path.join(dir, 'tpl', 'newsletter.mjml.hbs'), newsletter);
    const result = await fails(['build', '--no-cards', SEED, '-t', 'tpl'], dir, /^crier: tpl\/newsletter\.mjml\.hbs produced invalid MJML \(line \d+: mj-column cannot be used inside mj-body.*the lines are those of \S+newsletter\.mjml\)$/);
    const [, line, file] = /\(line (\d+):.* those of (\S+newsletter\.mjml)\)/.exec(result.stderr) ?? [];
    expect(readFileSync(file ?? '', 'utf8').split('\n')[Number(line) - 1]?.trim()).toBe('<mj-column>');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a file in --templates that overrides nothing is named, with where it probably belongs', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'tpl'));
    writeFileSync(path.join(dir, 'tpl', 'footer.mjml.hbs'), readFileSync(path.join(ROOT, 'templates/partials/footer.mjml.hbs')));
    const result = await buildIn(dir, { inputs: [SEED], templates: 'tpl', cards: false });
    // The example ships with its date: the first build has no other warning.
    expect(result.warnings.map((w) => w.message)).toEqual(['tpl/footer.mjml.hbs overrides no template and is ignored: did you mean tpl/partials/footer.mjml.hbs?']);
  });
});

describe('help and the other commands', () => {
  it('--help lists the commands with examples', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['build', 'extract', 'summarize', 'Examples:']) expect(result.stdout).toContain(word);
    const build = await runCli(['build', '--help']);
    expect(build.stdout).toContain('crier build content/');
  });

  it('build --help names HTML and URL inputs and every output file', async () => {
    const { stdout } = await runCli(['build', '--help']);
    expect(stdout).toMatch(/\.html/);
    expect(stdout).toMatch(/https?\S*:\/\/ URLs/);
    for (const file of ['newsletter.html', 'newsletter.txt', 'newsletter.eml', 'newsletter.mjml', 'brief.md', 'brief.json', 'thread.md', 'thread.json', 'thread-<platform>.txt', 'manifest.json', 'schedule.csv', 'schedule.ics', 'preview-600.png', 'preview-375.png', 'index.html']) {
      expect(stdout, file).toContain(file);
    }
  });

  it('build, digest and summarize take the same model flags', async () => {
    for (const command of ['build', 'digest', 'summarize']) {
      const { stdout } = await runCli([command, '--help']);
      for (const flag of ['--llm', '--offline', '--model <name>', '--base-url <url>', '--no-cache', '--strict']) expect(stdout, `${command} ${flag}`).toContain(flag);
    }
  });

  it('extract --json keeps byline, publishedAt and url as null when the article does not say', async () => {
    const result = await runCli(['extract', '-', '--json'], { input: 'A headline here\n\nThe first paragraph of the story says what happened on the day.\n\nThe second paragraph adds more.' });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: null, byline: null, publishedAt: null, url: null, genre: null });
  });

  it('extract --json prints the Article', async () => {
    const result = await runCli(['extract', SEED, '--json']);
    expect(result.code).toBe(0);
    const article = JSON.parse(result.stdout);
    expect(article).toMatchObject({ title: expect.stringContaining('Putin'), source: 'Bloomberg', lang: 'en' });
    expect(article.paragraphs).toHaveLength(10);
  });

  it('summarize --sentences N --json prints the sentences', async () => {
    const result = await runCli(['summarize', SEED, '--sentences', '2', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.sentences).toHaveLength(2);
    expect(summary.method).toBe('extractive');
    expect(summary.quotes.length).toBeGreaterThan(3);
  });
});
