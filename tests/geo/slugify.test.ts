import { suite } from "uvu";
import * as assert from "uvu/assert";
import { slugify, transliterateGerman } from "../../scripts/geo/slugify.ts";

const slugs = suite("slugify");

slugs("transliterates umlauts and ß instead of dropping them", () => {
  assert.is(slugify("Mülheim an der Ruhr"), "muelheim-an-der-ruhr");
  assert.is(slugify("Städteregion Aachen"), "staedteregion-aachen");
  assert.is(slugify("Großräschen"), "grossraeschen");
  assert.is(slugify("Höxter"), "hoexter");
});

slugs("gives the same slug for composed and decomposed umlauts", () => {
  assert.is(slugify("Ko\u0308ln"), "koeln");
  assert.is(slugify("KÖLN"), "koeln");
});

slugs("collapses punctuation and trims dashes", () => {
  assert.is(slugify("Halle (Westf.)"), "halle-westf");
  assert.is(slugify("Fröndenberg/Ruhr"), "froendenberg-ruhr");
  assert.is(slugify("Rhein-Kreis Neuss"), "rhein-kreis-neuss");
  assert.is(slugify("  --Kreis  Lippe!! "), "kreis-lippe");
});

slugs("strips accents of non-German letters", () => {
  assert.is(slugify("Café Élysée"), "cafe-elysee");
  assert.is(transliterateGerman("Ärzte Straße"), "aerzte strasse");
});

slugs("returns an empty slug for input without letters or digits", () => {
  assert.is(slugify(" – "), "");
});

slugs.run();
