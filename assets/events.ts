/**
 * Start page: shows only upcoming events (at most three), or a note that none are announced.
 * Without JavaScript the page lists the latest events with their dates.
 */
import { localIsoDate, upcomingEventIndices } from "./site/upcoming-events.ts";

const LIMIT = 3;

function showUpcomingEvents(): void {
  const list = document.querySelector<HTMLElement>("[data-upcoming-events]");
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>("li[data-event-date]")];
  const keep = new Set(upcomingEventIndices(items.map((li) => li.dataset.eventDate ?? ""), localIsoDate(new Date()), LIMIT));
  items.forEach((li, index) => {
    li.hidden = !keep.has(index);
  });
  list.hidden = keep.size === 0;
  const none = document.querySelector<HTMLElement>("[data-no-upcoming-events]");
  if (none) none.hidden = keep.size > 0;
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showUpcomingEvents);
else showUpcomingEvents();
