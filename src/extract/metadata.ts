// Page metadata, best source first: JSON-LD (NewsArticle and friends), OpenGraph / Twitter cards,
// <meta> tags, then the page itself (<title>, <html lang>, <link rel=canonical>, <time>).
// Readability reads title, byline, site name, excerpt and date the same way; this fills the rest.

export interface PageMetadata {
  title?: string;
  /** The page's <title>, which often spells the site's name after the headline. */
  documentTitle?: string;
  byline?: string;
  /** Publisher names, best first: JSON-LD publisher, og:site_name, application-name. */
  siteNames: string[];
  /** twitter:site ("@CBSNews"): not a name, but it spells one. */
  handle?: string;
  publishedAt?: string;
  /** The publication dates the page states, best first (JSON-LD, meta tags, <time>, dateCreated). */
  dates: string[];
  /** When the page says it was last changed: a date to fall back on after the URL's. */
  modified: string[];
  url?: string;
  lang?: string;
  description?: string;
  image?: string;
  /** The lead image's own description (og:image:alt, JSON-LD image caption). */
  imageAlt?: string;
  /** The lead image's size in pixels, when the page states it (og:image:width/height, JSON-LD). */
  imageSize?: { width: number; height: number };
  /** JSON-LD @types of every item on the page ("OpinionNewsArticle", "Review", "Recipe"...). */
  types: string[];
  /** article:section / JSON-LD articleSection. */
  section?: string;
  tags: string[];
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|WebPage|Report|LiveBlogPosting)$/;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Json;
    return text(o.name ?? o.url ?? o['@id']);
  }
  return undefined;
}

function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const out = list.map((v) => (v && typeof v === 'object' ? text((v as Json).name) : text(v))).filter((v): v is string => Boolean(v) && !/^https?:/.test(v ?? ''));
  return out.length ? out.join(', ') : undefined;
}

function jsonLdItems(doc: Document): Json[] {
  const items: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Json;
      items.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return items;
}

function isArticle(item: Json): boolean {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** All <meta> values by property / name / itemprop, read in one pass (selectors are slow on big pages). */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

/** Yoast and friends give the page's JSON-LD node id ("…/story/#webpage") as its URL. */
function withoutSchemaId(url: string | undefined): string | undefined {
  return url?.replace(/#(?:webpage|article|primaryimage|richSnippet|main|content)$/i, '');
}

export function readMetadata(doc: Document, fetchedFrom?: string): PageMetadata {
  const metas = metaIndex(doc);
  const meta = (_doc: Document, ...keys: string[]) => keys.map((k) => metas.get(k.toLowerCase())).find(Boolean);
  const items = jsonLdItems(doc);
  const ld = items.filter(isArticle);
  const article = ld.find((i) => i['@type'] !== 'WebPage') ?? ld[0] ?? {};
  const publisher = article.publisher as Json | undefined;
  const md: PageMetadata = { tags: [], siteNames: [], dates: [], modified: [], types: [] };
  const set = <K extends keyof PageMetadata>(key: K, ...values: (PageMetadata[K] | undefined)[]) => {
    const value = values.find((v) => v !== undefined && v !== '');
    if (value !== undefined) md[key] = value;
  };
  set('title', text(article.headline), meta(doc, 'og:title', 'twitter:title'), doc.querySelector('title')?.textContent?.trim());
  set('byline', names(article.author), meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author')?.replace(/^by\s+/i, ''));
  const present = (...values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v?.trim())).map((v) => v.trim());
  // application-name is the headline again on some pages; a Twitter handle is not a name.
  const appName = metas.get('application-name');
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  md.siteNames = present(text(publisher?.name), metas.get('og:site_name'), appName && appName.trim() !== documentTitle && appName.trim() !== text(article.headline) ? appName : undefined);
  const handle = metas.get('twitter:site');
  if (handle) md.handle = handle;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  md.dates = present(
    text(article.datePublished),
    ...['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date'].map((k) => metas.get(k.toLowerCase())),
    time,
    text(article.dateCreated),
  );
  md.modified = present(text(article.dateModified), metas.get('article:modified_time'), metas.get('og:updated_time'), metas.get('datemodified'));
  set('publishedAt', md.dates[0]);
  if (documentTitle) md.documentTitle = documentTitle;
  // A relative url or mainEntityOfPage ("/story/123") is resolved against the page's own address.
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const pageUrl = [metas.get('og:url'), canonical, fetchedFrom].find((u) => u && /^https?:\/\//i.test(u));
  const resolve = (u: string | undefined) => {
    if (!u) return undefined;
    try {
      return new URL(u, pageUrl).href;
    } catch {
      return undefined;
    }
  };
  set('url', ...[text(article.url), text(article.mainEntityOfPage), metas.get('og:url'), canonical].map(resolve).map(withoutSchemaId));
  set('lang', text(article.inLanguage), doc.documentElement?.getAttribute('lang') ?? undefined, meta(doc, 'og:locale', 'language', 'content-language'));
  set('description', text(article.description), meta(doc, 'og:description', 'twitter:description', 'description'));
  set('image', text(article.image), meta(doc, 'og:image', 'twitter:image', 'twitter:image:src'));
  const image = (Array.isArray(article.image) ? article.image[0] : article.image) as Json | undefined;
  set('imageAlt', image && typeof image === 'object' ? text(image.caption) ?? text(image.description) : undefined, meta(doc, 'og:image:alt', 'twitter:image:alt'));
  const size = (w: unknown, h: unknown) => {
    const [width, height] = [Number(text(w)), Number(text(h))];
    return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && width <= 20000 && height <= 20000 ? { width, height } : undefined;
  };
  const imageSize = (image && typeof image === 'object' ? size(image.width, image.height) : undefined) ?? size(meta(doc, 'og:image:width'), meta(doc, 'og:image:height'));
  if (imageSize) md.imageSize = imageSize;
  md.types = [...new Set(items.flatMap((i) => (Array.isArray(i['@type']) ? i['@type'] : [i['@type']]).filter((t): t is string => typeof t === 'string')))];
  set('section', text(article.articleSection), meta(doc, 'article:section', 'og:article:section', 'section'));
  const keywords = article.keywords ?? meta(doc, 'keywords', 'news_keywords');
  md.tags = (Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(',') : []).map((t) => t.trim()).filter(Boolean).slice(0, 20);
  if (md.url && !/^https?:\/\//i.test(md.url)) delete md.url;
  if (md.imageAlt) md.imageAlt = md.imageAlt.replace(/\s+/g, ' ').trim();
  if (md.lang) md.lang = md.lang.replace('_', '-').split('-')[0]?.toLowerCase() ?? md.lang;
  return md;
}
