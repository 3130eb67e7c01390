/**
 * Site settings that the initiative changes without touching code: names, the canonical address,
 * the repository for "Eintrag bearbeiten", licences and the map's background tiles.
 * Read by every template as `site`.
 */
export default {
  name: "Gemeinsam wirken",
  title: "Gemeinsam wirken – Karte der Wirkungsnetzwerke NRW",
  description:
    "Netzwerke in Nordrhein-Westfalen, in denen Kommunen, Unternehmen – vor allem kleine und mittlere –, Kammern, Verbände und gemeinnützige Organisationen gemeinsam Probleme im Gemeinwesen lösen.",
  /** Canonical base address without trailing slash; used for canonical URLs, feeds, sitemap, Open Graph. */
  url: "https://karte.gemeinsam-wirken.nrw",
  /** Repository holding content/networks/; "Eintrag bearbeiten" links to `${repositoryUrl}/edit/main/content/networks/<slug>.md`. */
  repositoryUrl: "https://github.com/gemeinsam-wirken/karte",
  /** Branch used for edit links. */
  repositoryBranch: "main",
  /** Who publishes the site (Impressum, feeds, JSON-LD). */
  publisher: {
    name: "3WIN e. V. – Institut für Bürgergesellschaft",
    shortName: "3WIN e. V.",
    email: "kontakt@example.org",
  },
  /** Licence of the texts and data of the entries. */
  contentLicense: {
    name: "CC BY 4.0",
    title: "Creative Commons Namensnennung 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/deed.de",
  },
  /** Attribution of the administrative boundaries (required by dl-de/by-2-0). */
  geoAttribution: {
    text: "© GeoBasis-DE / BKG (2017)",
    license: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    licenseUrl: "https://www.govdata.de/dl-de/by-2-0",
  },
  /** Background tiles of the interactive map; loaded only after the visitor agrees. */
  tiles: {
    url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    attribution: "© OpenStreetMap-Mitwirkende",
    attributionUrl: "https://www.openstreetmap.org/copyright",
    maxZoom: 18,
  },
};
