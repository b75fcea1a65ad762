// Markdown files are rendered as HTML by most viewers, so anything from an article that could open
// a tag ("<script", "</div", "<!--") is escaped. Ordinary "<" in prose ("x < y") stays readable.
export function escapeMarkdownHtml(text: string): string {
  return text.replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;').replace(/<(?=[a-zA-Z/!?])/g, '&lt;');
}

/** Applies escapeMarkdownHtml to every string inside a plain data value. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdownHtml(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = escapeDeep(v);
    return out as T;
  }
  return value;
}
