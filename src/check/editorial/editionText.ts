// What an edition shows a reader, as plain strings, read back from the files an edition folder
// holds (newsletter.html, brief.json, thread.json, newsletter.eml). The editorial checks and
// `npm run eval:editorial` judge this, i.e. what users get, not the pipeline's inner data.
import type { Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface EditionPost {
  platform: string;
  index: number;
  text: string;
}

export interface EditionText {
  headline: string;
  subject?: string;
  preheader?: string;
  source?: string;
  byline?: string;
  /** The date as the email shows it. */
  date?: string;
  /** The Date: header of newsletter.eml. */
  emlDate?: string;
  url?: string;
  lede: string[];
  bullets: string[];
  quote?: { text: string; speaker?: string };
  /** The article text the email prints after the summary. */
  body: string[];
  image?: { src: string; alt: string };
  brief: { summary: string[]; bullets: string[]; keywords: string[]; whyItMatters?: string };
  posts: EditionPost[];
}

export interface EditionFileContents {
  html: string;
  briefJson?: string;
  threadJson?: string;
  eml?: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function byClass(root: ReturnType<typeof parseDocument>, name: string): Element | null {
  return findOne((e) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(name), root.children, true);
}

/** The texts of `tag` elements inside `element`, without the template's own labels. */
const textsOf = (element: Element | null, tag: string) =>
  element ? findAll((e) => e.name === tag && getAttributeValue(e, 'class') !== 'label', element.children).map((e) => clean(textContent(e))).filter(Boolean) : [];

interface BriefJson { summary?: string[]; bullets?: string[]; keywords?: string[]; whyItMatters?: string; url?: string; title?: string }
interface ThreadJson { platforms?: Record<string, { posts?: { index: number; text: string }[] }> }

export function readEditionText(files: EditionFileContents): EditionText {
  const doc = parseDocument(files.html);
  const brief = (files.briefJson ? JSON.parse(files.briefJson) : {}) as BriefJson;
  const thread = (files.threadJson ? JSON.parse(files.threadJson) : {}) as ThreadJson;
  const headline = clean(textContent(byClass(doc, 'headline') ?? [])) || brief.title || '';
  const text: EditionText = {
    headline,
    lede: textsOf(byClass(doc, 'lede'), 'p'),
    bullets: textsOf(byClass(doc, 'bullets'), 'li'),
    body: textsOf(byClass(doc, 'excerpt'), 'p'),
    brief: { summary: brief.summary ?? [], bullets: brief.bullets ?? [], keywords: brief.keywords ?? [] },
    posts: Object.entries(thread.platforms ?? {}).flatMap(([platform, t]) => (t.posts ?? []).map((p) => ({ platform, index: p.index, text: p.text }))),
  };
  if (brief.whyItMatters) text.brief.whyItMatters = brief.whyItMatters;
  const title = findOne((e) => e.name === 'title', doc.children, true);
  if (title) text.subject = clean(textContent(title));
  const preview = findOne((e) => /display:\s*none/.test(getAttributeValue(e, 'style') ?? '') && e.name === 'div', doc.children, true);
  if (preview) text.preheader = clean(textContent(preview).replace(/\u200c|\u00a0|\u034f|\u2007|\u200b|\u2060|\u00ad/g, ' '));
  for (const key of ['source', 'byline', 'date'] as const) {
    const el = byClass(doc, key);
    if (el) text[key] = clean(textContent(el));
  }
  if (brief.url) text.url = brief.url;
  const quote = byClass(doc, 'quote');
  const [said, who] = textsOf(quote, 'p');
  if (said) {
    text.quote = { text: said.replace(/^[“"„«]|[”"“»]$/g, '') };
    if (who) text.quote.speaker = who.replace(/^[—–-]\s*/, '');
  }
  const image = byClass(doc, 'lead-image');
  const img = image ? findOne((e) => e.name === 'img', image.children, true) : null;
  if (img) text.image = { src: getAttributeValue(img, 'src') ?? '', alt: getAttributeValue(img, 'alt') ?? '' };
  const emlDate = files.eml ? /^Date: (.+)$/m.exec(files.eml.slice(0, 4096))?.[1] : undefined;
  if (emlDate) text.emlDate = emlDate.trim();
  return text;
}
