// The frame of every page (layout "base"), written in TypeScript: scripts/site/pages/base-layout.ts.
// Front matter it reads, all optional: title, description (else summary), styles, scripts, search,
// ogType, robots, bodyClass, canonical (see LayoutData there).
import { renderBaseLayout } from "../../scripts/site/pages/base-layout.ts";
import { trustedHtml } from "../../scripts/site/html.ts";

/** @param {any} data Eleventy's data of the page being wrapped, with its rendered `content` */
export default function baseLayout(data) {
  const { site, page, title, summary, styles, scripts, search, ogType, robots, bodyClass, canonical } = data;
  // Articles and events have a `summary`; it describes them better than the site's description.
  const description = data.description ?? summary;
  return renderBaseLayout({ site, url: page.url, title, description, styles, scripts, search, ogType, robots, bodyClass, canonical }, trustedHtml(data.content));
}
