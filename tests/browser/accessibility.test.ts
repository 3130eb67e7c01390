/**
 * Automated WCAG 2.1 A/AA checks (axe-core) on every kind of page, in Chromium under the strict CSP.
 * axe finds what a machine can find (contrast, names, roles, landmarks, ARIA misuse); the keyboard
 * and screen-reader behaviour of the map is covered by its own tests.
 */
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { browserSuite } from "./browser-suite.ts";
import { newMapPage, waitForMap } from "./map-page.ts";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * One page of each kind; the map pages wait until the map has drawn. Pages with wide tables or a
 * different small-screen layout are checked at 320 px too, where tables scroll sideways and their
 * scroll boxes must be reachable by keyboard (axe: scrollable-region-focusable).
 */
const PAGES: readonly { path: string; map?: boolean; narrow?: boolean }[] = [
  { path: "/", narrow: true },
  { path: "/karte/", map: true, narrow: true },
  { path: "/netzwerke/" },
  { path: "/netzwerke/pflegebuendnis-lippe/", narrow: true },
  { path: "/themen/" },
  { path: "/themen/bildung/" },
  { path: "/regionen/" },
  { path: "/regionen/kreis-lippe/" },
  { path: "/lernen/", narrow: true },
  { path: "/initiative/" },
  { path: "/newsletter/interview-dieter-schoeffmann/" },
  { path: "/termine/" },
  { path: "/mitmachen/" },
  { path: "/daten/", narrow: true },
  { path: "/suche/" },
  { path: "/einbetten/", narrow: true },
  { path: "/embed/?thema=quartier&fix=thema", map: true },
  { path: "/gibt-es-nicht/" },
];

if (browserAvailable("Barrierefreiheits-Tests")) {
  const a11y = browserSuite<{ browser: Browser; server: StaticServer }>("Barrierefreiheit (axe, WCAG 2.1 AA)", {
    open: async (context) => {
      context.server = await startStaticServer({ root: (await fixtureSite()).outDir, csp: strictCsp() });
      return context.server;
    },
  });

  const NARROW = { width: 320, height: 640 };
  for (const { path, map, viewport } of PAGES.flatMap((page) => [{ ...page, viewport: undefined }, ...(page.narrow ? [{ ...page, viewport: NARROW }] : [])])) {
    a11y(`${path}${viewport ? " at 320 px" : ""} has no WCAG 2.1 A/AA violations`, async ({ browser, server }) => {
      const tab = await newMapPage(browser, viewport ? { viewport } : {});
      try {
        const response = await tab.page.goto(`${server.origin}${path}`);
        if (path === "/gibt-es-nicht/") assert.is(response?.status(), 404);
        if (map) await waitForMap(tab.page);
        // Cards off screen skip rendering (content-visibility: auto), and axe then reports colour
        // contrast against a background it cannot see (dequelabs/axe-core#2768). Render them, so
        // their real colours are checked rather than skipped.
        await tab.page.evaluate(() => {
          for (const element of document.querySelectorAll<HTMLElement>("body *")) {
            if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
          }
        });
        // evaluate() runs through the DevTools protocol, which the page's CSP does not govern.
        await tab.page.evaluate(`${AXE_SOURCE}\n;0`);
        const violations = (await tab.page.evaluate(() =>
          (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe
            .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
            .then((r) => r.violations),
        )) as AxeViolation[];
        const report = violations.map((v) => `${v.impact ?? "?"} ${v.id}: ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        assert.equal(report, [], `${path}:\n${report.join("\n")}`);
      } finally {
        await tab.context.close();
      }
    });
  }

  a11y.run();
}
