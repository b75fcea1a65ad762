// MJML -> HTML with strict validation. mjml 5's mjml2html returns a Promise.
import { CrierError } from '../errors.js';

interface MjmlIssue {
  line?: number;
  message?: string;
  tagName?: string;
}

export async function renderMjml(source: string, templatePath: string): Promise<string> {
  // mjml takes most of a second to import: load it only when an email is actually rendered.
  const { default: mjml2html } = await import('mjml');
  try {
    // fonts: {} keeps web fonts out unless a template imports them on purpose.
    const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false, fonts: {} });
    return result.html;
  } catch (error) {
    const issues = ((error as { errors?: MjmlIssue[] }).errors ?? []).slice(0, 3);
    const detail = issues.length
      ? issues.map((i) => `line ${i.line ?? '?'}: ${i.message ?? 'invalid'}`).join('; ')
      : (error as Error).message.split('\n')[0];
    throw new CrierError('MJML_INVALID', `${templatePath} produced invalid MJML (${detail})`, {
      cause: error,
      hint: 'fix the template; see newsletter.mjml lines from `crier build --debug`',
    });
  }
}
