// extract stage: LoadedInput -> Article. Picks the reader for the format, then fills the derived
// fields (lede, text, word count, language) the same way for every format.
import { CrierError } from '../errors.js';
import type { Article, LoadedInput } from '../types.js';
import { countWords } from './countWords.js';
import { detectLanguage } from './detectLanguage.js';
import type { ArticleDraft } from './draft.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';
import { normaliseDate } from './normaliseDate.js';
import { extractText } from './text.js';

export interface Extracted {
  article: Article;
  warnings: string[];
}

const MAX_DERIVED_TITLE = 90;

/** An article without a headline gets its first words as one, and a warning. */
function titleFromText(paragraph: string): string {
  const firstSentence = paragraph.split(/(?<=[.!?])\s/)[0] ?? paragraph;
  if (firstSentence.length <= MAX_DERIVED_TITLE) return firstSentence.replace(/[.!?]$/, '');
  const cut = firstSentence.slice(0, MAX_DERIVED_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

function readDraft(input: LoadedInput): ArticleDraft {
  switch (input.format) {
    case 'markdown':
      return extractMarkdown(input.text, input.path);
    case 'html':
      return extractHtml(input.text, input.path === '-' ? 'standard input' : input.path, input.url);
    default:
      return extractText(input.text);
  }
}

export function extractArticle(input: LoadedInput): Extracted {
  const label = input.path === '-' ? 'standard input' : input.path;
  const draft = readDraft(input);
  // Strip control characters (NUL, escape sequences) that would corrupt the outputs or a terminal.
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
  const paragraphs = draft.paragraphs.map(clean).filter(Boolean);
  if (paragraphs.length === 0) {
    throw new CrierError('NO_ARTICLES', `${label} has no article text${draft.title ? ' after its title' : ''}`, {
      hint: 'the file must hold the article paragraphs, not only a headline or page boilerplate',
    });
  }
  const warnings: string[] = [];
  let title = clean(draft.title ?? '');
  if (!title) {
    title = titleFromText(paragraphs[0] ?? '');
    warnings.push(`${label}: no headline found; using "${title}"`);
  }
  const text = paragraphs.join('\n\n');
  const article: Article = {
    id: input.sha256.slice(0, 12),
    title,
    lang: draft.lang ?? detectLanguage(text),
    tags: draft.tags,
    lede: paragraphs[0] ?? '',
    paragraphs,
    text,
    images: draft.images,
    links: draft.links,
    wordCount: countWords(text),
    inputPath: input.path,
    sha256: input.sha256,
  };
  if (draft.source) article.source = clean(draft.source);
  if (draft.byline) article.byline = clean(draft.byline);
  const date = normaliseDate(draft.publishedAt);
  if (date) article.publishedAt = date;
  else if (draft.publishedAt) warnings.push(`${label}: cannot read the date "${draft.publishedAt}"; ignored`);
  if (draft.url) article.url = draft.url;
  return { article, warnings };
}
