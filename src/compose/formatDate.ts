// Human dates for the email and the brief, in the article's language, always in UTC so the same
// input gives the same bytes on every machine.
export function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return undefined;
  let locale = lang === 'und' ? 'en-GB' : lang;
  try {
    new Intl.DateTimeFormat(locale);
  } catch {
    locale = 'en-GB';
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}
