// Page metadata, best source first: JSON-LD (NewsArticle and friends), OpenGraph / Twitter cards,
// <meta> tags, then the page itself (<title>, <html lang>, <link rel=canonical>, <time>).
// Readability reads title, byline, site name, excerpt and date the same way; this fills the rest.

export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  url?: string;
  lang?: string;
  description?: string;
  image?: string;
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

export function readMetadata(doc: Document): PageMetadata {
  const metas = metaIndex(doc);
  const meta = (_doc: Document, ...keys: string[]) => keys.map((k) => metas.get(k.toLowerCase())).find(Boolean);
  const ld = jsonLdItems(doc).filter(isArticle);
  const article = ld.find((i) => i['@type'] !== 'WebPage') ?? ld[0] ?? {};
  const publisher = article.publisher as Json | undefined;
  const md: PageMetadata = { tags: [] };
  const set = <K extends keyof PageMetadata>(key: K, ...values: (PageMetadata[K] | undefined)[]) => {
    const value = values.find((v) => v !== undefined && v !== '');
    if (value !== undefined) md[key] = value;
  };
  set('title', text(article.headline), meta(doc, 'og:title', 'twitter:title'), doc.querySelector('title')?.textContent?.trim());
  set('byline', names(article.author), meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author')?.replace(/^by\s+/i, ''));
  set('siteName', text(publisher?.name), meta(doc, 'og:site_name', 'application-name', 'twitter:site'));
  set(
    'publishedAt',
    text(article.datePublished),
    meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'citation_publication_date', 'parsely-pub-date', 'sailthru.date'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  );
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  set('url', text(article.url), text(article.mainEntityOfPage), meta(doc, 'og:url'), canonical);
  set('lang', text(article.inLanguage), doc.documentElement?.getAttribute('lang') ?? undefined, meta(doc, 'og:locale', 'language', 'content-language'));
  set('description', text(article.description), meta(doc, 'og:description', 'twitter:description', 'description'));
  set('image', text(article.image), meta(doc, 'og:image', 'twitter:image', 'twitter:image:src'));
  const keywords = article.keywords ?? meta(doc, 'keywords', 'news_keywords');
  md.tags = (Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(',') : []).map((t) => t.trim()).filter(Boolean).slice(0, 20);
  if (md.url && !/^https?:\/\//i.test(md.url)) delete md.url;
  if (md.lang) md.lang = md.lang.replace('_', '-').split('-')[0]?.toLowerCase() ?? md.lang;
  return md;
}
