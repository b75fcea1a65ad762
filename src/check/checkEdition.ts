// Runs the email checks on an edition's files, in memory (after a build) or from a folder.
import type { CrierConfig } from '../config/defaults.js';
import { checkEmail, type Finding } from './checkEmail.js';
import { newClientIssues } from './clientIssues.js';

export interface EditionFiles {
  html: string;
  text?: string;
  mjml?: string;
}

async function mjmlProblem(mjml: string | undefined): Promise<string | undefined> {
  if (mjml === undefined) return 'newsletter.mjml is missing';
  const { default: mjml2html } = await import('mjml');
  try {
    await mjml2html(mjml, { validationLevel: 'strict', fonts: {} });
    return undefined;
  } catch (error) {
    const issues = (error as { errors?: { line?: number; message?: string }[] }).errors ?? [];
    return issues.length ? issues.slice(0, 3).map((i) => `line ${i.line ?? '?'}: ${i.message ?? ''}`).join('; ') : (error as Error).message.split('\n')[0];
  }
}

export async function checkEdition(files: EditionFiles, config: CrierConfig, options: { mjmlValidated?: boolean; clientCheck?: boolean } = {}): Promise<Finding[]> {
  const clientCheck = options.clientCheck ?? true;
  return checkEmail(
    {
      html: files.html,
      ...(files.text !== undefined ? { text: files.text } : {}),
      mjmlProblem: options.mjmlValidated ? undefined : await mjmlProblem(files.mjml),
      // Client support depends on the template's features, not on how many stories repeat them; past
      // twice Gmail's clip (an email that fails the size check anyway) the scan is not worth seconds.
      ...(clientCheck && Buffer.byteLength(files.html) <= 2 * 102 * 1024 ? { newClientIssues: await newClientIssues(files.html) } : {}),
    },
    { mergeTags: config.mergeTags },
  );
}

/** Findings as manifest/stderr warnings (errors first). */
export function findingsAsWarnings(findings: Finding[]): string[] {
  return [
    ...findings.filter((f) => f.level === 'error').map((f) => `check ${f.check}: ${f.message}`),
    ...findings.filter((f) => f.level === 'warning').map((f) => `check ${f.check}: ${f.message}`),
  ];
}
