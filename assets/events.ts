/**
 * Decides in the browser which events are still ahead, because the build cannot know the date
 * (same input, same bytes). Without JavaScript both pages list events with their dates and claim
 * none is upcoming.
 *
 * - Start page: keeps the next three upcoming events, or says that none are announced.
 * - /termine/: moves the upcoming events into "Demnächst", earliest first, and marks the rest as past.
 * - An event's page: says when the event is over and no longer offers it for the calendar.
 */
import { localIsoDate, upcomingEventIndices } from "./site/upcoming-events.ts";

const START_PAGE_LIMIT = 3;

/**
 * The indices of the events not yet over, earliest start first, at most `limit`.
 * An event is over after its last day (`data-event-until`), so a conference that began yesterday
 * still counts.
 */
function upcoming(items: readonly HTMLElement[], today: string, limit: number): number[] {
  const ahead = upcomingEventIndices(items.map((li) => li.dataset.eventUntil ?? li.dataset.eventDate ?? ""), today, items.length);
  const start = (index: number) => items[index]?.dataset.eventDate ?? "";
  return ahead.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a - b)).slice(0, limit);
}

function showUpcomingOnStartPage(today: string): void {
  const list = document.querySelector<HTMLElement>("[data-upcoming-events]");
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>("li[data-event-date]")];
  const keep = upcoming(items, today, START_PAGE_LIMIT);
  const kept = new Set(keep);
  items.forEach((li, index) => {
    li.hidden = !kept.has(index);
  });
  list.append(...keep.map((index) => items[index]!));
  list.hidden = keep.length === 0;
  const note = document.querySelector<HTMLElement>("[data-events-note]");
  if (note) note.hidden = true;
  const none = document.querySelector<HTMLElement>("[data-no-upcoming-events]");
  if (none) none.hidden = keep.length > 0;
}

function arrangeEventsPage(today: string): void {
  const section = document.querySelector<HTMLElement>("[data-upcoming-section]");
  const upcomingList = section?.querySelector<HTMLElement>("[data-upcoming-list]");
  if (!section || !upcomingList) return;
  const items = [...document.querySelectorAll<HTMLElement>("[data-event-year] li[data-event-date]")];
  const ahead = upcoming(items, today, items.length);
  const isAhead = new Set(ahead);
  upcomingList.append(...ahead.map((index) => items[index]!));
  items.forEach((li, index) => {
    const past = li.querySelector<HTMLElement>("[data-past-event]");
    if (past) past.hidden = isAhead.has(index);
  });
  for (const year of document.querySelectorAll<HTMLElement>("[data-event-year]")) {
    year.hidden = !year.querySelector("li[data-event-date]");
  }
  upcomingList.hidden = ahead.length === 0;
  const none = section.querySelector<HTMLElement>("[data-no-upcoming-events]");
  if (none) none.hidden = ahead.length > 0;
  section.hidden = false;
}

function markPastEventPage(today: string): void {
  const event = document.querySelector<HTMLElement>("[data-event-page]");
  if (!event) return;
  const until = event.dataset.eventUntil ?? "";
  if (upcomingEventIndices([until], today, 1).length > 0) return;
  const past = event.querySelector<HTMLElement>("[data-past-event]");
  if (past) past.hidden = false;
  const download = event.querySelector<HTMLElement>("[data-calendar-download]");
  if (download) download.hidden = true;
}

function arrangeEvents(): void {
  const today = localIsoDate(new Date());
  showUpcomingOnStartPage(today);
  arrangeEventsPage(today);
  markPastEventPage(today);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", arrangeEvents);
else arrangeEvents();
