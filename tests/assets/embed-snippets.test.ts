import { suite } from "uvu";
import * as assert from "uvu/assert";
import { HtmlValidate } from "html-validate";
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from "../../assets/embed/embed-params.ts";
import { iframeSnippet, scriptSnippet } from "../../assets/embed/embed-snippets.ts";
import { EMPTY_FILTER } from "../../assets/map/filter-state.ts";

const SITE = "https://karte.gemeinsam-wirken.nrw";

const samples: readonly EmbedOptions[] = [
  DEFAULT_EMBED_OPTIONS,
  { ...DEFAULT_EMBED_OPTIONS, filter: { ...EMPTY_FILTER, challenges: ["quartier"], kreis: "koeln", query: 'Pflege & "Wohnen" <b>' }, fixed: ["thema", "kreis", "suche"], mapHeight: 720 },
];

// The snippets go into partners' pages, not ours: a style attribute is theirs to allow.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

const snippets = suite("Einbetten: Code für Partnerseiten");

snippets("both snippets are valid HTML", async () => {
  for (const options of samples) {
    for (const snippet of [iframeSnippet(options, SITE), scriptSnippet(options, SITE)]) {
      const report = await validator.validateString(snippet);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      assert.equal(messages, [], snippet);
    }
  }
});

snippets("the plain iframe fills the partner's column by style, with a fixed height", () => {
  const snippet = iframeSnippet(DEFAULT_EMBED_OPTIONS, SITE);
  assert.not.match(snippet, /\swidth=/);
  assert.match(snippet, ' height="640" ');
  assert.match(snippet, ' style="width:100%;border:0"');
});

snippets.run();
