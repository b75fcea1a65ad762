// <slug> of the output folder (docs/architecture.md): lower-case ASCII words joined by "-", at most
// 60 characters.
const MAX_SLUG = 60;

export function slugify(title: string, fallback: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Niinistö" -> "niinisto"
    .replace(/[’']/g, '') // "Trump's" -> "trumps", not "trump-s"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii;
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG + 1);
    // Cut at the last whole word that fits.
    const cut = slug.lastIndexOf('-');
    slug = cut > 20 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
    slug = slug.replace(/-+$/, '');
  }
  return slug || fallback;
}
