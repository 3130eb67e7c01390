/**
 * Which events are still ahead. The build cannot know (the same input must give the same output
 * on any day), so the start page lists events with their dates and the browser decides.
 */

/** Local calendar date as YYYY-MM-DD (what a visitor calls "today"). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The indices of the events to show: those on or after `today`, earliest first, at most `limit`.
 *
 * @param dates ISO dates (YYYY-MM-DD) of the events, in page order
 * @param today ISO date of today
 * @param limit how many to keep
 * @example
 * upcomingEventIndices(["2012-05-15", "2030-01-10"], "2026-11-28", 3); // [1]
 */
export function upcomingEventIndices(dates: readonly string[], today: string, limit: number): number[] {
  return dates
    .map((date, index) => ({ date, index }))
    .filter(({ date }) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index))
    .slice(0, limit)
    .map(({ index }) => index);
}
