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
 * The network page as a schema.org `WebPage` whose `mainEntity` is a `Project` (the network, with
 * its partners as member organisations). The page carries what belongs to a page – the site it is
 * part of, when its facts were last checked – which `Project`, an organisation, has no property for.
 * Not for example entries: invented projects with real public bodies as members would mislead
 * every machine that reads them (the page says so only in prose).
 *
 * @param network the network (not an example)
 * @param site canonical base URL and the initiative's name
 * @param challengeLabels German labels of the network's challenges
 */
export function networkJsonLd(network: Network, site: JsonLdSite, challengeLabels: readonly string[]): Record<string, unknown> {
  const url = `${site.url}${networkUrl(network.slug)}`;
  const project: Record<string, unknown> = {
    "@type": "Project",
    "@id": `${url}#netzwerk`,
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
  };
  if (network.ended !== undefined) project.dissolutionDate = String(network.ended);
  if (network.contact?.website) project.sameAs = network.contact.website;
  if (network.contact?.email) project.email = network.contact.email;
  const page: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": url,
    url,
    name: network.title,
    inLanguage: "de",
    isPartOf: { "@type": "WebSite", name: site.name, url: `${site.url}/` },
    mainEntity: project,
  };
  if (network.added) page.datePublished = network.added;
  if (network.reviewed) page.dateModified = network.reviewed;
  return page;
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
