/**
 * The `eventWhen` macro (content/_includes/event-when.njk) that the event pages, /termine/ and the
 * start page use: dates with times as German readers expect them, each moment in a <time>.
 * Rendered with Nunjucks and the site's own date filters, as Eleventy does.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "../../scripts/paths.ts";
import { filters } from "../../scripts/site/filters.ts";

/** The part of Nunjucks (installed with Eleventy, without types) this test uses. */
interface NunjucksEnvironment {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  renderString(source: string, context: object): string;
}
interface Nunjucks {
  Environment: new (loader: unknown) => NunjucksEnvironment;
  FileSystemLoader: new (dir: string) => unknown;
}

const nunjucks = createRequire(import.meta.url)("nunjucks") as Nunjucks;
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(ROOT, "content/_includes")));
env.addFilter("germanDate", filters.germanDate);
env.addFilter("isoDate", filters.isoDate);

const when = (start: string | Date, end?: string) => env.renderString('{% from "event-when.njk" import eventWhen %}{{ eventWhen(start, end) }}', { start, end });
const text = (html: string) => html.replace(/<[^>]*>/g, "");

const eventWhen = suite("eventWhen");

eventWhen("an all-day event shows its date", () => {
  assert.is(when("2012-05-15"), '<time datetime="2012-05-15">15. Mai 2012</time>');
  // YAML turns an unquoted date into a Date at UTC midnight.
  assert.is(when(new Date("2012-05-15T00:00:00Z")), '<time datetime="2012-05-15">15. Mai 2012</time>');
  assert.is(when("2012-05-15", "2012-05-15"), '<time datetime="2012-05-15">15. Mai 2012</time>');
});

eventWhen("start and end on one day: date, then the time span", () => {
  const html = when("2012-05-15T18:30", "2012-05-15T20:00");
  assert.is(text(html), "15. Mai 2012, 18:30–20:00 Uhr");
  assert.is(html, '<time datetime="2012-05-15T18:30">15. Mai 2012, 18:30</time>–<time datetime="2012-05-15T20:00">20:00</time> Uhr');
});

eventWhen("a start time alone", () => {
  assert.is(when("2012-05-15T09:00"), '<time datetime="2012-05-15T09:00">15. Mai 2012, 09:00 Uhr</time>');
});

eventWhen("events over several days name both days, with times where given", () => {
  assert.is(text(when("2012-05-15", "2012-05-16")), "15. Mai 2012 bis 16. Mai 2012");
  assert.is(text(when("2012-05-15T18:30", "2012-05-16T12:00")), "15. Mai 2012, 18:30 Uhr bis 16. Mai 2012, 12:00 Uhr");
  assert.match(when("2012-05-15T18:30", "2012-05-16T12:00"), '<time datetime="2012-05-16T12:00">');
});

eventWhen.run();
