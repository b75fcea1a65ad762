// Dates from front matter or metadata -> ISO 8601. A date-only value stays a date (no invented time).

export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return Number.isNaN(Date.parse(`${trimmed}T00:00:00Z`)) ? undefined : trimmed;
  }
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString();
}
