// The inbox QA of an edition: what would clip, break or hurt deliverability. Pure: takes the files'
// contents, returns findings. `crier check` prints them; `crier build` puts them in manifest.json.
// htmlparser2 is already loaded for the plain-text part; no second DOM library at start-up.
import { findAll, findOne, getAttributeValue, hasAttrib, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { GMAIL_CLIP_BYTES } from './gmailClip.js';
import { plural } from '../text/plural.js';

export type Level = 'error' | 'warning' | 'ok';

export interface Finding {
  check: string;
  level: Level;
  message: string;
  /** Copy an editor would fix (the editorial checks), as opposed to the inbox checks. */
  editorial?: boolean;
}

export interface EmailFiles {
  html: string;
  text?: string;
  /** Result of MJML strict validation of newsletter.mjml: undefined = valid, else the problem. */
  mjmlProblem?: string | undefined;
  /** caniemail issues not in the default theme's baseline. */
  newClientIssues?: string[];
}

export interface CheckOptions {
  /** Merge tags of the user's email service, allowed where a link or text would be. */
  mergeTags: string[];
  /** The newsletter's name: a subject that says only that tells a reader nothing the From line does not. */
  newsletterName?: string;
}

/** Is the subject the newsletter's name and nothing else (an edition number, a week or a date aside)? */
export function onlyTheName(subject: string, name: string | undefined): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!name || !norm(name) || !norm(subject).includes(norm(name))) return false;
  const rest = norm(subject)
    .replace(norm(name), ' ')
    .replace(/\b\d{4}-w\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|#\s*\d+|\b(?:no|nr|issue|edition|week|vol)\.?\s*\d+\b/gi, ' ');
  return !/[\p{L}]/u.test(rest.replace(/\b\d+\b/g, ''));
}

export const SUBJECT_MAX = 78;
export const PREHEADER_RANGE = [40, 130] as const;
const TEMPLATE_SYNTAX = /\{\{[^}]*\}\}|\{%[^%]*%\}|\*\|[A-Z_:]+\|\*/g;

export function checkEmail(files: EmailFiles, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const add = (check: string, level: Level, message: string) => findings.push({ check, level, message });
  const allowed = new Set(options.mergeTags);
  const root = parseDocument(files.html).children;
  const elements = findAll(() => true, root);
  const byName = (name: string) => elements.filter((e) => e.name === name);
  const body = findOne((e) => e.name === 'body', root);

  const bytes = Buffer.byteLength(files.html);
  const kb = (bytes / 1024).toFixed(1);
  if (bytes > GMAIL_CLIP_BYTES) add('size', 'error', `newsletter.html is ${kb} KB; Gmail clips emails over 102 KB (use fewer stories or a shorter excerpt)`);
  else add('size', bytes > GMAIL_CLIP_BYTES * 0.9 ? 'warning' : 'ok', `newsletter.html is ${kb} KB of the 102 KB Gmail allows`);

  if (files.mjmlProblem === undefined) add('mjml', 'ok', 'newsletter.mjml passes MJML strict validation');
  else add('mjml', 'error', `newsletter.mjml fails MJML strict validation: ${files.mjmlProblem}`);

  const titleEl = byName('title')[0];
  const subject = titleEl ? textContent(titleEl).trim() : '';
  if (!subject) add('subject', 'error', 'the email has no subject (<title>)');
  else if (subject.length > SUBJECT_MAX) add('subject', 'warning', `the subject is ${subject.length} characters; inboxes cut it after about ${SUBJECT_MAX}`);
  else if (onlyTheName(subject, options.newsletterName)) add('subject', 'warning', `the subject "${subject}" is only the newsletter's name; say what is inside (the top headlines, or --title)`);
  else add('subject', 'ok', `${subject.length} characters`);

  const hidden = body ? findAll((e) => e.name === 'div' && /display:\s*none/i.test(getAttributeValue(e, 'style') ?? ''), body.children)[0] : undefined;
  const preheader = hidden ? textContent(hidden).replace(/[\s\u200c\u00a0]+/g, ' ').trim() : '';
  if (!preheader) add('preheader', 'error', 'the email has no preheader');
  else if (preheader.length < PREHEADER_RANGE[0] || preheader.length > PREHEADER_RANGE[1]) add('preheader', 'warning', `the preheader is ${preheader.length} characters; ${PREHEADER_RANGE[0]}-${PREHEADER_RANGE[1]} reads best in inbox lists`);
  else add('preheader', 'ok', `${preheader.length} characters`);

  const htmlEl = byName('html')[0];
  if (!htmlEl || !getAttributeValue(htmlEl, 'lang')) add('lang', 'warning', 'the <html> element has no lang attribute');

  const images = byName('img');
  const badImages = images.filter((img) => !hasAttrib(img, 'alt') || !/^https:\/\//i.test(getAttributeValue(img, 'src') ?? ''));
  for (const img of badImages.slice(0, 5)) {
    const src = getAttributeValue(img, 'src') ?? '(no src)';
    add('images', 'error', !hasAttrib(img, 'alt') ? `image ${src} has no alt text` : `image ${src} is not an absolute https URL`);
  }
  if (badImages.length === 0) add('images', 'ok', `${plural(images.length, 'image')}, all with alt text and https`);

  const links = byName('a').filter((a) => hasAttrib(a, 'href')).map((a) => (getAttributeValue(a, 'href') ?? '').trim());
  // In-page anchors (#story-2, the weekly edition's table of contents) are fine too.
  const badLinks = links.filter((href) => !allowed.has(href) && !/^#[\w-]+$/.test(href) && (!/^(https?:\/\/[^\s]+|mailto:.+)$/i.test(href) || (href.match(TEMPLATE_SYNTAX) ?? []).some((t) => !allowed.has(t))));
  for (const href of badLinks.slice(0, 5)) add('links', 'error', `link "${href}" is not an absolute http(s) URL or a configured merge tag`);
  if (badLinks.length === 0) add('links', 'ok', `${plural(links.length, 'link')}, all absolute http(s) or merge tags`);

  const bodyText = body ? textContent(body) : '';
  const leftovers = [...new Set((bodyText.match(TEMPLATE_SYNTAX) ?? []).filter((t) => !allowed.has(t)))];
  if (leftovers.length) add('template', 'warning', `template syntax left in the text: ${leftovers.slice(0, 3).join(', ')} (fine if it is in the article itself)`);

  const hasUnsubscribe = links.some((href) => allowed.has(href) || /unsubscribe/i.test(href)) || options.mergeTags.some((t) => /unsub/i.test(t) && files.html.includes(t));
  if (hasUnsubscribe) add('unsubscribe', 'ok', 'an unsubscribe link or merge tag is present');
  else add('unsubscribe', 'error', 'no unsubscribe link or merge tag (set newsletter.unsubscribe in crier.config.json)');

  if (files.text === undefined || !files.text.trim()) add('text', 'error', 'the plain-text part (newsletter.txt) is missing or empty');
  else add('text', 'ok', `the plain-text part has ${plural(files.text.trim().split('\n').length, 'line')}`);

  if (files.newClientIssues !== undefined) {
    if (files.newClientIssues.length === 0) add('clients', 'ok', 'no email-client support issues beyond those of the default theme');
    for (const issue of files.newClientIssues.slice(0, 10)) add('clients', 'warning', issue.replace(/`/g, ''));
  }
  return findings;
}
