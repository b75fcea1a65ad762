// The editorial checks as `crier check` findings: copy an editor would fix before sending (broken
// quotations, datelines, page furniture, sentences that lean on others, repeated lines, bad
// keywords and hashtags, fragment posts, stale day words...). Broken quote marks and a quote
// printed twice are errors; the rest are warnings.
import type { Finding } from '../checkEmail.js';
import type { EditorialClass, EditorialFinding } from './editorialClasses.js';
import { readDigestText } from './digestText.js';
import { editorialFindings } from './editorialFindings.js';
import { readEditionText } from './editionText.js';

/** What each class is called in a report. */
const NAMES: Record<EditorialClass, string> = {
  brokenQuote: 'broken quote',
  dateline: 'dateline',
  stampOrCaption: 'not article text',
  danglingOpener: 'dangling opener',
  pronounLead: 'pronoun lead',
  firstPerson: 'first person',
  repeatedQuote: 'repeated quote',
  shortSpeaker: 'quote credit',
  sourceName: 'source name',
  placeholderDate: 'false date',
  badKeyword: 'keyword',
  repeatedLine: 'said twice',
  bodyOrphan: 'body',
  altIsHeadline: 'image alt',
  titleSiteName: 'headline',
  bylineNotName: 'byline',
  staleTime: 'stale time',
  fragmentPost: 'fragment post',
  foreignUrl: 'post link',
  missingLink: 'missing link',
  bareHeadlineHook: 'bare hook',
  badHashtag: 'hashtag',
  linkedinNumbered: 'linkedin',
};

const HINTS: Partial<Record<EditorialClass, string>> = {
  staleTime: 'readers open the email days later: write the date',
  brokenQuote: 'the quotation is cut: quote it whole or not at all',
  repeatedQuote: 'the key quote is printed again below it',
};

const clip = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/\s+/g, ' ');

export interface EditorialCheckInput {
  html: string;
  brief?: string;
  thread?: string;
  eml?: string;
  /** The article's text, when the check has it (checking an article rather than a folder). */
  articleText?: string;
  links?: string[];
}

/** A weekly edition: each story judged as an edition of its own, then the edition's intro, brief and posts. */
function digestFindings(files: EditorialCheckInput, lang: string): EditorialFinding[] {
  const week = readDigestText({ html: files.html, ...(files.brief ? { briefJson: files.brief } : {}), ...(files.thread ? { threadJson: files.thread } : {}), ...(files.eml ? { eml: files.eml } : {}) });
  // Posts may link to any story of the week.
  const links = [...(files.links ?? []), ...week.stories.flatMap((s) => (s.url ? [s.url] : []))];
  const stories = week.stories.flatMap((story) => editorialFindings(story, { lang }).map((f) => ({ ...f, where: `“${clip(story.headline, 40)}” ${f.where}` })));
  return [...stories, ...editorialFindings(week.edition, { lang, links })];
}

export function editorialCheck(files: EditorialCheckInput): Finding[] {
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(files.html)?.[1] ?? 'en';
  const findings = files.brief && /"style":\s*"digest"/.test(files.brief)
    ? digestFindings(files, lang)
    : editorialFindings(readEditionText({ html: files.html, ...(files.brief ? { briefJson: files.brief } : {}), ...(files.thread ? { threadJson: files.thread } : {}), ...(files.eml ? { eml: files.eml } : {}) }), { lang, ...(files.articleText ? { articleText: files.articleText } : {}), ...(files.links ? { links: files.links } : {}) });
  return findings.map((f) => ({
    check: NAMES[f.class],
    level: f.level,
    message: `${f.where}: “${clip(f.text)}”${HINTS[f.class] ? ` (${HINTS[f.class]})` : ''}`,
    editorial: true,
  }));
}
