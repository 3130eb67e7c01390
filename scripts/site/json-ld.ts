/**
 * schema.org JSON-LD for network pages and the initiative. The serializer makes the JSON safe to
 * place inside `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes, so no
 * entry text can close the script element, and U+2028/U+2029 are escaped for old parsers.
 */
import type { Network } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";

/** The part of the site settings that JSON-LD needs. */
export interface JsonLdSite {
  readonly name: string;
  readonly url: string;
  readonly description: string;
  readonly publisher: { readonly name: string };
}

/**
 * Serializes a value for an inline JSON-LD script element.
 *
 * @param value any JSON-serializable value
 * @returns JSON text without `<`, `>`, `&`, U+2028 or U+2029 characters
 * @example
 * serializeJsonLd({ name: "</script>" }); // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A schema.org `Project` describing one network, with its partners as member organisations.
 *
 * @param network the network
 * @param site canonical base URL and the initiative's name
 * @param challengeLabels German labels of the network's challenges
 */
export function networkJsonLd(network: Network, site: JsonLdSite, challengeLabels: readonly string[]): Record<string, unknown> {
  const url = `${site.url}${networkUrl(network.slug)}`;
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Project",
    "@id": url,
    name: network.title,
    description: network.summary,
    url,
    foundingDate: String(network.founded),
    keywords: challengeLabels.join(", "),
    location: {
      "@type": "Place",
      name: network.gemeinde.name,
      address: {
        "@type": "PostalAddress",
        addressLocality: network.gemeinde.name,
        addressRegion: "Nordrhein-Westfalen",
        addressCountry: "DE",
      },
      geo: { "@type": "GeoCoordinates", latitude: network.point[1], longitude: network.point[0] },
    },
    member: network.partners.map((partner) => ({ "@type": "Organization", name: partner.name })),
    isPartOf: { "@type": "WebSite", name: site.name, url: `${site.url}/` },
  };
  if (network.ended !== undefined) data.dissolutionDate = String(network.ended);
  if (network.contact?.website) data.sameAs = network.contact.website;
  if (network.contact?.email) data.email = network.contact.email;
  if (network.reviewed) data.dateModified = network.reviewed;
  return data;
}

/**
 * The initiative as a schema.org `Organization` (start and about page).
 *
 * @param site the site settings
 */
export function initiativeJsonLd(site: JsonLdSite): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: site.name,
    description: site.description,
    url: `${site.url}/`,
    parentOrganization: { "@type": "Organization", name: site.publisher.name },
    areaServed: { "@type": "State", name: "Nordrhein-Westfalen" },
  };
}
