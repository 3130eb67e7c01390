/**
 * The map page /karte/ without the background map: the Kreis or Regierungsbezirk the filter names
 * is drawn emphasised and named on the map, and the Gemeinde chosen under "In meiner Nähe" is
 * marked – both only for sight, hidden from screen readers and never focusable or clickable.
 */
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import type { GemeindeSearchFile } from "../../assets/map/map-config.ts";
import { mapSuite } from "./browser-suite.ts";
import { openMap, type MapSite } from "./map-page.ts";

/** What the map shows of the region and place labels right now. */
interface Orientation {
  /** How many Kreis outlines are drawn emphasised. */
  readonly emphasised: number;
  /** Stroke widths of the emphasised outlines, as drawn. */
  readonly strokeWidths: string[];
  /** Stroke colours of the emphasised outlines and of the other outlines. */
  readonly strokes: { readonly emphasised: string[]; readonly others: string[] };
  readonly labels: { readonly text: string; readonly className: string; readonly ariaHidden: string | null; readonly role: string | null; readonly tabIndex: number; readonly pointerEvents: string; readonly insideMap: boolean; readonly center: [number, number] }[];
  /** Centre of the emphasised outlines' common box, in page pixels (where a Regierungsbezirk's name goes). */
  readonly emphasisCenter: [number, number] | null;
}

function orientation(page: Page): Promise<Orientation> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>("[data-map-canvas]")!.getBoundingClientRect();
    const selected = [...document.querySelectorAll<SVGPathElement>("path.gw-boundary.gw-boundary--selected")];
    const others = [...document.querySelectorAll<SVGPathElement>("path.gw-boundary:not(.gw-boundary--selected)")];
    const boxes = selected.map((p) => p.getBoundingClientRect());
    const union = boxes.length
      ? { left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)), top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) }
      : null;
    return {
      emphasised: selected.length,
      strokeWidths: selected.map((p) => p.getAttribute("stroke-width") ?? ""),
      strokes: { emphasised: selected.map((p) => p.getAttribute("stroke") ?? ""), others: [...new Set(others.map((p) => p.getAttribute("stroke") ?? ""))] },
      labels: [...document.querySelectorAll<HTMLElement>(".gw-region-label, .gw-nearby-place__label")].map((label) => {
        const b = label.getBoundingClientRect();
        return {
          text: label.textContent ?? "",
          className: label.className,
          ariaHidden: label.getAttribute("aria-hidden"),
          role: label.getAttribute("role"),
          tabIndex: label.tabIndex,
          pointerEvents: getComputedStyle(label).pointerEvents,
          insideMap: b.left >= canvas.left && b.right <= canvas.right && b.top >= canvas.top && b.bottom <= canvas.bottom,
          center: [(b.left + b.right) / 2, (b.top + b.bottom) / 2] as [number, number],
        };
      }),
      emphasisCenter: union ? [(union.left + union.right) / 2, (union.top + union.bottom) / 2] : null,
    };
  });
}

/** Where a Kreis's name is meant to go: its label point from the boundaries the map loads, `[lon, lat]`. */
async function labelPointOf(site: MapSite, slug: string): Promise<[number, number]> {
  const boundaries = (await (await fetch(`${site.server.origin}/daten/kreise.geojson`)).json()) as { features: { properties: { slug: string; label: [number, number] } }[] };
  return boundaries.features.find((f) => f.properties.slug === slug)!.properties.label;
}

/** A point `[lon, lat]` in page pixels, as the map draws it now. */
function onPage(page: Page, [lon, lat]: [number, number]): Promise<[number, number]> {
  return page.evaluate(async ([lon, lat]) => {
    const { x, y } = (await window.gwMap!).map.latLngToContainerPoint([lat, lon]);
    const canvas = document.querySelector<HTMLElement>("[data-map-canvas]")!.getBoundingClientRect();
    return [canvas.left + x, canvas.top + y] as [number, number];
  }, [lon, lat] as const);
}

/**
 * How far, in pixels up to `limit`, the page point lies inside the emphasised outline as drawn:
 * the largest radius at which it and 16 points around it are all inside (-1 if it is outside).
 */
