/**
 * iCalendar files (RFC 5545) for the events under /termine/. Everything in the file derives from
 * the event's own data – DTSTAMP included – so the same event always yields the same bytes.
 */
import { isoDate } from "./german-date.ts";

export interface CalendarEvent {
  /** Unique and stable, e.g. "2012-05-15-arbeitstagung-koeln@karte.gemeinsam-wirken.nrw". */
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly location: string;
  /** "YYYY-MM-DD" for an all-day event or "YYYY-MM-DDTHH:MM" (local time in Germany). */
  readonly start: string;
  /** Same form as `start`; optional for all-day events (then one day). */
  readonly end: string | undefined;
  readonly url: string;
  /** When the event was published; becomes DTSTAMP, so no build clock enters the file. */
  readonly published: string | Date;
}

/**
 * Escapes TEXT values (RFC 5545, 3.3.11). Every line break becomes "\n", a lone CR too: calendar
 * programs end a content line at it, and the rest of the text would be read as properties of its own.
 */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545, 3.1), never splitting a UTF-8
 * character, continuation lines starting with one space.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function dateValue(value: string): { property: string; value: string } {
  const [date, time] = value.split("T");
  const compactDate = (date ?? "").replace(/-/g, "");
  if (!time) return { property: ";VALUE=DATE", value: compactDate };
  return { property: ";TZID=Europe/Berlin", value: `${compactDate}T${time.replace(/:/g, "").padEnd(6, "0")}` };
}

/**
 * The time zone that `TZID=Europe/Berlin` names. RFC 5545 (3.2.19) requires a VTIMEZONE for every
 * TZID in the file; without it, calendars may read the times as UTC or as their own zone. The rules
 * are those of Germany since 1996 (EU summer time): CEST from the last Sunday of March, 02:00, to
 * the last Sunday of October, 03:00. Each DTSTART is the first onset under these rules.
 */
export const EUROPE_BERLIN_VTIMEZONE: readonly string[] = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19960331T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Builds a calendar with one event.
 *
 * @param event the event
 * @returns the .ics file text with CRLF line endings
 * @example
 * serializeIcs({ uid: "x@y", title: "Arbeitstagung", description: "", location: "Köln", start: "2012-05-15", end: undefined, url: "https://…", published: "2012-03-01" });
 */
export function serializeIcs(event: CalendarEvent): string {
  const allDay = !event.start.includes("T");
  const start = dateValue(event.start);
  const end = dateValue(event.end ?? (allDay ? nextDay(event.start) : event.start));
  const zoned = [start, end].some((value) => value.property.startsWith(";TZID="));
  const stamp = `${isoDate(event.published).replace(/-/g, "")}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Gemeinsam wirken//Termine//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(zoned ? EUROPE_BERLIN_VTIMEZONE : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART${start.property}:${start.value}`,
    `DTEND${end.property}:${end.value}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    `URL:${event.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}
