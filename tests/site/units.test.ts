/** Small build-time modules of the site, tested directly. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { isAllowedEntryLink, renderEntryMarkdown } from "../../scripts/site/safe-markdown.ts";
import { inlineCode } from "../../scripts/site/inline-code.ts";
import { EUROPE_BERLIN_VTIMEZONE, escapeIcsText, foldIcsLine, serializeIcs } from "../../scripts/site/ics.ts";
import { serializeJsonLd } from "../../scripts/site/json-ld.ts";
import { formatGermanDate } from "../../scripts/site/german-date.ts";
import { germanNumber, impactLevelText, yearsLabel } from "../../scripts/site/filters.ts";
import { contrastRatio } from "../../scripts/site/challenge-css.ts";
import { challenges } from "../../scripts/dataset/vocabularies.ts";
import { nearbyNetworks, NEARBY_RADIUS_KM } from "../../scripts/site/site-model.ts";
import { networkFieldDocs } from "../../scripts/dataset/schema-docs.ts";
import type { Network } from "../../scripts/dataset/types.ts";

const markdown = suite("safe Markdown for entries");

markdown("allows only absolute http(s) and mailto links", () => {
  for (const url of ["https://example.org", "http://example.org/a?b#c", "mailto:a@example.org", "HTTPS://EXAMPLE.ORG/"]) {
    assert.ok(isAllowedEntryLink(url), url);
  }
  for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "java%09script:alert(1)", " javascript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "//evil.example/", "/\\evil.example", "ftp://x", "/themen/", "./x", "#teil", "seite"]) {
    assert.not.ok(isAllowedEntryLink(url), url);
  }
});

markdown("escapes raw HTML, turns images into links, marks external links", () => {
  const html = renderEntryMarkdown('<b>fett</b> [x](https://example.org) ![Plan <b>A</b>](https://example.org/b.png) ![y](javascript:alert(1))');
  assert.ok(html.includes("&lt;b&gt;fett&lt;/b&gt;"));
  assert.ok(html.includes('<a href="https://example.org" rel="nofollow ugc noopener">x</a>'));
  assert.not.ok(html.includes("<img"));
  assert.ok(html.includes('<a href="https://example.org/b.png" rel="nofollow ugc noopener">Bild: Plan &lt;b&gt;A&lt;/b&gt;</a>'), html);
  assert.ok(html.includes("![y](javascript:alert(1))"), "a refused image source stays text");
  assert.not.ok(html.includes("!<a"), "no stray exclamation mark before the link");
});

markdown("a picture inside a link stays that link's text: no link inside a link", () => {
  const html = renderEntryMarkdown("[![Logo](https://example.org/logo.png)](https://example.org/) und ![Plan](https://example.org/plan.png)");
  assert.is(
    html.trim(),
    '<p><a href="https://example.org/" rel="nofollow ugc noopener">Bild: Logo</a> und <a href="https://example.org/plan.png" rel="nofollow ugc noopener">Bild: Plan</a></p>',
  );
});

markdown("keeps the text as written: no typographic quotes or replacements", () => {
  const html = renderEntryMarkdown('"Zitat" und \'so\' (c) ... -- {% include "../x" %} {{ site.url }}');
  assert.is(html.trim(), "<p>&quot;Zitat&quot; und 'so' (c) ... -- {% include &quot;../x&quot; %} {{ site.url }}</p>");
});

markdown("turns h1 into h2 so the page keeps one h1", () => {
  assert.is(renderEntryMarkdown("# Titel").trim(), "<h2>Titel</h2>");
});

markdown("schema descriptions show `code` as code, everything else escaped", () => {
  assert.is(inlineCode("mit `size` & <b>mehr</b>, `a<b`"), "mit <code>size</code> &amp; &lt;b&gt;mehr&lt;/b&gt;, <code>a&lt;b</code>");
  assert.is(inlineCode("ein ` allein"), "ein ` allein");
});

markdown.run();

const ics = suite("iCalendar");

ics("escapes text values and folds long lines at 75 octets without splitting characters", () => {
  assert.is(escapeIcsText("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
  // A lone CR or CRLF must not end the content line: "\rATTACH:…" would become a property of its own.
  assert.is(escapeIcsText("Treffen\rATTACH:https://evil.example/x\r\nBEGIN:VALARM"), "Treffen\\nATTACH:https://evil.example/x\\nBEGIN:VALARM");
  const folded = foldIcsLine(`DESCRIPTION:${"ä".repeat(80)}`);
  for (const line of folded.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75);
  assert.is(folded.replace(/\r\n /g, ""), `DESCRIPTION:${"ä".repeat(80)}`);
});

ics("timed events use Europe/Berlin; the same event always gives the same bytes", () => {
  const event = { uid: "x@y", title: "T", description: "", location: "", start: "2012-05-15T10:00", end: "2012-05-15T16:30", url: "https://x/", published: "2012-03-01" };
  const text = serializeIcs(event);
  assert.ok(text.includes("DTSTART;TZID=Europe/Berlin:20120515T100000\r\n"));
  assert.ok(text.includes("DTEND;TZID=Europe/Berlin:20120515T163000\r\n"));
  assert.is(serializeIcs(event), text);
});

ics("timed events carry the VTIMEZONE their TZID names, before the event; all-day events none", () => {
  const timed = serializeIcs({ uid: "x@y", title: "T", description: "", location: "", start: "2026-03-29T01:30", end: "2026-03-29T03:30", url: "https://x/", published: "2026-01-01" });
  const lines = timed.split("\r\n");
  assert.ok(lines.indexOf("BEGIN:VTIMEZONE") > lines.indexOf("BEGIN:VCALENDAR"));
  assert.ok(lines.indexOf("END:VTIMEZONE") < lines.indexOf("BEGIN:VEVENT"));
  assert.is(lines[lines.indexOf("BEGIN:VTIMEZONE") + 1], "TZID:Europe/Berlin");
  assert.equal(lines.filter((line) => line.startsWith("TZID:")), ["TZID:Europe/Berlin"], "one zone, the one DTSTART names");

  const allDay = serializeIcs({ uid: "x@y", title: "T", description: "", location: "", start: "2026-03-29", end: undefined, url: "https://x/", published: "2026-01-01" });
  assert.not.ok(allDay.includes("VTIMEZONE"));
});

/** Europe/Berlin's UTC offset in minutes at an instant, from the time zone data Node ships. */
function berlinOffset(instant: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" }).formatToParts(instant).find((part) => part.type === "timeZoneName")!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The last Sunday of a month (1–12) as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

ics("the VTIMEZONE's rules agree with the time zone database for every year since 1996", () => {
  const zone = EUROPE_BERLIN_VTIMEZONE.join("\n");
  const observance = (kind: string) => {
    const block = new RegExp(`BEGIN:${kind}\\n([\\s\\S]*?)END:${kind}`).exec(zone)![1]!;
    const field = (name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(block)![1]!;
    const offset = (value: string) => (value[0] === "-" ? -1 : 1) * (Number(value.slice(1, 3)) * 60 + Number(value.slice(3, 5)));
    const rule = /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=-1SU$/.exec(field("RRULE"));
    assert.ok(rule, `${kind}: RRULE ${field("RRULE")}`);
    const start = field("DTSTART");
    return { from: offset(field("TZOFFSETFROM")), to: offset(field("TZOFFSETTO")), month: Number(rule![1]), firstYear: Number(start.slice(0, 4)), hour: Number(start.slice(9, 11)), minute: Number(start.slice(11, 13)), start };
  };
  for (const kind of ["DAYLIGHT", "STANDARD"]) {
    const o = observance(kind);
    assert.is(o.firstYear, 1996, `${kind}: rules since the EU summer time of 1996`);
    assert.is(Number(o.start.slice(6, 8)), lastSunday(o.firstYear, o.month), `${kind}: DTSTART is the first onset`);
    for (let year = o.firstYear; year <= 2037; year++) {
      // The onset in local wall time, read with the offset in force before it.
      const onset = Date.UTC(year, o.month - 1, lastSunday(year, o.month), o.hour, o.minute) - o.from * 60_000;
      assert.is(berlinOffset(new Date(onset - 60_000)), o.from, `${kind} ${year}: before the change`);
      assert.is(berlinOffset(new Date(onset)), o.to, `${kind} ${year}: at the change`);
    }
  }
});

ics.run();

const formats = suite("formats");

formats("JSON-LD serializer escapes what could end a script element", () => {
  const text = serializeJsonLd({ a: "</script><!-- & \u2028" });
  assert.not.ok(/[<>&\u2028]/.test(text));
  assert.equal(JSON.parse(text), { a: "</script><!-- & \u2028" });
});

formats("German dates and numbers", () => {
  assert.is(formatGermanDate("2012-05-15"), "15. Mai 2012");
  assert.is(formatGermanDate(new Date(Date.UTC(2012, 2, 1))), "1. März 2012");
  assert.is(germanNumber(1234.5), "1234,5");
  assert.is(germanNumber(12345), "12.345");
  assert.is(germanNumber(-0.25), "-0,25");
  assert.is(impactLevelText(4), "Stufe 4 von 7: Zielgruppen verändern Bewusstsein bzw. Fähigkeiten");
});

formats("years label follows the status", () => {
  const base = { founded: 2012, ended: undefined } as unknown as Network;
  assert.is(yearsLabel({ ...base, status: "aktiv" }), "seit 2012");
  assert.is(yearsLabel({ ...base, status: "abgeschlossen", ended: 2019 }), "2012 bis 2019");
  assert.is(yearsLabel({ ...base, status: "in-gruendung" }), "in Gründung seit 2012");
});

formats("every challenge colour reaches WCAG AA contrast with its badge text", () => {
  for (const c of challenges()) assert.ok(contrastRatio(c.color, "#ffffff") >= 4.5 || contrastRatio(c.color, "#000000") >= 4.5, c.slug);
});

formats("the field reference covers nested fields and vocabularies", () => {
  const docs = networkFieldDocs();
  const sector = docs.find((d) => d.path === "partners[].sector")!;
  assert.ok(sector.required);
  assert.ok(sector.allowedValues.some((v) => v.value === "kmu") === false);
  assert.ok(sector.allowedValues.some((v) => v.value === "unternehmen" && v.title === "Unternehmen"));
  assert.ok(docs.find((d) => d.path === "challenges")!.allowedValues.length === 10);
});

formats.run();

const nearby = suite("networks nearby");

const at = (slug: string, lon: number, lat: number) => ({ slug, title: slug, point: [lon, lat] }) as unknown as Network;

nearby("sorts by distance, skips itself and anything beyond the radius", () => {
  const koeln = at("koeln", 6.9583, 50.9413);
  const bonn = at("bonn", 7.0982, 50.7374); // about 25 km
  const duesseldorf = at("duesseldorf", 6.7735, 51.2277); // about 34 km
  const muenster = at("muenster", 7.6261, 51.9607); // about 122 km
  const result = nearbyNetworks(koeln, [koeln, muenster, duesseldorf, bonn]);
  assert.equal(result.map((r) => r.network.slug), ["bonn", "duesseldorf"]);
  assert.ok(result.every((r) => r.km <= NEARBY_RADIUS_KM));
  assert.ok(result[0]!.km >= 20 && result[0]!.km <= 30);
});

nearby.run();
