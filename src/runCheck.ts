// `crier check <out/slug | input>`: the inbox QA of an edition folder, or of an article rendered in
// memory (nothing is written).
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chooseSummarizer, renderSource } from './build.js';
import { loadConfig } from './config/loadConfig.js';
import { CrierError } from './errors.js';
import { listInputFiles } from './load/listInputFiles.js';
import { loadTemplates } from './render/loadTemplates.js';
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
  const text = await read('newsletter.txt');
  const mjml = await read('newsletter.mjml');
  if (text !== undefined) files.text = text;
  if (mjml !== undefined) files.mjml = mjml;
  return files;
}

export async function runCheck(target: string, options: { cwd?: string; config?: string; templates?: string } = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = await loadConfig(options.config, cwd, {});
  const full = path.resolve(cwd, target);
  let files: EditionFiles;
  const info = await stat(full).catch(() => undefined);
  if (info?.isDirectory() && existsSync(path.join(full, 'newsletter.html'))) {
    files = await readEditionFolder(full);
  } else {
    const [source, ...more] = await listInputFiles([target], cwd);
    if (!source || more.length) throw new CrierError('USAGE', `${target} holds several articles; check one edition at a time`, { hint: 'pass out/<slug> or one article' });
    const templates = await loadTemplates(options.templates, cwd, config.theme);
    const rendered = await renderSource(source, { config, templates, summarizer: chooseSummarizer(config, templates, process.env, cwd, { offline: true }), stdin: process.stdin });
    const byName = new Map(rendered.files.flatMap((f) => (typeof f.content === 'string' ? [[f.path, f.content] as const] : [])));
    files = { html: byName.get('newsletter.html') ?? '' };
    const text = byName.get('newsletter.txt');
    const mjml = byName.get('newsletter.mjml');
    if (text !== undefined) files.text = text;
    if (mjml !== undefined) files.mjml = mjml;
  }
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
