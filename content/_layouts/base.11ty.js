// The frame of every page (layout "base"), written in TypeScript: scripts/site/pages/base-layout.ts.
// Front matter it reads, all optional: title, description, styles, scripts, search, ogType, robots,
// bodyClass, canonical (see LayoutData there).
import { renderBaseLayout } from "../../scripts/site/pages/base-layout.ts";
import { trustedHtml } from "../../scripts/site/html.ts";

/** @param {any} data Eleventy's data of the page being wrapped, with its rendered `content` */
export default function baseLayout(data) {
  const { site, page, title, description, styles, scripts, search, ogType, robots, bodyClass, canonical } = data;
  return renderBaseLayout({ site, url: page.url, title, description, styles, scripts, search, ogType, robots, bodyClass, canonical }, trustedHtml(data.content));
}
