/**
 * `npm run bench`: how long applying a challenge filter takes on /karte/ with many networks, in
 * Chromium – from the click on a checkbox until markers and list are updated and a frame has been
 * painted. The built map page is served with a synthetic `/daten/netzwerke.geojson` (seeded, so
 * runs are comparable): points at Gemeinden of the gazetteer plus jitter, random challenges.
 */
import { join } from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { readFileSync } from "node:fs";
import { GAZETTEER_FILE, type GazetteerFile } from "../geo/gazetteer.ts";
import { challenges, sectors, statusTerms } from "../dataset/vocabularies.ts";
import { GEO_ATTRIBUTION, serializeNetworksGeoJson, type NetworkFeature } from "../outputs/networks-geojson.ts";
import { buildSite } from "../site/build-site.ts";
import { acquireBrowser, releaseBrowser } from "../browser/chromium.ts";
import { seededRandom } from "./synthetic-entries.ts";
import { startStaticServer, strictCsp } from "../browser/static-server.ts";

/**
 * The little of the page's globals the in-page code uses. This module runs in Node, where DOM
 * types are deliberately not loaded; the casts are erased before the code reaches the page.
 */
interface InPage {
  gwMap?: Promise<unknown>;
  document: {
    querySelectorAll(selector: string): { length: number };
    querySelector(selector: string): { click(): void } | null;
  };
  requestAnimationFrame(callback: () => void): number;
}

export interface MapFilterBenchOptions {
  /** Number of synthetic networks. Required. */
  readonly count: number;
  /** A built site to serve (default: build one into a temporary folder). */
  readonly siteDir?: string;
  /**
   * Measured clicks. Each ticks the next theme of the vocabulary (unticked unmeasured in between),
   * so every measured selection is one the map has not shown before and cannot take from its
   * cache of recent selections. Default 7; at most the number of themes.
   */
  readonly repetitions?: number;
  /** Seed of the synthetic data. Default 1. */
  readonly seed?: number;
}


/**
 * `count` synthetic network features spread over NRW's Gemeinden (with ±0.02° jitter).
 *
 * @returns the text of a `/daten/netzwerke.geojson`
 */
export function syntheticNetworksGeoJson(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;
  const kreise = new Map(gazetteer.kreise.map((k) => [k.ags, k]));
  const bezirke = new Map(gazetteer.regierungsbezirke.map((b) => [b.ags, b]));
  const challengeSlugs = challenges().map((c) => c.slug);
  const sectorSlugs = sectors().map((s) => s.slug);
  const statusSlugs = statusTerms().map((s) => s.slug);
  const features: NetworkFeature[] = [];
  for (let i = 0; i < count; i++) {
    const gemeinde = pick(gazetteer.gemeinden);
    const kreis = kreise.get(gemeinde.kreisAgs)!;
    const bezirk = bezirke.get(gemeinde.regierungsbezirkAgs)!;
    const slug = `synthetisch-${String(i).padStart(5, "0")}`;
    const ownChallenges = [...new Set([pick(challengeSlugs), ...(random() < 0.5 ? [pick(challengeSlugs)] : [])])];
    const lon = Math.round((gemeinde.point[0] + (random() - 0.5) * 0.04) * 1e5) / 1e5;
    const lat = Math.round((gemeinde.point[1] + (random() - 0.5) * 0.04) * 1e5) / 1e5;
    features.push({
      type: "Feature",
      id: slug,
      geometry: { type: "Point", coordinates: [lon, lat] },
      properties: {
        slug,
        title: `Netzwerk ${i} in ${gemeinde.name}`,
        summary: `Ein erfundenes Netzwerk für die Messung, Nummer ${i}.`,
        url: `/netzwerke/${slug}/`,
        challenges: ownChallenges,
        gemeinde: gemeinde.name,
        kreis: kreis.displayName,
        kreisSlug: kreis.slug,
        regierungsbezirk: bezirk.name,
        regierungsbezirkSlug: bezirk.slug,
        kreisSlugs: [kreis.slug],
        regierungsbezirkSlugs: [bezirk.slug],
        sectors: [pick(sectorSlugs), "unternehmen"],
        hasKmu: random() < 0.6,
        status: pick(statusSlugs),
        founded: 2000 + Math.floor(random() * 26),
        example: true,
        partners: [`Partner ${i} A`, `Partner ${i} B`],
        hasFootprint: false,
      },
    });
  }
  return serializeNetworksGeoJson({ type: "FeatureCollection", attribution: GEO_ATTRIBUTION, features });
}

/**
 * Serves /karte/ with `count` synthetic networks and measures, in Chromium, the time from clicking
 * a challenge filter until markers and list are updated and the next frame is painted.
 *
 * @returns the median of the measured clicks, in milliseconds
 * @example
 * const ms = await benchMapFilter({ count: 10_000 }); // target: under 100 ms
 */
export async function benchMapFilter(options: MapFilterBenchOptions): Promise<number> {
  const { count, seed = 1 } = options;
  const themes = challenges().map((c) => c.slug);
  const repetitions = Math.min(options.repetitions ?? 7, themes.length);
  let builtDir: string | undefined;
  let siteDir = options.siteDir;
  if (!siteDir) {
    builtDir = await mkdtemp(join(tmpdir(), "gw-bench-map-"));
    siteDir = join(builtDir, "_site");
    await buildSite({ outDir: siteDir, pagefind: false });
  }
  const server = await startStaticServer({
    root: siteDir,
    csp: strictCsp(),
    overrides: { "/daten/netzwerke.geojson": syntheticNetworksGeoJson(count, seed) },
  });
  const browser = await acquireBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort("blockedbyclient"));
    const page = await context.newPage();
    await page.goto(`${server.origin}/karte/`);
    await page.waitForFunction(() => (globalThis as unknown as InPage).gwMap !== undefined);
    await page.evaluate(() => (globalThis as unknown as InPage).gwMap!.then(() => undefined));
    // The list is mounted once its "Weitere anzeigen" paragraph exists; it draws one page of entries.
    await page.waitForFunction(() => (globalThis as unknown as InPage).document.querySelector("[data-map-list] .gw-list-more") !== null);
    const samples: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      samples.push(
        await page.evaluate(async (slug) => {
          const page = globalThis as unknown as InPage;
          const checkbox = page.document.querySelector(`input[name=thema][value="${slug}"]`)!;
          // (No named helper in here: tsx would wrap it in a `__name` call the page does not know.)
          await new Promise<void>((resolve) => page.requestAnimationFrame(() => setTimeout(resolve, 0)));
          // The app filters synchronously in the change handler; the frame after it shows the result.
          const started = performance.now();
          checkbox.click();
          await new Promise<void>((resolve) => page.requestAnimationFrame(() => setTimeout(resolve, 0)));
          const elapsed = performance.now() - started;
          checkbox.click();
          await new Promise<void>((resolve) => page.requestAnimationFrame(() => setTimeout(resolve, 0)));
          return elapsed;
        }, themes[i]!),
      );
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)]!;
  } finally {
    await context.close();
    await releaseBrowser();
    await server.close();
    if (builtDir) await rm(builtDir, { recursive: true, force: true });
  }
}
