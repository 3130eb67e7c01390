import { suite } from "uvu";
import * as assert from "uvu/assert";
import { containsAllTokens, normalizeSearchText, searchTokens } from "../../assets/map/search-text.ts";

const normalize = suite("normalizeSearchText");

normalize("spells umlauts and ß out so both spellings compare equal", () => {
  assert.is(normalizeSearchText("Köln"), "koeln");
  assert.is(normalizeSearchText("Koeln"), "koeln");
  assert.is(normalizeSearchText("Straße"), "strasse");
  assert.is(normalizeSearchText("ÜBERGANG"), "uebergang");
});

normalize("an umlaut typed as a letter plus a combining mark folds like a composed one", () => {
  assert.is(normalizeSearchText("Ko\u0308ln"), "koeln");
  assert.is(normalizeSearchText("STRA\u00DFE U\u0308BERGANG"), "strasse uebergang");
});

normalize("drops other diacritics and punctuation", () => {
  assert.is(normalizeSearchText("Café  „Mülheim a. d. Ruhr“!"), "cafe muelheim a d ruhr");
});

normalize("treats markup as plain words", () => {
  assert.is(normalizeSearchText("<img src=x onerror=alert(1)>"), "img src x onerror alert 1");
});

normalize.run();

const tokens = suite("searchTokens / containsAllTokens");

tokens("an empty or blank query has no tokens and matches everything", () => {
  assert.equal(searchTokens("   "), []);
  assert.ok(containsAllTokens("anything", []));
});

tokens("every word must occur, in any order", () => {
  const haystack = normalizeSearchText("Ausbildungsbrücke Olpe Elektro Beispiel GmbH");
  assert.ok(containsAllTokens(haystack, searchTokens("olpe brücke")));
  assert.not.ok(containsAllTokens(haystack, searchTokens("olpe siegen")));
});

tokens.run();