function pixelsInside(page: Page, [x, y]: [number, number], limit: number): Promise<number> {
  // No named helper functions inside: tsx would wrap them in a `__name` call the page lacks.
  return page.evaluate(([x, y, limit]) => {
    const path = document.querySelector<SVGPathElement>("path.gw-boundary--selected")!;
    const toPath = path.getScreenCTM()!.inverse();
    let radius = -1;
    for (let next = 0; next <= limit; next++) {
      const ring = Array.from({ length: next === 0 ? 1 : 16 }, (_, i) => new DOMPoint(x + next * Math.cos((i * Math.PI) / 8), y + next * Math.sin((i * Math.PI) / 8)));
      if (!ring.every((point) => path.isPointInFill(point.matrixTransform(toPath)))) break;
      radius = next;
    }
    return radius;
  }, [x, y, limit] as const);
}

/** Relative luminance contrast of two "#rrggbb" colours (WCAG 2.1). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

if (browserAvailable("Karte: Orientierung ohne Hintergrundkarte (Browser-Tests)")) {
  const map = mapSuite("Karte: gewählte Region und Ort ohne Hintergrundkarte", { page: true });

  map("a Kreis from the address is drawn emphasised and named at its label point, hidden from screen readers", async ({ site, mapPage }) => {
    await openMap(mapPage, site, "?kreis=kreis-olpe");
    const shown = await orientation(mapPage.page);
    assert.is(shown.emphasised, 1, "one outline emphasised");
    assert.equal(shown.strokeWidths, ["3"]);
    const [stroke] = shown.strokes.emphasised;
    assert.ok(shown.strokes.others.every((other) => other !== stroke), "the emphasised outline differs from the others");
    // Against the Kreis fill and against the emphasised fill.
    for (const background of ["#f4f1ea", "#e3ecf7"]) assert.ok(contrast(stroke!, background) >= 3, `stroke ${stroke} on ${background}: ${contrast(stroke!, background).toFixed(2)}:1`);
    assert.is(shown.labels.length, 1);
    const [label] = shown.labels;
    assert.is(label!.text, "Kreis Olpe");
    assert.is(label!.ariaHidden, "true");
    assert.is(label!.role, null);
    assert.is(label!.tabIndex, -1);
    assert.is(label!.pointerEvents, "none");
    assert.ok(label!.insideMap, "the name lies inside the map");
    const [x, y] = await onPage(mapPage.page, await labelPointOf(site, "kreis-olpe"));
    assert.ok(Math.abs(label!.center[0] - x) < 2 && Math.abs(label!.center[1] - y) < 2, `name at ${label!.center} near the Kreis's label point ${[x, y]}`);
    assert.equal(mapPage.log.errors, []);
  });

  map("an oddly shaped Kreis is named well inside it, not at the centre of its box on its border", async ({ site, mapPage }) => {
    const { page } = mapPage;
    // Kreis Borken: the centre of its box lies on its border (data/geo/kreise.geojson).
    await openMap(mapPage, site, "?kreis=kreis-borken");
    const shown = await orientation(page);
    assert.equal(shown.labels.map((l) => l.text), ["Kreis Borken"]);
    const centre = shown.labels[0]!.center;
    const [x, y] = await onPage(page, await labelPointOf(site, "kreis-borken"));
    assert.ok(Math.abs(centre[0] - x) < 2 && Math.abs(centre[1] - y) < 2, `name at ${centre}, label point at ${[x, y]}`);
    const box = shown.emphasisCenter!;
    assert.ok(Math.hypot(centre[0] - box[0], centre[1] - box[1]) > 20, `name at ${centre}, box centre at ${box}`);
    // About 10 km from the border at this zoom; the box centre is less than a pixel from it.
    const zoom = await page.evaluate(async () => (await window.gwMap!).map.getZoom());
    assert.ok((await pixelsInside(page, centre, 20)) >= 20, `name at ${centre} is within 20 px of the border (zoom ${zoom})`);
    assert.ok((await pixelsInside(page, box, 20)) < 5, "sanity: the box centre is next to the border");
  });

  map("a Kreis's view takes in a network based elsewhere that works there, as the list does", async ({ site, mapPage }) => {
    await openMap(mapPage, site, "?kreis=kreis-olpe");
    // Ausbildungsallianz Siegerland: seat in Siegen (Kreis Siegen-Wittgenstein), Wirkungsgebiet up to Olpe.
    const inView = await mapPage.page.evaluate(() => {
      const canvas = document.querySelector<HTMLElement>("[data-map-canvas]")!.getBoundingClientRect();
      const marker = document.querySelector<HTMLElement>('.leaflet-marker-icon[data-slug="ausbildungsallianz-siegerland"]');
      if (!marker) return false;
      const b = marker.getBoundingClientRect();
      return b.left >= canvas.left && b.right <= canvas.right && b.top >= canvas.top && b.bottom <= canvas.bottom;
    });
    assert.ok(inView, "its marker is drawn inside the map");
    assert.ok(await mapPage.page.isVisible('[data-map-list] li[data-slug="ausbildungsallianz-siegerland"]'));
  });

  map("a Regierungsbezirk emphasises all its Kreise and is named once, at the centre of their box", async ({ site, mapPage }) => {
    await openMap(mapPage, site, "?bezirk=regierungsbezirk-detmold");
    const kreise = site.config.kreise.filter((k) => k.regierungsbezirkSlug === "regierungsbezirk-detmold");
    const shown = await orientation(mapPage.page);
    assert.is(shown.emphasised, kreise.length);
    assert.equal(shown.labels.map((l) => l.text), ["Regierungsbezirk Detmold"]);
    assert.is(shown.labels[0]!.ariaHidden, "true");
    const [x, y] = shown.emphasisCenter!;
    const { center } = shown.labels[0]!;
    assert.ok(Math.abs(center[0] - x) < 3 && Math.abs(center[1] - y) < 3, `name at ${center}, box centre at ${shown.emphasisCenter}`);
  });

  map("changing and clearing the filter moves and then removes the emphasis and the name", async ({ site, mapPage }) => {
    const { page } = mapPage;
    await openMap(mapPage, site, "?kreis=kreis-olpe");
    await page.selectOption('select[name="bezirk"]', "regierungsbezirk-detmold");
    assert.equal((await orientation(page)).labels.map((l) => l.text), ["Regierungsbezirk Detmold"]);
    await page.selectOption('select[name="kreis"]', "kreis-lippe");
    let shown = await orientation(page);
    assert.is(shown.emphasised, 1);
    assert.equal(shown.labels.map((l) => l.text), ["Kreis Lippe"]);
    await page.selectOption('select[name="kreis"]', "");
    await page.selectOption('select[name="bezirk"]', "");
    shown = await orientation(page);
    assert.is(shown.emphasised, 0);
    assert.equal(shown.labels, []);
    assert.equal(shown.strokes.others, ["#5b6470"], "every outline back to its plain stroke");
    const widths = await page.$$eval("path.gw-boundary", (paths) => [...new Set(paths.map((p) => p.getAttribute("stroke-width")))]);
    assert.equal(widths, ["1"]);
  });

  map("without a region filter no outline is emphasised and nothing is named", async ({ site, mapPage }) => {
    await openMap(mapPage, site, "?thema=" + site.config.challenges[0]!.slug);
    const shown = await orientation(mapPage.page);
    assert.is(shown.emphasised, 0);
    assert.equal(shown.labels, []);
  });

  map("'In meiner Nähe' from the address marks the Gemeinde with its name, neither focusable nor announced", async ({ site, mapPage }) => {
    const gazetteer = (await (await fetch(`${site.server.origin}/daten/gemeinden-suche.json`)).json()) as GemeindeSearchFile;
    const [name, ags] = gazetteer.gemeinden.find(([n]) => n === "Olpe") ?? gazetteer.gemeinden[0]!;
    const { page } = mapPage;
    await openMap(mapPage, site, `?nahe=${ags}`);
    const shown = await orientation(page);
    assert.equal(shown.labels.map((l) => [l.text, l.ariaHidden, l.pointerEvents]), [[name, "true", "none"]]);
    const dot = await page.$$eval("path.gw-nearby-place", (paths) => paths.map((p) => ({ ariaHidden: p.getAttribute("aria-hidden"), interactive: p.classList.contains("leaflet-interactive"), tabIndex: p.getAttribute("tabindex") })));
    assert.equal(dot, [{ ariaHidden: "true", interactive: false, tabIndex: null }]);
    // The label stands beside the dot, to its right.
    const dotBox = (await page.locator("path.gw-nearby-place").boundingBox())!;
    assert.ok(shown.labels[0]!.center[0] > dotBox.x + dotBox.width, "name right of the dot");
    // Clearing the choice takes the mark away.
    await page.click(".gw-nearby button:text('Aufheben')");
    assert.equal(await page.$$eval("path.gw-nearby-place, .gw-nearby-place__label", (found) => found.length), 0);
    assert.equal(mapPage.log.errors, []);
  });

  map.run();
}
