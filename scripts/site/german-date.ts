/**
 * Dates as German readers expect them ("12. Mai 2026"). Written out by hand instead of `Intl` so
 * the output cannot change with the ICU data of the Node version that builds the site.
 */

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/**
 * Parses an ISO date ("2026-05-12", also with a time part) or a Date into its UTC calendar parts.
 *
 * @param value ISO date string or Date
 * @returns year, month (1–12) and day, or undefined if the value is not a date
 */
export function dateParts(value: string | Date): { year: number; month: number; day: number } | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * @param value ISO date string or Date
 * @returns the date in long German form, e.g. "15. Mai 2012"; the input unchanged if it is no date
 * @example
 * formatGermanDate("2012-05-15"); // "15. Mai 2012"
 */
export function formatGermanDate(value: string | Date): string {
  const parts = dateParts(value);
  if (!parts) return String(value);
  return `${parts.day}. ${MONTHS[parts.month - 1]} ${parts.year}`;
}

/**
 * @param value ISO date string or Date
 * @returns "YYYY-MM-DD" (for `<time datetime>`), or "" if the value is not a date
 */
export function isoDate(value: string | Date): string {
  const parts = dateParts(value);
  if (!parts) return "";
  return `${String(parts.year).padStart(4, "0")}-${String(parts.month).padStart(2, "0")}-${String(parts.day).padStart(2, "0")}`;
}
