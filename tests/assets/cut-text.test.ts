import { suite } from "uvu";
import * as assert from "uvu/assert";
import { cutText } from "../../assets/map/cut-text.ts";

const cut = suite("cutText");

cut("keeps text within the limit as it is and cuts longer text to the limit", () => {
  assert.is(cutText("Köln", 10), "Köln");
  assert.is(cutText("abcdef", 3), "abc");
});

cut("never leaves half a surrogate pair at the cut", () => {
  assert.is(cutText("ab😀c", 3), "ab");
  assert.is(cutText("ab😀c", 4), "ab😀");
});

cut.run();
