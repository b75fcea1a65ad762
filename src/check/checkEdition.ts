// Runs the email checks on an edition's files, in memory (after a build) or from a folder.
import type { CrierConfig } from '../config/defaults.js';
import { warning, type Warning } from '../warnings.js';
import { newsletterName } from '../i18n/newsletterName.js';
import { checkEmail, type Finding } from './checkEmail.js';
import { editorialCheck } from './editorial/editorialCheck.js';
import { newClientIssues } from './clientIssues.js';
import { clipAdvice, GMAIL_CLIP_BYTES } from './gmailClip.js';

export interface EditionFiles {
  html: string;
  text?: string;
  mjml?: string;
  /** brief.json, thread.json and newsletter.eml: with them the editorial checks run too. */
  brief?: string;
  thread?: string;
  eml?: string;
  /** The article's text, when known (checking an article, or right after a build). */
  articleText?: string;
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

/** The files of an edition just rendered (render's OutputFile list), as the checks read them. */
export function renderedEditionFiles(rendered: { path: string; content: string | Uint8Array }[]): EditionFiles & { text: string; mjml: string } {
  const files = new Map(rendered.flatMap((f) => (typeof f.content === 'string' ? [[f.path, f.content] as const] : [])));
  const optional = (path: string, key: 'brief' | 'thread' | 'eml') => (files.has(path) ? { [key]: files.get(path) ?? '' } : {});
  return {
    html: files.get('newsletter.html') ?? '',
    text: files.get('newsletter.txt') ?? '',
    mjml: files.get('newsletter.mjml') ?? '',
    ...optional('brief.json', 'brief'),
    ...optional('thread.json', 'thread'),
    ...optional('newsletter.eml', 'eml'),
  };
}

/** The edition's language as brief.json records it ('en' when it cannot say). */
function briefLanguage(brief: string | undefined): string {
  try {
    const lang = brief === undefined ? undefined : (JSON.parse(brief) as { lang?: unknown }).lang;
    return typeof lang === 'string' && lang ? lang : 'en';
  } catch {
    return 'en';
  }
}

export async function checkEdition(files: EditionFiles, config: CrierConfig, options: { mjmlValidated?: boolean; clientCheck?: boolean } = {}): Promise<Finding[]> {
  const clientCheck = options.clientCheck ?? true;
  const editorial = files.brief !== undefined || files.thread !== undefined ? editorialCheck({ ...files }) : [];
  const email = await checkEmail(
    {
      html: files.html,
      ...(files.text !== undefined ? { text: files.text } : {}),
      mjmlProblem: options.mjmlValidated ? undefined : await mjmlProblem(files.mjml),
      // Client support depends on the template's features, not on how many stories repeat them; past
      // twice Gmail's clip (an email that fails the size check anyway) the scan is not worth seconds.
      ...(clientCheck && Buffer.byteLength(files.html) <= 2 * GMAIL_CLIP_BYTES ? { newClientIssues: await newClientIssues(files.html) } : {}),
    },
    // A subject that is only the newsletter's name: the default name is in the edition's language.
    { mergeTags: config.mergeTags, newsletterName: newsletterName(config, briefLanguage(files.brief)) },
  );
  return [...email, ...editorial];
}

/** Findings as manifest/stderr warnings (errors first). */
export function findingsAsWarnings(findings: Finding[], input: string): Warning[] {
  const line = (f: Finding) => warning(f.editorial ? 'editorial' : 'inbox-check', input, `check ${f.check}: ${f.message}`);
  return [...findings.filter((f) => f.level === 'error').map(line), ...findings.filter((f) => f.level === 'warning').map(line)];
}

/**
 * The same inbox QA as `crier check`, run by a build on the files it has just rendered: reported as
 * warnings, never a failure. MJML was validated strictly while rendering. The built-in themes'
 * client support is known (templates/caniemail-baseline.json): the scan runs in builds only for
 * user templates, and always in `crier check`.
 */
export async function editionWarnings(files: EditionFiles & { text: string; mjml: string }, config: CrierConfig, options: { input: string; customTemplates: boolean; stories?: number }): Promise<Warning[]> {
  const findings = await checkEdition(files, config, { mjmlValidated: true, clientCheck: options.customTemplates });
  if (options.stories === undefined) return findingsAsWarnings(findings, options.input);
  // A weekly edition over the clip is told once, with the --max that would fit.
  const advice = clipAdvice(Buffer.byteLength(files.html), options.stories);
  return advice ? [advice, ...findingsAsWarnings(findings.filter((f) => f.check !== 'size'), options.input)] : findingsAsWarnings(findings, options.input);
}
