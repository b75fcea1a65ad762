// Checks on what frames the sentences: source and byline, date, title, the key quote, the lead
// image, the article text printed after the summary, and lines that say the same thing twice.
import { danglingOpener, pronounLead } from '../../text/openers.js';
import { hasUnbalancedQuotes } from '../../text/quoteMarks.js';
import { keywordProblem } from '../../text/keywordProblem.js';
import type { EditorialFinding } from './editorialClasses.js';
import type { EditionText } from './editionText.js';
import { overlap, repeatsHeadline } from '../../text/similarity.js';

const SECTIONS = /^(?:u\.?s\.?|world|news|politics|business|tech|technology|sports?|opinion|health|science|entertainment|culture|local|national|europe|asia|africa|americas|home|latest|lifestyle|travel|money|markets|uk|us news|world news)$/i;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SEPARATOR = /\s(?:\||·|-|–|—|::)\s([^|·–—]{2,40})$/;

export interface EditorialContext {
  lang: string;
  /** The article's text, when known: names and keywords are judged against it. */
  articleText?: string;
  /** Today, for "a date after tomorrow is not a date". */
  today?: Date;
}

function domainLabel(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '').split('.').slice(0, -1).join('') : '';
  } catch {
    return '';
  }
}

export function editionFindings(edition: EditionText, context: EditorialContext): EditorialFinding[] {
  const findings: EditorialFinding[] = [];
  const add = (c: EditorialFinding['class'], where: string, text: string, level: 'error' | 'warning' = 'warning') => findings.push({ class: c, level, where, text });
  const { lang } = context;

  const source = edition.source?.trim();
  if (source) {
    // A brand that looks like a domain ("Space.com", "CBSSports.com") is a name; a URL or a bare
    // host in lower case ("https://www.tmz.com", "www.x.com", "tmz.com") is not.
    if (/:\/\/|^www\./i.test(source) || /^[a-z0-9.-]+\.[a-z]{2,}$/.test(source)) add('sourceName', 'source', `${source} (a URL)`);
    else if (SECTIONS.test(source)) add('sourceName', 'source', `${source} (a section, not the publisher)`);
    if (edition.byline && norm(edition.byline) === norm(source)) add('sourceName', 'source', `${source} · ${edition.byline} (doubled)`);
  }
  const byline = edition.byline?.trim();
  if (byline && (/^by\s/i.test(byline) || /\b(?:writer|columnist|correspondent|reporter|editor|staff|contributor)\b/i.test(byline) || /(?:\b\p{Lu}{3,}\b.*){2}/u.test(byline) || /https?:|@|\d/.test(byline))) {
    add('bylineNotName', 'byline', byline);
  }
  const today = context.today ?? new Date();
  for (const [where, value] of [['date', edition.date], ['eml Date', edition.emlDate]] as const) {
    if (!value) continue;
    const year = Number(/\b(\d{4})\b/.exec(value)?.[1] ?? NaN);
    if (!Number.isFinite(year) || year < 1990 || year > today.getUTCFullYear() + 1) add('placeholderDate', where, value);
  }
  const site = SEPARATOR.exec(edition.headline)?.[1];
  if (site) {
    const s = norm(site);
    const label = domainLabel(edition.url);
    // The domain with a few words more is the site ("Vortex Cannon Entertainment" on vortexcannon.org);
    // with a year or a longer phrase it is a subtitle ("comwrap auf der DMEXCO 2018").
    const siteLike = !/\d/.test(site) && site.split(/\s+/).length <= 3;
    if ((source && (norm(source) === s || norm(source).includes(s) || (siteLike && s.includes(norm(source))))) || (label && (label.includes(s) || (siteLike && s.includes(label)))) || /\b(?:times|post|news|journal|guardian|tribune|herald|gazette|blog|magazine)\b/i.test(site)) {
      add('titleSiteName', 'headline', edition.headline);
    }
  }

  if (edition.quote) {
    const quote = edition.quote;
    if (hasUnbalancedQuotes(quote.text)) add('brokenQuote', 'key quote', quote.text, 'error');
    const speaker = quote.speaker?.trim();
    const fuller = speaker && context.articleText && new RegExp(`\\p{Lu}[\\p{L}.'’-]+ ${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(context.articleText);
    if (!speaker || (!/\s/.test(speaker) && fuller)) add('shortSpeaker', 'key quote', `${quote.text.slice(0, 60)}… — ${speaker ?? '(nobody)'}`);
    const head = norm(quote.text).slice(0, 60);
    if (head.length >= 20 && [...edition.body, ...edition.lede, ...edition.bullets].some((p) => norm(p).includes(head))) add('repeatedQuote', 'key quote', quote.text, 'error');
  }

  if (edition.image && norm(edition.image.alt) && (norm(edition.image.alt) === norm(edition.headline) || norm(edition.image.alt) === norm(edition.subject ?? ''))) {
    add('altIsHeadline', 'lead image', edition.image.alt);
  }

  const [first] = edition.body;
  if (first && (danglingOpener(first, lang) || pronounLead(first, lang) || /^\p{Ll}/u.test(first))) add('bodyOrphan', 'email body', first);
  for (const p of edition.body) {
    if (/:$/.test(p)) add('bodyOrphan', 'email body', p);
    else if (/(?:^|\s)#$/.test(p)) add('bodyOrphan', 'email body', p);
    else if (p.split(/\s+/).length < 5 && !/[.!?…”"»。！？」』]$/u.test(p)) add('bodyOrphan', 'email body', p);
  }

  // Say it once: headline vs lead, and the summary lines among themselves.
  const lead = edition.lede[0] ?? edition.brief.summary[0];
  // A lead may restate the headline's news (that is what leads do) but must add to it.
  if (lead && repeatsHeadline(edition.headline, lead, lang)) add('repeatedLine', 'headline / lead', lead);
  for (const list of [[...edition.lede, ...edition.bullets], [edition.brief.summary[0] ?? '', ...edition.brief.bullets]]) {
    const lines = list.filter(Boolean);
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const o = overlap(lines[i] ?? '', lines[j] ?? '', lang);
        if (o.size >= 4 && o.share >= 0.6) add('repeatedLine', 'summary lines', `${lines[i]} / ${lines[j]}`);
      }
    }
  }

  for (const keyword of edition.brief.keywords) {
    const problem = keywordProblem(keyword, lang, context.articleText);
    if (problem) add('badKeyword', 'brief keywords', `${keyword} (${problem})`);
  }
  return findings;
}
