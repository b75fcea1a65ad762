// `crier check <out/slug | input>`: the inbox QA of an edition folder, or of an article rendered in
// memory (nothing is written) through the same context and middle stages as `crier build`. The
// checks run once, here: rendering never checks.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CrierConfig } from './config/defaults.js';
import { loadConfig } from './config/loadConfig.js';
import { CrierError } from './errors.js';
import { listInputFiles } from './load/listInputFiles.js';
import { articleEdition } from './pipeline/articleEdition.js';
import { createContext } from './pipeline/context.js';
import { readArticles } from './pipeline/readArticles.js';
import type { Finding } from './check/checkEmail.js';
import { checkEdition, type EditionFiles } from './check/checkEdition.js';
import { plural } from './text/plural.js';

export interface CheckResult {
  target: string;
  findings: Finding[];
  errors: number;
  warnings: number;
}

async function readEditionFolder(dir: string): Promise<EditionFiles> {
  const read = async (name: string) => (existsSync(path.join(dir, name)) ? await readFile(path.join(dir, name), 'utf8') : undefined);
  const html = await read('newsletter.html');
  if (html === undefined) throw new CrierError('INPUT_NOT_FOUND', `${dir} has no newsletter.html`, { hint: 'pass an edition folder (out/<slug>) or an article' });
  const files: EditionFiles = { html };
  for (const [name, key] of [['newsletter.txt', 'text'], ['newsletter.mjml', 'mjml'], ['brief.json', 'brief'], ['thread.json', 'thread'], ['newsletter.eml', 'eml']] as const) {
    const content = await read(name);
    if (content !== undefined) files[key] = content;
  }
  return files;
}

/** An article rendered in memory, offline, as `crier build` would write it. */
async function renderArticle(target: string, options: { cwd?: string; config?: string; templates?: string }): Promise<{ files: EditionFiles; config: CrierConfig }> {
  const context = await createContext({
    llm: { offline: true },
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.templates !== undefined ? { templates: options.templates } : {}),
  });
  const [source, ...more] = await listInputFiles([target], context.cwd);
  if (!source || more.length) throw new CrierError('USAGE', `${target} holds several articles; check one edition at a time`, { hint: 'pass out/<slug> or one article' });
  for await (const read of readArticles(context, [source])) {
    if ('error' in read) throw read.error;
    const { rendered } = await articleEdition(context, read.article);
    const byName = new Map(rendered.files.flatMap((f) => (typeof f.content === 'string' ? [[f.path, f.content] as const] : [])));
    const files: EditionFiles = { html: byName.get('newsletter.html') ?? '' };
    for (const [name, key] of [['newsletter.txt', 'text'], ['newsletter.mjml', 'mjml'], ['brief.json', 'brief'], ['thread.json', 'thread'], ['newsletter.eml', 'eml']] as const) {
      const content = byName.get(name);
      if (content !== undefined) files[key] = content;
    }
    files.articleText = read.article.text;
    return { files, config: context.config };
  }
  throw new CrierError('NO_ARTICLES', `${target} holds no article`, { hint: 'pass out/<slug> or one article' });
}

export async function runCheck(target: string, options: { cwd?: string; config?: string; templates?: string } = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const full = path.resolve(cwd, target);
  const info = await stat(full).catch(() => undefined);
  const { files, config } =
    info?.isDirectory() && existsSync(path.join(full, 'newsletter.html'))
      ? { files: await readEditionFolder(full), config: await loadConfig(options.config, cwd, {}) }
      : await renderArticle(target, options);
  const findings = await checkEdition(files, config);
  return {
    target,
    findings,
    errors: findings.filter((f) => f.level === 'error').length,
    warnings: findings.filter((f) => f.level === 'warning').length,
  };
}

/** The report as a table (on a terminal) or as plain lines. */
export function formatReport(result: CheckResult, table: boolean): string {
  const mark = { ok: '✔', warning: '!', error: '✖' } as const;
  const width = Math.max(...result.findings.map((f) => f.check.length), 5);
  const lines = result.findings.map((f) => (table ? `${mark[f.level]}  ${f.check.padEnd(width)}  ${f.message}` : `${f.level} ${f.check}: ${f.message}`));
  const summary = `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')} — ${result.target}`;
  return table ? [`   ${'check'.padEnd(width)}  result`, ...lines, '', summary].join('\n') : [...lines, summary].join('\n');
}
