// Human dates for the email and the brief, in the article's language, always in UTC so the same
// input gives the same bytes on every machine.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(lang: string): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang === 'und' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    }
    formats.set(lang, format);
  }
  return format;
}

export function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return undefined;
  return formatFor(lang).format(time);
}
