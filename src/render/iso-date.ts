/** `2025-01-28` of a date the page gave, or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  // The day the page wrote ("2025-01-28T23:30:00+01:00" is the 28th where it was published),
  // not that day in UTC.
  return /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] ?? date.toISOString().slice(0, 10);
}
