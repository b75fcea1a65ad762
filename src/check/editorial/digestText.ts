// What a weekly edition shows a reader, read back from its files (newsletter.html, brief.json,
// thread.json, newsletter.eml), as the editorial checks judge it: each story as an edition of its own
// (headline, source, date, sentences, quote, thumbnail) and the edition as a whole (subject,
// preheader, intro and big picture as its lead, the brief, the posts). The class names it reads are
// those of templates/digest.mjml.hbs.
import type { Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { readEditionText, type EditionFileContents, type EditionText } from './editionText.js';

export interface DigestText {
  /** The edition as a whole: its title as the headline, the intro and big picture as its lead, the brief's summary, the posts. */
  edition: EditionText;
  /** The section headings, in order. */
  sections: string[];
  stories: EditionText[];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const hasClass = (e: Element, name: string) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(name);
const first = (root: Element, name: string) => findOne((e) => hasClass(e, name), root.children, true);
const paragraphs = (element: Element | null) => (element ? findAll((e) => e.name === 'p' && !hasClass(e, 'label'), element.children).map((e) => clean(textContent(e))).filter(Boolean) : []);

function storyText(story: Element): EditionText {
  const text: EditionText = {
    headline: clean(textContent(first(story, 'headline') ?? [])),
    lede: paragraphs(first(story, 'lede')),
    bullets: [],
    body: [],
    brief: { summary: [], bullets: [], keywords: [] },
    posts: [],
  };
  for (const key of ['source', 'date'] as const) {
    const el = first(story, key);
    if (el) text[key] = clean(textContent(el));
  }
  const [said, who] = paragraphs(first(story, 'quote'));
  if (said) {
    text.quote = { text: said.replace(/^[“"„«「‘»]\s*|\s*[”"“»」’«]$/g, '') };
    if (who) text.quote.speaker = who.replace(/^[—–-]\s*/, '');
  }
  const img = findOne((e) => e.name === 'img', first(story, 'thumbnail')?.children ?? [], true);
  if (img) text.image = { src: getAttributeValue(img, 'src') ?? '', alt: getAttributeValue(img, 'alt') ?? '' };
  const more = findOne((e) => e.name === 'a' && hasClass(e, 'read-more'), story.children, true);
  const url = more ? getAttributeValue(more, 'href') : undefined;
  if (url) text.url = url;
  return text;
}

export function readDigestText(files: EditionFileContents): DigestText {
  const doc = parseDocument(files.html);
  // Brief, posts and Date header are the edition's (read without the email: it is parsed once, here).
  const { emlDate, brief, posts } = readEditionText({ ...files, html: '' });
  const all = doc.children as Element[];
  const titleEl = findOne((e) => e.name === 'title', all, true);
  const subject = titleEl ? clean(textContent(titleEl)) : undefined;
  const hidden = findOne((e) => e.name === 'div' && /display:\s*none/.test(getAttributeValue(e, 'style') ?? ''), all, true);
  const preheader = hidden ? clean(textContent(hidden).replace(/\u200c|\u00a0|\u034f|\u2007|\u200b|\u2060|\u00ad/g, ' ')) : undefined;
  const intro = findOne((e) => hasClass(e, 'intro'), all, true);
  const big = findOne((e) => hasClass(e, 'big-picture'), all, true);
  // The brief's lines are the stories' own sentences, judged with each story (comparing every story
  // with every other would be quadratic in a week of 200 and says nothing the merge has not).
  const title = JSON.parse(files.briefJson ?? '{}') as { title?: string };
  const edition: EditionText = { headline: title.title ?? subject ?? '', lede: [...paragraphs(intro), ...paragraphs(big)], bullets: [], body: [], brief: { ...brief, bullets: [] }, posts };
  if (subject) edition.subject = subject;
  if (preheader) edition.preheader = preheader;
  if (emlDate) edition.emlDate = emlDate;
  return {
    edition,
    sections: findAll((e) => hasClass(e, 'section-heading'), all).map((e) => clean(textContent(e))),
    stories: findAll((e) => e.name === 'div' && hasClass(e, 'story'), all).map(storyText),
  };
}
