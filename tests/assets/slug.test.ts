import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSlug, shortenSlug } from "../../assets/site/slug.ts";

test("isSlug: lowercase words joined by single hyphens, nothing else", () => {
  for (const ok of ["pflegebuendnis-lippe", "a", "netz-2-0", "x1-y2"]) assert.ok(isSlug(ok), ok);
  for (const bad of ["", "-a", "a-", "a--b", "A-b", "ä", "a_b", "a.b", "a b", "../x", "a\n"]) assert.not.ok(isSlug(bad), JSON.stringify(bad));
});

test("shortenSlug cuts at the last hyphen that keeps more than a third, never mid-word where a hyphen allows", () => {
  assert.is(shortenSlug("netzwerk-fuer-gute-nachbarschaft", 20), "netzwerk-fuer-gute");
  assert.is(shortenSlug("kurz", 20), "kurz");
  assert.is(shortenSlug("netzwerk-fuer-gute-nachbarschaft", 32), "netzwerk-fuer-gute-nachbarschaft");
});

test("shortenSlug cuts a long word where it must, and never leaves a hyphen at the end", () => {
  assert.is(shortenSlug("a-bcdefghijklmnopqrstuvwxyz", 10), "a-bcdefghi");
  assert.is(shortenSlug("abcdefghi-jklmnop", 10), "abcdefghi");
  for (let max = 1; max <= 40; max++) {
    const cut = shortenSlug("ein-sehr-langer-name-fuer-ein-netzwerk-im-kreis-lippe", max);
    assert.ok(cut.length <= max && isSlug(cut), `${max}: ${cut}`);
  }
});

test.run();
