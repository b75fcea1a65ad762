// Markdown with optional YAML front matter (title, source, author, date, url, tags, lang), read as
// data only (frontMatter.ts).
// Markdown syntax is reduced to plain paragraphs; links and images are collected, raw HTML is dropped.
import type * as Marked from 'marked';
import type { Token, Tokens } from 'marked';
import { lazy } from '../lazy.js';
import { removeBoilerplate } from './boilerplate.js';
import { emptyDraft, type ArticleDraft } from './draft.js';
import { splitFrontMatter } from './frontMatter.js';
import { genreOf } from './genre.js';
import type { Genre } from './types.js';

const GENRES: Genre[] = ['news', 'opinion', 'analysis', 'review', 'recipe', 'list'];

function inlineText(tokens: Token[] | undefined, draft: ArticleDraft): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'link': {
        const link = token as Tokens.Link;
        const text = inlineText(link.tokens, draft);
        if (/^https?:\/\//i.test(link.href)) draft.links.push({ href: link.href, text });
        out += text;
        break;
      }
      case 'image': {
        const image = token as Tokens.Image;
        if (/^https?:\/\//i.test(image.href)) draft.images.push({ src: image.href, alt: image.text });
        break;
      }
      case 'html':
        break; // inline HTML is markup from the article: never carried over
      case 'br':
        out += ' ';
        break;
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        out += t.tokens ? inlineText(t.tokens, draft) : decodeEntities(t.text);
        break;
      }
      default: {
        const withChildren = token as { tokens?: Token[]; text?: string };
        out += withChildren.tokens ? inlineText(withChildren.tokens, draft) : (withChildren.text ?? '');
      }
    }
  }
  return out;
}

/** marked escapes & < > " ' in text tokens; the Article holds plain text. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function blocks(tokens: Token[], draft: ArticleDraft, out: { headings: string[]; paragraphs: string[] }): void {
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = inlineText(heading.tokens, draft).trim();
      if (heading.depth === 1 && out.headings.length === 0 && out.paragraphs.length === 0) out.headings.push(text);
    } else if (token.type === 'paragraph') {
      out.paragraphs.push(inlineText((token as Tokens.Paragraph).tokens, draft));
    } else if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) blocks(item.tokens, draft, out);
    } else if (token.type === 'blockquote') {
      blocks((token as Tokens.Blockquote).tokens, draft, out);
    } else if (token.type === 'text') {
      const text = token as Tokens.Text;
      out.paragraphs.push(text.tokens ? inlineText(text.tokens, draft) : text.text);
    }
    // code, html, hr, table, space: not prose, left out of the article text
  }
}

function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value).trim();
    return text || undefined;
  }
  return undefined;
}

function asTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(asString).filter((t): t is string => t !== undefined);
  const single = asString(value);
  return single ? single.split(',').map((t) => t.trim()).filter(Boolean) : [];
}

export function extractMarkdown(text: string, label: string): ArticleDraft {
  const parsed = splitFrontMatter(text, label);
  const data = parsed.data;
  const draft = emptyDraft();
  const out = { headings: [] as string[], paragraphs: [] as string[] };
  // Script and style bodies are code, not prose: drop them with their tags before parsing.
  const content = parsed.content.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  blocks(new (lazy<typeof Marked>('marked').Lexer)().lex(content), draft, out);
  draft.paragraphs = removeBoilerplate(out.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
  const title = asString(data.title) ?? out.headings[0];
  if (title) draft.title = title;
  const fields: [keyof ArticleDraft, unknown][] = [
    ['source', data.source ?? data.publication ?? data.site],
    ['byline', data.author ?? data.byline],
    ['publishedAt', data.date ?? data.published],
    ['url', data.url ?? data.canonical],
    ['lang', data.lang ?? data.language],
  ];
  for (const [key, value] of fields) {
    const text = asString(value);
    if (text) (draft as unknown as Record<string, string>)[key] = text;
  }
  if (draft.url && !/^https?:\/\//i.test(draft.url)) delete draft.url;
  draft.tags = asTags(data.tags);
  // `genre: opinion` in front matter, else what the section, the URL or the headline says.
  const stated = asString(data.genre)?.toLowerCase();
  const section = asString(data.section ?? data.category);
  const genre = GENRES.find((g) => g === stated) ?? genreOf({ section, url: draft.url, title: draft.title });
  if (genre) draft.genre = genre;
  if (section) draft.section = section;
  // `image: https://…` (with `image_alt:`) is the lead image, as og:image is a page's.
  const image = asString(data.image);
  if (image && /^https?:\/\//i.test(image) && !draft.images.some((i) => i.src === image)) draft.images.unshift({ src: image, alt: asString(data.image_alt ?? data.imageAlt) ?? '' });
  return draft;
}
