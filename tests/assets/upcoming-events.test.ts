import { suite } from "uvu";
import * as assert from "uvu/assert";
import { localIsoDate, upcomingEventIndices } from "../../assets/site/upcoming-events.ts";

const events = suite("upcoming events");

events("keeps events from today on, earliest first, at most the limit", () => {
  const dates = ["2012-05-15", "2027-03-01", "2026-11-28", "2026-12-24", "2031-01-01"];
  assert.equal(upcomingEventIndices(dates, "2026-11-28", 3), [2, 3, 1]);
});

events("returns nothing when every event is past, and ignores malformed dates", () => {
  assert.equal(upcomingEventIndices(["2012-05-15", "morgen", ""], "2026-11-28", 3), []);
});

events("uses the local calendar date", () => {
  assert.is(localIsoDate(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
});

events.run();
