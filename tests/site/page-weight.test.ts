/**
 * Every page has a byte budget: its HTML and everything it references, gzipped, on a first visit.
 * The web form /admin/ is exempt: it is an editing tool that loads Decap CMS (several MB) on purpose.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite } from "../setup/build-site.ts";
import { PAGE_BUDGETS, referencedResources, weighPages, type PageWeight } from "../../scripts/bench/page-weight.ts";

const weight = suite<{ weights: PageWeight[] }>("page weight", { weights: [] });

weight.before(async (context) => {
  const site = await fixtureSite();
  context.weights = await weighPages(site.outDir, site.htmlFiles.filter((f) => !f.startsWith("admin/")));
});

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

weight("weighs every page and finds its stylesheets and scripts", ({ weights }) => {
  assert.ok(weights.length > 20);
  const map = weights.find((w) => w.page === "karte/index.html");
  assert.ok(map?.resources.some((r) => r.path === "/assets/map.js"));
  assert.ok(map?.resources.some((r) => r.path === "/assets/site.css"));
});

weight("no page's HTML exceeds its budget", ({ weights }) => {
  const over = weights.filter((w) => w.htmlGzip > PAGE_BUDGETS.html).map((w) => `${w.page}: ${kb(w.htmlGzip)}`);
  assert.equal(over, [], `über ${kb(PAGE_BUDGETS.html)}`);
});

weight("no page with everything it references exceeds its budget", ({ weights }) => {
  const over = weights.filter((w) => w.totalGzip > PAGE_BUDGETS.total).map((w) => `${w.page}: ${kb(w.totalGzip)} (${w.resources.map((r) => `${r.path} ${kb(r.gzip)}`).join(", ")})`);
  assert.equal(over, [], `über ${kb(PAGE_BUDGETS.total)}`);
});

weight("finds references of every kind, same-origin only", () => {
  const html = '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg"><script src="/b.js?v=1"></script><img src="/c.png"><svg><image href="/d.svg"/></svg><script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/y.css">';
  assert.equal(referencedResources(html), ["/a.css", "/b.js", "/c.png", "/d.svg", "/f.svg"]);
});

weight.run();
