/**
 * Enrich step: resolves a valid entry's places against NRW geography (Gemeinde → Kreis →
 * Regierungsbezirk, a point, the footprint of its `area`) and derives what the outputs need.
 */
import type { RawEntry } from "./raw-entry.generated.ts";
import type { LoadedEntry } from "./load-entry.ts";
import type { AreaRef, FootprintGeometry, LonLat, Network, SectorSlug } from "./types.ts";
import type { GeoIndex } from "./geo-index.ts";
import { regionsReached } from "./regions-reached.ts";

/** Decimal places kept for points: 6 is about 0.1 m, finer than any address. */
const POINT_DECIMALS = 6;

/** Resolves one validated entry into a `Network`. Throws only on a programming error. */
export function enrichEntry(entry: LoadedEntry, raw: Readonly<RawEntry>, geo: GeoIndex, sectorOrder: readonly SectorSlug[]): Network {
  const gemeinde = geo.findGemeinde(raw.municipality);
  if (!gemeinde) throw new Error(`enrichEntry: ${entry.sourcePath} was not validated (municipality)`);
  const point: LonLat = raw.coordinates
    ? [round(raw.coordinates.lon), round(raw.coordinates.lat)]
    : [round(gemeinde.point[0]), round(gemeinde.point[1])];

  // The places follow from where the point lies (point-in-polygon on the BKG Gemeinde boundaries,
  // which do not overlap), Kreis and Regierungsbezirk from that Gemeinde's key. Validation has made
  // sure `coordinates` lie in the named Gemeinde, and representative points lie in their own.
  const placed = geo.findGemeindeAt(point) ?? gemeinde;
  const kreis = geo.kreisByAgs(placed.kreisAgs)!;
  const regierungsbezirk = geo.regierungsbezirkByAgs(kreis.regierungsbezirkAgs)!;

  const area: AreaRef[] = [];
  for (const item of raw.area ?? []) {
    const found = geo.findArea(item);
    if (found && !area.some((a) => a.kind === found.kind && a.ags === found.ags)) area.push(found);
  }

  const reached = regionsReached({ kreis, regierungsbezirk, area });
  const present = new Set(raw.partners.map((p) => p.sector));
  const sectors = sectorOrder.filter((s) => present.has(s));

  const fields: Omit<Network, "footprint"> = {
    slug: entry.slug,
    sourcePath: entry.sourcePath,
    title: raw.title,
    summary: raw.summary,
    challenges: raw.challenges,
    status: raw.status,
    founded: raw.founded,
    ended: raw.ended,
    partners: raw.partners,
    contact: raw.contact,
    impact: raw.impact,
    collectiveImpact: raw.collective_impact,
    added: raw.added,
    reviewed: raw.reviewed,
    example: raw.example === true,
    body: entry.body,
    gemeinde: { ags: placed.ags, name: placed.name, slug: "" },
    kreis: { ags: kreis.ags, name: kreis.displayName, slug: kreis.slug, type: kreis.type },
    regierungsbezirk: { ags: regierungsbezirk.ags, name: regierungsbezirk.displayName, slug: regierungsbezirk.slug },
    point,
    pointSource: raw.coordinates ? "coordinates" : "gemeinde",
    area,
    reaches: {
      kreise: reached.kreise.map((ags) => {
        const k = geo.kreisByAgs(ags)!;
        return { ags, name: k.displayName, slug: k.slug };
      }),
      regierungsbezirke: reached.regierungsbezirke.map((ags) => {
        const b = geo.regierungsbezirkByAgs(ags)!;
        return { ags, name: b.displayName, slug: b.slug };
      }),
    },
    sectors,
    hasKmu: raw.partners.some((p) => p.sector === "unternehmen" && p.size === "kmu"),
  };
  return Object.freeze(
    new ResolvedNetwork(fields, () =>
      area.length > 0 ? geo.footprint(outermostPlaces([{ kind: "gemeinde", ags: gemeinde.ags, name: gemeinde.name, slug: "" }, ...area], geo)) : null,
    ),
  );
}

/**
 * A network as the dataset holds it. A class rather than an object literal because of the lazy
 * `footprint`: as a getter on the prototype it leaves every instance in V8's fast property layout,
 * while a getter on the object itself turns each network into a slow dictionary object – and
 * every output reads networks thousands of times.
 */
class ResolvedNetwork implements Network {
  declare readonly slug: string;
  declare readonly sourcePath: string;
  declare readonly title: string;
  declare readonly summary: string;
  declare readonly challenges: Network["challenges"];
  declare readonly status: Network["status"];
  declare readonly founded: number;
  declare readonly ended: number | undefined;
  declare readonly partners: Network["partners"];
  declare readonly contact: Network["contact"];
  declare readonly impact: Network["impact"];
  declare readonly collectiveImpact: Network["collectiveImpact"];
  declare readonly added: string | undefined;
  declare readonly reviewed: string | undefined;
  declare readonly example: boolean;
  declare readonly body: string;
  declare readonly gemeinde: Network["gemeinde"];
  declare readonly kreis: Network["kreis"];
  declare readonly regierungsbezirk: Network["regierungsbezirk"];
  declare readonly point: LonLat;
  declare readonly pointSource: Network["pointSource"];
  declare readonly area: readonly AreaRef[];
  declare readonly reaches: Network["reaches"];
  declare readonly sectors: readonly SectorSlug[];
  declare readonly hasKmu: boolean;
  #footprint: FootprintGeometry | null | undefined;
  readonly #computeFootprint: () => FootprintGeometry | null;

  constructor(fields: Omit<Network, "footprint">, computeFootprint: () => FootprintGeometry | null) {
    // Same keys in the same order for every network, so all share one hidden class.
    Object.assign(this, fields);
    this.#computeFootprint = computeFootprint;
  }

  /**
   * Computed on first read: a polygon union costs milliseconds, and `npm run validate` or
   * `npm run new` never look at footprints.
   */
  get footprint(): FootprintGeometry | null {
    if (this.#footprint === undefined) this.#footprint = this.#computeFootprint();
    return this.#footprint;
  }
}

/**
 * Drops places that lie inside another listed place (a Gemeinde in a listed Kreis, a Kreis in a
 * listed Regierungsbezirk): they add nothing to the footprint but would cost a polygon union.
 */
function outermostPlaces(places: readonly AreaRef[], geo: GeoIndex): AreaRef[] {
  const listed = new Set(places.map((p) => `${p.kind}:${p.ags}`));
  const parentsOf = (place: AreaRef): string[] => {
    if (place.kind === "gemeinde") {
      const g = geo.gemeindeByAgs(place.ags);
      return g ? [`kreis:${g.kreisAgs}`, `regierungsbezirk:${g.regierungsbezirkAgs}`] : [];
    }
    if (place.kind === "kreis") {
      const k = geo.kreisByAgs(place.ags);
      return k ? [`regierungsbezirk:${k.regierungsbezirkAgs}`] : [];
    }
    return [];
  };
  return places.filter((p) => !parentsOf(p).some((key) => listed.has(key)));
}

function round(value: number): number {
  const factor = 10 ** POINT_DECIMALS;
  return Math.round(value * factor) / factor;
}
