// Data of the builder page /einbetten/: the parameter specification (the table on the page), the
// choices the form offers, and the default snippets shown without JavaScript – all from the same
// modules the builder script and the embed use (assets/embed/), so page, script and embed agree.
import site from "../_data/site.js";
import { mapConfig } from "../../scripts/site/map-plugin.ts";
import { EMBED_PARAMETERS, DEFAULT_MAP_HEIGHT, MAP_HEIGHT_RANGE } from "../../assets/embed/embed-spec.ts";
import { DEFAULT_EMBED_OPTIONS } from "../../assets/embed/embed-params.ts";
import { iframeSnippet, scriptSnippet } from "../../assets/embed/embed-snippets.ts";

const config = mapConfig(site);

export default {
  embedBuilder: Object.freeze({
    parameters: EMBED_PARAMETERS,
    challenges: config.challenges,
    statuses: config.statuses,
    regierungsbezirke: config.regierungsbezirke,
    kreise: config.kreise,
    defaultHeight: DEFAULT_MAP_HEIGHT,
    heightRange: MAP_HEIGHT_RANGE,
    snippets: {
      iframe: iframeSnippet(DEFAULT_EMBED_OPTIONS, site.url),
      script: scriptSnippet(DEFAULT_EMBED_OPTIONS, site.url),
    },
  }),
};
