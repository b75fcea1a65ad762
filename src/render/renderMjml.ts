// MJML -> HTML with strict validation. mjml 5's mjml2html returns a Promise.
// MJML reports lines of the rendered MJML, which nobody wrote: each is traced back to the template
// line it came from (mjmlOrigin.ts); when that is not certain, the rendered MJML goes with the error
// so the CLI can keep it in a file the message names.
import { CrierError } from '../errors.js';
import type { TemplateFile } from './loadTemplates.js';
import { templateLineOf } from './mjmlOrigin.js';

interface MjmlIssue {
  line?: number;
  message?: string;
  tagName?: string;
}

/** The template that produced the MJML, and the partials it may have included. */
export interface MjmlSource {
  template: TemplateFile;
  partials: TemplateFile[];
}

export async function renderMjml(source: string, from: MjmlSource): Promise<string> {
  // mjml takes most of a second to import: load it only when an email is actually rendered.
  const { default: mjml2html } = await import('mjml');
  try {
    // fonts: {} keeps web fonts out unless a template imports them on purpose.
    const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false, fonts: {} });
    return result.html;
  } catch (error) {
    throw mjmlError(source, from, error);
  }
}

function mjmlError(source: string, from: MjmlSource, error: unknown): CrierError {
  const issues = ((error as { errors?: MjmlIssue[] }).errors ?? []).slice(0, 3);
  const lines = source.split('\n');
  const files = [from.template, ...from.partials.filter((p) => /\.mjml\b/.test(p.path))];
  const located = issues.map((issue) => ({ issue, at: issue.line ? templateLineOf(lines[issue.line - 1] ?? '', files) : undefined }));
  const first = located[0];
  if (!first) {
    const reason = (error as Error).message.split('\n')[0] ?? 'invalid';
    return new CrierError('MJML_INVALID', `${from.template.path} produced invalid MJML: ${reason}`, { cause: error, hint: 'fix the template', artifact: { name: 'newsletter.mjml', content: source } });
  }
  if (located.every((l) => l.at)) {
    // Every problem traced to a template line: name the first one's file and line, as a template error does.
    const where = first.at ?? '';
    const detail = located.map((l) => (l.at === where ? '' : `${l.at}: `) + (l.issue.message ?? 'invalid')).join('; ');
    return new CrierError('MJML_INVALID', `${where}: invalid MJML: ${detail}`, { cause: error, hint: 'fix the template' });
  }
  const detail = located.map((l) => `line ${l.issue.line ?? '?'}${l.at ? ` (${l.at})` : ''}: ${l.issue.message ?? 'invalid'}`).join('; ');
  return new CrierError('MJML_INVALID', `${from.template.path} produced invalid MJML (${detail})`, {
    cause: error,
    hint: 'fix the template',
    artifact: { name: 'newsletter.mjml', content: source },
  });
}
