/**
 * `/daten/netzwerke.json`: the whole dataset for programs – every network as the site shows it
 * (without the repository path of its source file, an internal detail, and with footprints as a
 * link to the footprint file) plus the vocabularies that
 * explain the short names, and the licences that apply.
 */
import type { Dataset, Network } from "../dataset/types.ts";
import { GEO_ATTRIBUTION, networkUrl } from "../outputs/networks-geojson.ts";

export interface JsonExportOptions {
  readonly baseUrl: string;
  readonly contentLicense: { readonly name: string; readonly url: string };
}

function exportNetwork(network: Network, baseUrl: string): Record<string, unknown> {
  // Footprint polygons live once per network in wirkungsgebiete.geojson; repeating them here made
  // this file ten times larger than everything else in it.
  const { sourcePath: _internal, footprint: _polygons, ...rest } = network;
  return {
    ...rest,
    url: `${baseUrl}${networkUrl(network.slug)}`,
    footprint: network.area.length > 0 ? `${baseUrl}/daten/wirkungsgebiete.geojson` : null,
  };
}

/**
 * Serializes the dataset export.
 *
 * @param dataset the validated dataset
 * @param options base URL and content licence
 * @returns pretty-printed JSON text ending with a newline
 */
export function serializeDatasetJson(dataset: Dataset, options: JsonExportOptions): string {
  const data = {
    description: "Wirkungsnetzwerke in Nordrhein-Westfalen – Datensatz der Karte „Gemeinsam wirken“.",
    license: { content: options.contentLicense, geometry: GEO_ATTRIBUTION },
    schema: `${options.baseUrl}/schema/network.schema.json`,
    vocabularies: { challenges: dataset.challenges, sectors: dataset.sectors },
    networks: dataset.networks.map((n) => exportNetwork(n, options.baseUrl)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
