import { writeFileSync } from "node:fs";
import { buildSite } from "./scripts/site/build-site.ts";
import { acquireBrowser, releaseBrowser } from "./scripts/browser/chromium.ts";
import { startStaticServer, strictCsp } from "./scripts/browser/static-server.ts";
import { syntheticNetworksGeoJson } from "./scripts/bench/map-filter.ts";
await buildSite({ outDir: "/tmp/mapsite", pagefind: false });
const server = await startStaticServer({ root: "/tmp/mapsite", csp: strictCsp(), overrides: { "/daten/netzwerke.geojson": syntheticNetworksGeoJson(10000, 1) } });
const browser = await acquireBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort("blockedbyclient"));
const page = await context.newPage();
await page.goto(`${server.origin}/karte/`);
await page.waitForFunction(() => (globalThis as any).gwMap !== undefined);
await page.evaluate(() => (globalThis as any).gwMap.then(() => undefined));
await page.waitForFunction(() => document.querySelector("[data-map-list] .gw-list-more") !== null);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const times = await page.evaluate(async () => {
  const out: number[] = [];
  const cb = document.querySelector('input[name=thema][value="bildung"]') as HTMLInputElement;
  for (let i = 0; i < 10; i++) {
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t = performance.now(); cb.click();
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t);
    cb.click();
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return out;
});
const { profile } = await cdp.send("Profiler.stop");
writeFileSync("/tmp/prof/map.cpuprofile", JSON.stringify(profile));
console.log(times.map(Math.round));
await context.close(); await releaseBrowser(); await server.close();
